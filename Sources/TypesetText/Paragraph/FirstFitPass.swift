/// Greedy line breaking that always succeeds: the last resort when total fit finds nothing.
///
/// Each line takes as much material as fits at full shrink; when not even the first breakpoint
/// fits (a word or box wider than the line), the line breaks there and is overfull.
struct FirstFitPass {
  let items: [ParagraphItem]
  let sums: ParagraphSums
  let parameters: LineBreakParameters

  /// The break positions, ending with the last item (a forced break).
  func run() -> [Int] {
    var breaks: [Int] = []
    var start = ParagraphTotals()
    var lastFitting: Int?
    var position = 0
    while position < items.count {
      guard sums.isBreakpoint(position) else {
        position += 1
        continue
      }
      let natural = sums.line(from: start, toBreakAt: position)
      let target = parameters.width(ofLine: breaks.count).microPoints
      let fits = natural.width - natural.shrink <= target
      let isForced = items[position].isForcedBreak || position == items.count - 1
      if fits && !isForced {
        lastFitting = position
        position += 1
        continue
      }
      if !fits, let earlier = lastFitting {
        // Break at the last place that fitted, then look at this breakpoint again.
        breaks.append(earlier)
        start = sums.after(breakAt: earlier)
        lastFitting = nil
        continue
      }
      // Overfull with nothing better: break here, unless the next line would hold no box (the
      // paragraph's finishing glue), in which case the forced break just ahead ends this line.
      let nextStart = sums.nextLineStart(afterBreakAt: position)
      if !isForced && (nextStart >= items.count || items[nextStart].isForcedBreak) {
        position += 1
        continue
      }
      breaks.append(position)
      start = sums.after(breakAt: position)
      lastFitting = nil
      position += 1
    }
    return breaks
  }
}
