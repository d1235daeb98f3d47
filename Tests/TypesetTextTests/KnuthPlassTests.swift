import Testing
import TypesetCore

@testable import TypesetText

/// Builds paragraphs where every character is 1pt wide and spaces are glue.
private struct ParagraphBuilder {
  var spaceStretch: Length = .pt(3)
  var spaceShrink: Length = .pt(Double(0.5))

  /// Words separated by glue, closed with finishing glue and a forced break.
  func items(_ words: [String]) -> [ParagraphItem] {
    var items: [ParagraphItem] = []
    for (index, word) in words.enumerated() {
      if index > 0 { items.append(.glue(width: .pt(1), stretch: spaceStretch, shrink: spaceShrink)) }
      items.append(.box(width: .pt(word.count)))
    }
    return items + Self.finish
  }

  static let finish: [ParagraphItem] = [
    .glue(width: .zero, stretch: .pt(100_000), shrink: .zero),
    .penalty(width: .zero, cost: ParagraphItem.forcingCost, isFlagged: false),
  ]
}

/// The natural width of each line of a result, in points.
private func lineWidths(_ items: [ParagraphItem], _ result: BreakResult) -> [Int] {
  var widths: [Int] = []
  var start = 0
  for position in result.breaks {
    while start < position, !items[start].isBox { start += 1 }
    var width: Int64 = 0
    for item in items[start..<position] {
      switch item {
      case .box(let w): width += w.microPoints
      case .glue(let w, _, _): width += w.microPoints
      case .penalty: break
      }
    }
    if case .penalty(let w, _, _) = items[position] { width += w.microPoints }
    widths.append(Int(width / Length.microPointsPerPoint))
    start = position + 1
  }
  return widths
}

@Suite("Knuth–Plass")
struct KnuthPlassTests {
  fileprivate let builder = ParagraphBuilder()

  @Test func totalFitBalancesWhatGreedyLeavesLoose() {
    // Width 20. Greedy fills "aaaa bbbb cccc dddd" (19) and leaves the 12-letter word alone on a
    // line with no glue to stretch; total fit moves "dddd" down so both lines stretch by ratio 1.
    let items = builder.items(["aaaa", "bbbb", "cccc", "dddd", "eeeeeeeeeeee", "ffffffff", "gggg"])
    let parameters = LineBreakParameters(lineWidths: [.pt(20)])
    let sums = ParagraphSums(items: items)
    let greedy = FirstFitPass(items: items, sums: sums, parameters: parameters).run()
    #expect(greedy == [7, 9, 14])

    let result = KnuthPlass.breakLines(items, parameters: parameters)
    #expect(result.breaks == [5, 9, 14])
    #expect(lineWidths(items, result) == [14, 17, 13])
    #expect(result.ratios.count == 3)
    #expect(result.ratios[0] == 1.0)  // 6pt short over two spaces of 3pt stretch
    #expect(result.ratios[1] == 1.0)  // 3pt short over one space
    #expect(result.ratios[2] > 0 && result.ratios[2] < 0.001)  // finishing glue absorbs the rest
  }

  @Test func exactFitNeedsNoAdjustment() {
    let items = builder.items(["aaaa", "bbbb", "cc", "dddd", "eeee"])
    let result = KnuthPlass.breakLines(items, parameters: LineBreakParameters(lineWidths: [.pt(11)]))
    // "aaaa bbbb cc" would be 12 with 1pt shrink available; "aaaa bbbb" is 9. Both feasible; the
    // shrunk line (ratio -1, badness 100) costs more than two stretched ones.
    #expect(result.breaks.last == items.count - 1)
    for (ratio, width) in zip(result.ratios.dropLast(), lineWidths(items, result).dropLast()) {
      #expect(ratio >= -1)
      #expect(width <= 12)
    }
  }

  @Test func forcedBreaksAreHonoured() {
    var items = builder.items(["aa", "bb"])
    items.removeLast(2)
    items += [
      .glue(width: .zero, stretch: .pt(100_000), shrink: .zero),
      .penalty(width: .zero, cost: ParagraphItem.forcingCost, isFlagged: false),
      .box(width: .pt(2)), .glue(width: .pt(1), stretch: .pt(3), shrink: .pt(Double(0.5))), .box(width: .pt(2)),
    ]
    items += ParagraphBuilder.finish
    let result = KnuthPlass.breakLines(items, parameters: LineBreakParameters(lineWidths: [.pt(100)]))
    #expect(result.breaks == [4, 9])
    #expect(lineWidths(items, result) == [5, 5])
  }

