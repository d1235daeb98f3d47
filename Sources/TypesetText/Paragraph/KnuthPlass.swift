/// Knuth–Plass total-fit line breaking over boxes, glue and penalties.
///
/// Lengths are fixed-point and badness and demerits are integers, so the chosen breaks are the
/// same on every machine; only the reported ratios are floating point.
public enum KnuthPlass {
  /// Total-fit breaking. When no feasible solution exists at `tolerance`, retries with a larger
  /// tolerance and finally falls back to first-fit with overfull lines allowed (never fails).
  ///
  /// The passes are: total fit at `parameters.tolerance`; total fit accepting any badness (only
  /// overfull lines are then infeasible); first fit. If `items` does not end with a forced
  /// penalty, one is implied after the last item and the last break is `items.count - 1`.
  ///
  /// - Complexity: about O(n × a) for n items, where a is the number of breakpoints that fit on
  ///   one line (the active list); linear for long paragraphs of bounded line width.
  public static func breakLines(_ items: [ParagraphItem], parameters: LineBreakParameters) -> BreakResult {
    guard !items.isEmpty else { return BreakResult(breaks: [], ratios: []) }
    let isTerminated = items.last?.isForcedBreak ?? false
    let working =
      isTerminated ? items : items + [.penalty(width: .zero, cost: ParagraphItem.forcingCost, isFlagged: false)]
    let sums = ParagraphSums(items: working)
    let parameters = parameters.sanitized(itemCount: working.count)

    // Badness 10000 is the cap, so the second pass accepts every line that is not overfull.
    var thresholds = [parameters.tolerance]
    if parameters.tolerance < LineFit.infiniteBadness { thresholds.append(LineFit.infiniteBadness) }
    var breaks: [Int]?
    for threshold in thresholds where breaks == nil {
      breaks = TotalFitPass(items: working, sums: sums, parameters: parameters, threshold: threshold).run()
    }
    let chosen = breaks ?? FirstFitPass(items: working, sums: sums, parameters: parameters).run()

    var result = BreakResult(breaks: [], ratios: [])
    var start = ParagraphTotals()
    for (line, position) in chosen.enumerated() {
      let natural = sums.line(from: start, toBreakAt: position)
      let ratio = LineFit.ratio(natural: natural, target: parameters.width(ofLine: line).microPoints)
      start = sums.after(breakAt: position)
      // The implied final penalty maps onto the last real item; never report a break twice.
      let reported = min(position, items.count - 1)
      if reported == result.breaks.last { continue }
      result.breaks.append(reported)
      result.ratios.append(ratio)
    }
    return result
  }
}
