import Testing
import TypesetCore

@testable import TypesetText

@Suite struct MeasurementTests {
  @Test func widthOfRangesSumsAdvances() throws {
    let text = "office AV"
    let p = Fixtures.shape(text)
    let total = p.runs.flatMap(\.glyphs).reduce(Length.zero) { $0 + $1.advance }
    #expect(p.width == total)
    #expect(p.width(of: 0..<text.utf8.count) == total)
    #expect(p.width(of: 0..<6) + p.width(of: 6..<9) == total)
    let run = p.runs[0]
    // The ffi ligature counts once, for the range holding its cluster start.
    #expect(p.width(of: 1..<4) == run.glyphs[1].advance)
    #expect(p.width(of: 2..<4) == .zero)
    #expect(p.width(of: 5..<5) == .zero)
    #expect(p.width(of: 100..<200) == .zero)
  }

  @Test func widthWorksInRightToLeftAndMixedText() throws {
    let text = "Customer: شركة النور (ID 42)"
    let p = Fixtures.shape(text)
    let cut = try #require(Fixtures.offset(of: "النور", in: text))
    #expect(p.width(of: 0..<cut) + p.width(of: cut..<text.utf8.count) == p.width)
    // Each character's range, summed, gives the whole width.
    var offsets: [Int] = []
    var o = 0
    for s in text.unicodeScalars {
      offsets.append(o)
      o += UTF8.width(s)
    }
    offsets.append(o)
    let sum = zip(offsets, offsets.dropFirst()).reduce(Length.zero) { $0 + p.width(of: $1.0..<$1.1) }
    #expect(sum == p.width)
    // Cut lines agree with width(of:).
    let line = p.lineRuns(cut..<text.utf8.count, trimTrailingWhitespace: false)
    #expect(line.reduce(Length.zero) { $0 + $1.width } == p.width(of: cut..<text.utf8.count))
  }

  @Test func lineRunsCutAtRangeEnds() throws {
    let text = "one two three"
    let p = Fixtures.shape(text)
    let line = p.lineRuns(4..<8)  // "two " → "two"
    #expect(line.count == 1)
    #expect(line[0].range == 4..<7)
    #expect(line[0].glyphs.map(\.cluster) == [4, 5, 6])
    #expect(line[0].width == p.width(of: 4..<7))
  }

  @Test func clusterTextCoversEveryCharacterOnce() {
    for text in ["office affluent", "Müller Café", "שלום כהן", "شركة النور (ID 42)", "e\u{301}f"] {
      let p = Fixtures.shape(text)
      var pieces: [(Int, String)] = []
      for run in p.runs {
        for i in run.glyphs.indices {
          let t = p.clusterText(of: i, in: run)
          if !t.isEmpty { pieces.append((run.glyphs[i].cluster, t)) }
        }
      }
      #expect(pieces.sorted { $0.0 < $1.0 }.map(\.1).joined() == text, "\(text)")
    }
  }

  @Test func stylesSplitRunsAndEqualStylesMerge() throws {
    let bold = TextStyle(font: FontStyle(isBold: true))
    let p = Fixtures.shaper.shape([StyledSpan("Total ", style: Fixtures.body), StyledSpan("42.00", style: bold)])
    #expect(p.text == "Total 42.00")
    #expect(p.runs.map(\.range) == [0..<6, 6..<11])
    #expect(p.runs.map(\.font.postScriptName) == ["NotoSans-Regular", "NotoSans-Bold"])
    #expect(p.runs[1].glyphs.first?.cluster == 6)
    let merged = Fixtures.shaper.shape([
      StyledSpan("Wa", style: Fixtures.body), StyledSpan("ter", style: Fixtures.body),
    ])
    #expect(merged.runs.count == 1)
    // Kerning applies across the merged boundary, as in the unsplit text.
    #expect(merged.width == Fixtures.shape("Water").width)
    let sized = Fixtures.shaper.shape([
      StyledSpan("a", style: Fixtures.body), StyledSpan("b", style: TextStyle(size: .pt(12))),
    ])
    #expect(sized.runs.map(\.style.size) == [.pt(10), .pt(12)])
  }

  @Test func concurrentShapingGivesIdenticalResults() async {
    let texts = ["office AV", "Customer: شركة النور (ID 42)", "שלום כהן", "Müller Café 1,234.56"]
    let expected = texts.map { Fixtures.shape($0).debugText }
    let results = await withTaskGroup(of: [String].self) { group in
      for _ in 0..<8 {
        group.addTask { (0..<50).flatMap { _ in texts.map { Fixtures.shape($0).debugText } } }
      }
      var all: [[String]] = []
      for await r in group { all.append(r) }
      return all
    }
    for r in results {
      #expect(r == Array((0..<50).flatMap { _ in expected }))
    }
  }
}