  @Test func forbiddenPenaltyIsNeverChosen() {
    // "aaaa~bbbb cccc": the tie (penalty 10000 then glue) is no breakpoint.
    let items: [ParagraphItem] =
      [
        .box(width: .pt(4)), .penalty(width: .zero, cost: ParagraphItem.forbiddingCost, isFlagged: false),
        .glue(width: .pt(1), stretch: .pt(3), shrink: .zero), .box(width: .pt(4)),
        .glue(width: .pt(1), stretch: .pt(3), shrink: .zero), .box(width: .pt(4)),
      ] + ParagraphBuilder.finish
    let result = KnuthPlass.breakLines(items, parameters: LineBreakParameters(lineWidths: [.pt(10)]))
    #expect(result.breaks == [4, 7])
    #expect(!result.breaks.contains(1) && !result.breaks.contains(2))
  }

  @Test func overfullFallbackNeverFails() {
    // A 30pt box cannot fit a 10pt line: no total-fit solution; first fit puts it alone.
    let items =
      [
        .box(width: .pt(4)), .glue(width: .pt(1), stretch: .pt(3), shrink: .zero), .box(width: .pt(30)),
        .glue(width: .pt(1), stretch: .pt(3), shrink: .zero), .box(width: .pt(4)),
      ] + ParagraphBuilder.finish
    let parameters = LineBreakParameters(lineWidths: [.pt(10)])
    let sums = ParagraphSums(items: items)
    #expect(TotalFitPass(items: items, sums: sums, parameters: parameters, threshold: 10_000).run() == nil)
    let result = KnuthPlass.breakLines(items, parameters: parameters)
    #expect(result.breaks == [1, 3, 6])
    #expect(lineWidths(items, result) == [4, 30, 4])
    #expect(result.ratios[1] == 0)  // overfull without shrink: nothing to adjust
  }

  @Test func singleHugeBox() {
    let items = [ParagraphItem.box(width: .pt(1_000))] + ParagraphBuilder.finish
    let result = KnuthPlass.breakLines(items, parameters: LineBreakParameters(lineWidths: [.pt(50)]))
    #expect(result.breaks == [2])
    #expect(result.ratios == [0])
  }

  @Test func looseTextGoesToSecondPass() {
    // Width 30 with words of 12 and no way to fill it within tolerance 200: the second pass
    // accepts the loose lines instead of falling back to first fit.
    let items = builder.items(["aaaaaaaaaaaa", "bbbbbbbbbbbb", "cccccccccccc"])
    let parameters = LineBreakParameters(lineWidths: [.pt(30)])
    let sums = ParagraphSums(items: items)
    // Two words make 25pt: 5pt short over 3pt of stretch is ratio 1.67, badness ~460 > 200.
    #expect(TotalFitPass(items: items, sums: sums, parameters: parameters, threshold: 200).run() == nil)
    let result = KnuthPlass.breakLines(items, parameters: parameters)
    #expect(result.breaks == TotalFitPass(items: items, sums: sums, parameters: parameters, threshold: 10_000).run())
    #expect(result.breaks == [3, 6])
    #expect(lineWidths(items, result) == [25, 12])
    #expect(abs(result.ratios[0] - 5.0 / 3.0) < 1e-12)
  }

  @Test func loosenessAddsOrKeepsLines() {
    let words = Array(repeating: "aaaa", count: 12)
    let items = builder.items(words)
    var parameters = LineBreakParameters(lineWidths: [.pt(30)])
    let optimal = KnuthPlass.breakLines(items, parameters: parameters)
    #expect(optimal.breaks.count == 2)  // 6 words (29pt) per line

    parameters.looseness = 1
    let looser = KnuthPlass.breakLines(items, parameters: parameters)
    #expect(looser.breaks.count == 3)
    // Best three-line split: 5 + 6 + 1 words (demerits 484 + 100 + 100), ties with 6 + 5 + 1
    // resolved towards the earlier candidate.
    #expect(lineWidths(items, looser) == [24, 29, 4])
    #expect(looser.ratios[0] == 0.5)  // 6pt short over 12pt of stretch

    parameters.looseness = -1  // one line cannot hold 59pt: the closest is the optimum
    #expect(KnuthPlass.breakLines(items, parameters: parameters).breaks == optimal.breaks)
  }

  @Test func variableLineWidths() {
    let words = Array(repeating: "aaaa", count: 14)
    let items = builder.items(words)
    let parameters = LineBreakParameters(lineWidths: [.pt(14), .pt(30)])
    let result = KnuthPlass.breakLines(items, parameters: parameters)
    let widths = lineWidths(items, result)
    #expect(widths.first == 14)  // three words on the narrow first line
    #expect(widths.dropFirst().dropLast().allSatisfy { $0 == 29 })  // then six per line
    #expect(widths == [14, 29, 24])  // 3 + 6 + 5 words
  }

