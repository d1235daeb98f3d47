import TypesetCore

/// Prefix sums over a paragraph, so that any line's natural width, stretch and shrink are O(1).
struct ParagraphSums: Sendable {
  /// `prefix[i]` sums items `0..<i`.
  private let prefix: [ParagraphTotals]
  private let items: [ParagraphItem]

  init(items: [ParagraphItem]) {
    self.items = items
    var prefix: [ParagraphTotals] = []
    prefix.reserveCapacity(items.count + 1)
    var running = ParagraphTotals()
    prefix.append(running)
    for item in items {
      switch item {
      case .box(let width):
        running.width += width.microPoints
      case .glue(let width, let stretch, let shrink):
        running.width += width.microPoints
        running.stretch += stretch.microPoints
        running.shrink += shrink.microPoints
      case .penalty:
        break
      }
      prefix.append(running)
    }
    self.prefix = prefix
  }

  /// The sums of items before `index`.
  func before(_ index: Int) -> ParagraphTotals { prefix[index] }

  /// Where the next line starts after a break at `index`: glue and non-forced penalties after the
  /// break are dropped, up to the next box or forced break (Knuth–Plass, "compute tw, ty, tz").
  func after(breakAt index: Int) -> ParagraphTotals {
    // Everything from index up to the next line's start is discarded.
    prefix[nextLineStart(afterBreakAt: index)]
  }

  /// The index of the first item kept on the line after a break at `index`: the next box or
  /// forced break (or the end).
  func nextLineStart(afterBreakAt index: Int) -> Int {
    var next = index + 1
    while next < items.count {
      if items[next].isBox || items[next].isForcedBreak { break }
      next += 1
    }
    return next
  }

  /// The natural width, stretch and shrink of the line from `start` to a break at `index`.
  func line(from start: ParagraphTotals, toBreakAt index: Int) -> ParagraphTotals {
    let end = prefix[index]
    var extra: Int64 = 0
    if case .penalty(let width, _, _) = items[index] { extra = width.microPoints }
    return ParagraphTotals(
      width: end.width - start.width + extra,
      stretch: end.stretch - start.stretch,
      shrink: end.shrink - start.shrink)
  }

  /// Whether a line may end at `index`: a penalty below the forbidding cost, or glue right after a box.
  func isBreakpoint(_ index: Int) -> Bool {
    switch items[index] {
    case .box: return false
    case .penalty(_, let cost, _): return cost < ParagraphItem.forbiddingCost
    case .glue: return index > 0 && items[index - 1].isBox
    }
  }
}
