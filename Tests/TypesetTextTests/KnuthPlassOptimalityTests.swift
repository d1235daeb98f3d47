import Testing
import TypesetCore

@testable import TypesetText

/// Checks the total-fit pass against exhaustive search on small random paragraphs.
@Suite("Knuth–Plass optimality")
struct KnuthPlassOptimalityTests {
  /// A deterministic pseudo-random sequence (PCG-style LCG), so every run tests the same paragraphs.
  struct Sequence {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  /// A random paragraph whose line widths only grow from one breakpoint to the next (boxes at
  /// least as wide as any hyphen, glue shrink at most its width, no two penalties in a row), the
  /// condition under which dropping overfull active nodes is exact.
  static func paragraph(_ random: inout Sequence) -> [ParagraphItem] {
    var items: [ParagraphItem] = [.box(width: .pt(2 + random.next(6)))]
    let words = 3 + random.next(6)
    for _ in 0..<words {
      if random.next(4) == 0 {
        let cost = [0, 50, 200, -100, 10_000][random.next(5)]
        items.append(.penalty(width: .pt(random.next(2)), cost: cost, isFlagged: random.next(2) == 0))
        items.append(.box(width: .pt(2 + random.next(6))))
      }
      let width = 1 + random.next(2)
      items.append(.glue(width: .pt(width), stretch: .pt(random.next(4)), shrink: .pt(random.next(width + 1))))
      items.append(.box(width: .pt(2 + random.next(6))))
    }
    return items + [
      .glue(width: .zero, stretch: .pt(10_000), shrink: .zero),
      .penalty(width: .zero, cost: ParagraphItem.forcingCost, isFlagged: false),
    ]
  }

  /// Demerits of a whole layout, computed independently of `TotalFitPass`; nil if a line is
  /// overfull or above `threshold`.
  static func demerits(
    of breaks: [Int], _ items: [ParagraphItem], _ sums: ParagraphSums, _ parameters: LineBreakParameters,
    threshold: Int
  ) -> Int? {
    var start = ParagraphTotals()
    var previousFitness = LineFit.Fitness.decent
    var previousFlagged = false
    var total = 0
    for (line, position) in breaks.enumerated() {
      let natural = sums.line(from: start, toBreakAt: position)
      let fit = LineFit(natural: natural, target: parameters.width(ofLine: line).microPoints)
      guard !fit.isOverfull, fit.badness <= threshold else { return nil }
      var cost = 0
      var flagged = false
      if case .penalty(_, let c, let f) = items[position] { (cost, flagged) = (c, f) }
      let base = 10 + fit.badness
      total += base >= 10_000 ? 100_000_000 : base * base
      if cost >= 0 { total += cost * cost } else if cost > -10_000 { total -= cost * cost }
      if flagged && previousFlagged { total += parameters.flaggedDemerits }
      if abs(fit.fitness.rawValue - previousFitness.rawValue) > 1 { total += parameters.fitnessDemerits }
      previousFitness = fit.fitness
      previousFlagged = flagged
      start = sums.after(breakAt: position)
    }
    return total
  }

  /// The fewest demerits over every subset of breakpoints, or nil if none is feasible.
  static func bruteForceMinimum(
    _ items: [ParagraphItem], _ parameters: LineBreakParameters, threshold: Int
  ) -> Int? {
    let sums = ParagraphSums(items: items)
    let last = items.count - 1
    let candidates = (0..<last).filter { sums.isBreakpoint($0) && !items[$0].isForcedBreak }
    var best: Int?
    var breaks: [Int] = []
    for mask in 0..<(1 << candidates.count) {
      breaks.removeAll(keepingCapacity: true)
      for bit in candidates.indices where mask & (1 << bit) != 0 { breaks.append(candidates[bit]) }
      breaks.append(last)
      if let value = demerits(of: breaks, items, sums, parameters, threshold: threshold), value < (best ?? Int.max) {
        best = value
      }
    }
    return best
  }

  @Test(arguments: [200, 10_000])
  func totalFitMatchesExhaustiveSearch(threshold: Int) {
    var random = Sequence(state: UInt64(threshold))
    var feasible = 0
    for _ in 0..<300 {
      let items = Self.paragraph(&random)
      let widths = [Length.pt(12 + random.next(16)), .pt(16 + random.next(16))]
      var parameters = LineBreakParameters(lineWidths: widths)
      // Large class and hyphen demerits make the per-fitness bookkeeping decide the outcome.
      parameters.fitnessDemerits = [3_000, 1_000_000][random.next(2)]
      parameters.flaggedDemerits = [3_000, 1_000_000][random.next(2)]
      let sums = ParagraphSums(items: items)
      let found = TotalFitPass(items: items, sums: sums, parameters: parameters, threshold: threshold).run()
      let minimum = Self.bruteForceMinimum(items, parameters, threshold: threshold)
      if let found {
        feasible += 1
        #expect(Self.demerits(of: found, items, sums, parameters, threshold: threshold) == minimum, "\(items)")
      } else {
        #expect(minimum == nil, "\(items)")
      }
    }
    // Both outcomes must actually occur for the comparison to mean something.
    #expect(feasible > 50, "\(feasible) of 300 feasible")
    #expect(feasible < 300 || threshold == 10_000)
  }
}