  @Test func hyphenationPenaltyWidthCountsOnlyWhenBroken() {
    // "Zahlungs-erinnerung" with a flagged 1pt hyphen: too long for 12pt unless broken there.
    let items: [ParagraphItem] =
      [
        .box(width: .pt(8)), .penalty(width: .pt(1), cost: 50, isFlagged: true), .box(width: .pt(9)),
      ] + ParagraphBuilder.finish
    let result = KnuthPlass.breakLines(items, parameters: LineBreakParameters(lineWidths: [.pt(12)]))
    #expect(result.breaks == [1, 4])
    #expect(lineWidths(items, result) == [9, 9])
  }

  @Test func consecutiveHyphensCostFlaggedDemerits() {
    #expect(TotalFitPass.lineDemerits(badness: 0, cost: 0) == 100)
    #expect(TotalFitPass.lineDemerits(badness: 90, cost: 50) == 100 * 100 + 2_500)
    #expect(TotalFitPass.lineDemerits(badness: 0, cost: -50) == 100 - 2_500)
    #expect(TotalFitPass.lineDemerits(badness: 0, cost: ParagraphItem.forcingCost) == 100)
    #expect(TotalFitPass.lineDemerits(badness: 10_000, cost: 0) == TotalFitPass.cappedDemerits)
  }

  @Test func badnessMatchesTeX() {
    #expect(LineFit.badness(0, 0) == 0)
    #expect(LineFit.badness(1, 0) == LineFit.infiniteBadness)
    #expect(LineFit.badness(1_000_000, 1_000_000) == 100)  // ratio 1
    #expect(LineFit.badness(500_000, 1_000_000) == 12)  // ratio 0.5: 12.5 in exact arithmetic
    #expect(LineFit.badness(5_000_000, 1_000_000) == LineFit.infiniteBadness)
  }

  @Test func itemsWithoutFinalPenaltyEndAtTheLastItem() {
    let items: [ParagraphItem] = [
      .box(width: .pt(4)), .glue(width: .pt(1), stretch: .pt(3), shrink: .zero), .box(width: .pt(4)),
    ]
    let result = KnuthPlass.breakLines(items, parameters: LineBreakParameters(lineWidths: [.pt(20)]))
    #expect(result.breaks == [2])
    #expect(KnuthPlass.breakLines([], parameters: LineBreakParameters(lineWidths: [.pt(20)])).breaks.isEmpty)
  }

  @Test func emptyLineWidthsStillTerminate() {
    let items = builder.items(["aa", "bb", "cc"])
    let result = KnuthPlass.breakLines(items, parameters: LineBreakParameters(lineWidths: []))
    #expect(result.breaks.last == items.count - 1)
    #expect(result.breaks == result.breaks.sorted())
  }

  @Test func extremeParametersDoNotTrap() {
    let items = builder.items(["aaaa", "bbbb", "cccc", "dddd", "eeeeeeeeeeee", "ffffffff", "gggg"])
    var parameters = LineBreakParameters(lineWidths: [.pt(20)])
    parameters.looseness = Int.max
    parameters.flaggedDemerits = Int.max
    parameters.fitnessDemerits = Int.min
    parameters.tolerance = Int.min
    let result = KnuthPlass.breakLines(items, parameters: parameters)
    #expect(result.breaks.last == items.count - 1)
    #expect(result.breaks.count == result.ratios.count)
    parameters.tolerance = Int.max
    parameters.looseness = Int.min
    #expect(KnuthPlass.breakLines(items, parameters: parameters).breaks.last == items.count - 1)
  }

  @Test func longParagraphIsFastAndDeterministic() {
    // 20,000 words of varying length: a quadratic active list would take far too long.
    var words: [String] = []
    var seed: UInt64 = 12_345
    for _ in 0..<20_000 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      words.append(String(repeating: "x", count: Int(seed >> 61) + 1))
    }
    let items = builder.items(words)
    let parameters = LineBreakParameters(lineWidths: [.pt(60)])
    let first = KnuthPlass.breakLines(items, parameters: parameters)
    let second = KnuthPlass.breakLines(items, parameters: parameters)
    #expect(first.breaks == second.breaks)
    #expect(first.breaks.count > 1_000)
    // Words of 1–8pt always fit within tolerance 200 (ratio ≤ 2^(1/3) ≈ 1.26).
    #expect(first.ratios.dropLast().allSatisfy { $0 >= -1 && $0 <= 1.26 })
  }
}
