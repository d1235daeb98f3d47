import Testing
import TypesetCore

@testable import TypesetText

@Suite struct BidiShapingTests {
  /// Whether clusters strictly descend along the glyph array (right-to-left visual order).
  private func descends(_ run: ShapedRun) -> Bool {
    zip(run.glyphs, run.glyphs.dropFirst()).allSatisfy { $0.cluster >= $1.cluster }
      && run.glyphs.first?.cluster != run.glyphs.last?.cluster
  }

  @Test func hebrewUsesTheHebrewFaceRightToLeft() throws {
    let p = Fixtures.shape("שלום כהן")
    #expect(p.baseLevel == 1)
    #expect(p.missingGlyphs.isEmpty)
    #expect(p.runs.map(\.font.postScriptName) == ["NotoSansHebrew-Regular"])
    let run = try #require(p.runs.first)
    #expect(run.bidiLevel == 1)
    #expect(run.isRightToLeft)
    #expect(descends(run))
    #expect(run.glyphs.first?.cluster == Fixtures.offset(of: "ן", in: p.text))
    #expect(run.glyphs.last?.cluster == 0)
  }

  @Test func arabicJoinsIntoContextualForms() throws {
    let p = Fixtures.shape("شركة النور")
    #expect(p.baseLevel == 1)
    #expect(p.missingGlyphs.isEmpty)
    #expect(p.runs.map(\.font.postScriptName) == ["NotoSansArabic-Regular"])
    let run = try #require(p.runs.first)
    #expect(run.bidiLevel == 1)
    #expect(descends(run))
    func joined(_ letter: String, at occurrence: String) throws -> GlyphID {
      let offset = try #require(Fixtures.offset(of: occurrence, in: p.text))
      return try #require(run.glyphs.first { $0.cluster == offset }).id
    }
    func isolated(_ letter: String) throws -> GlyphID {
      try #require(Fixtures.shape(letter).runs.first?.glyphs.first).id
    }
    // ش initial, ن medial, و final differ from their isolated forms; ا (isolated here) does not.
    #expect(try joined("ش", at: "ش") != isolated("ش"))
    #expect(try joined("ن", at: "نور") != isolated("ن"))
    #expect(try joined("و", at: "ور") != isolated("و"))
    #expect(try joined("ا", at: "ال") == isolated("ا"))
    // Reading the clusters backwards gives the text back.
    let text = run.glyphs.indices.reversed().map { p.clusterText(of: $0, in: run) }.joined()
    #expect(text == "شركة النور")
  }

  @Test func joiningWorksAcrossSpanBoundaries() throws {
    let whole = Fixtures.shape("شركة")
    let red = TextStyle(color: Color(hex: 0xCC0000))
    let split = Fixtures.shaper.shape([StyledSpan("ش", style: Fixtures.body), StyledSpan("ركة", style: red)])
    #expect(split.runs.count == 2)
    #expect(split.runs[0].range == 0..<2)
    let sheenJoined = try #require(whole.runs.first?.glyphs.last).id
    #expect(split.runs[0].glyphs.map(\.id) == [sheenJoined])
  }

  @Test func mixedParagraphKeepsLogicalRunsAndReordersLines() throws {
    let text = "Customer: شركة النور (ID 42)"
    let p = Fixtures.shape(text)
    #expect(p.baseLevel == 0)
    #expect(p.missingGlyphs.isEmpty)
    let arabicStart = try #require(Fixtures.offset(of: "ش", in: text))
    let arabic = try #require(p.runs.first { $0.range.contains(arabicStart) })
    #expect(arabic.font.postScriptName == "NotoSansArabic-Regular")
    #expect(arabic.bidiLevel == 1)
    // Logical order: ascending, contiguous ranges covering the text.
    #expect(p.runs.first?.range.lowerBound == 0)
    #expect(p.runs.last?.range.upperBound == text.utf8.count)
    #expect(zip(p.runs, p.runs.dropFirst()).allSatisfy { $0.range.upperBound == $1.range.lowerBound })
    // "(" and ")" come from the same face as the Latin inside them.
    let open = try #require(Fixtures.offset(of: "(", in: text))
    let close = try #require(Fixtures.offset(of: ")", in: text))
    let openRun = try #require(p.runs.first { $0.range.contains(open) })
    let closeRun = try #require(p.runs.first { $0.range.contains(close) })
    #expect(openRun.font.postScriptName == "NotoSans-Regular")
    #expect(closeRun.font.postScriptName == "NotoSans-Regular")
    // In an LTR paragraph one embedded RTL run stays in place visually.
    let line = p.lineRuns(0..<text.utf8.count)
    #expect(line.map(\.range.lowerBound) == line.map(\.range.lowerBound).sorted())
    #expect(line.reduce(Length.zero) { $0 + $1.width } == p.width)
  }

  @Test func rightToLeftParagraphReversesRunOrder() throws {
    let text = "שלום abc def כהן"
    let p = Fixtures.shape(text)
    #expect(p.baseLevel == 1)
    let latin = try #require(p.runs.first { $0.font.postScriptName == "NotoSans-Regular" && $0.bidiLevel == 2 })
    #expect(p.substring(latin.range) == "abc def")
    let line = p.lineRuns(0..<text.utf8.count)
    // Visual order left to right: " כהן" (its space, at level 1, joins the Hebrew run and is
    // drawn at its right), "abc def", then "שלום ".
    let pieces = line.map { p.substring($0.range) }
    #expect(pieces == [" כהן", "abc def", "שלום "])
    #expect(pieces.last == "שלום ")
    #expect(pieces.contains("abc def"))
    #expect(line.map(\.range.lowerBound) == line.map(\.range.lowerBound).sorted(by: >))
    // Inside the level-2 run the glyphs stay left-to-right.
    let latinPiece = try #require(line.first { $0.bidiLevel == 2 })
    #expect(latinPiece.glyphs.map(\.cluster) == latinPiece.glyphs.map(\.cluster).sorted())
  }

  @Test func twoRightToLeftWordsOnAnLTRLineSwap() throws {
    let text = "Name: שלום כהן"
    let p = Fixtures.shape(text)
    let line = p.lineRuns(0..<text.utf8.count)
    let hebrew = line.filter { $0.bidiLevel == 1 }
    let firstWord = try #require(Fixtures.offset(of: "שלום", in: text))
    let secondWord = try #require(Fixtures.offset(of: "כהן", in: text))
    // "כהן" is drawn to the left of "שלום": its glyphs come first.
    let order = hebrew.flatMap(\.glyphs).map(\.cluster)
    let i = try #require(order.firstIndex(of: secondWord))
    let j = try #require(order.firstIndex(of: firstWord))
    #expect(i < j)
  }

  @Test func trailingWhitespaceGoesToTheBaseLevel() throws {
    let text = "abc שלום כהן"
    let p = Fixtures.shape(text)
    let lineEnd = try #require(Fixtures.offset(of: "כהן", in: text))  // break after "שלום "
    let spaceOffset = lineEnd - 1
    let trimmed = p.lineRuns(0..<lineEnd)
    #expect(trimmed.allSatisfy { !$0.glyphs.contains { $0.cluster == spaceOffset } })
    let kept = p.lineRuns(0..<lineEnd, trimTrailingWhitespace: false)
    let last = try #require(kept.last)
    #expect(last.range == spaceOffset..<lineEnd)
    #expect(last.bidiLevel == 0)
    #expect(kept.reduce(Length.zero) { $0 + $1.width } == p.width(of: 0..<lineEnd))
  }

  @Test func forcedDirectionOverridesTheFirstStrongCharacter() throws {
    let p = Fixtures.shape("abc", direction: .rightToLeft)
    #expect(p.baseLevel == 1)
    #expect(p.runs.map(\.bidiLevel) == [2])
    let q = Fixtures.shape("שלום", direction: .leftToRight)
    #expect(q.baseLevel == 0)
    #expect(q.runs.map(\.bidiLevel) == [1])
    // No strong character: left to right.
    #expect(Fixtures.shape("123 - 456").baseLevel == 0)
  }

  @Test func numbersInArabicStayLeftToRight() throws {
    let text = "رقم 2024-17"
    let p = Fixtures.shape(text)
    #expect(p.baseLevel == 1)
    let digits = try #require(Fixtures.offset(of: "2024", in: text))
    let run = try #require(p.runs.first { $0.range.contains(digits) })
    #expect(run.bidiLevel == 2)
    #expect(run.glyphs.map(\.cluster) == run.glyphs.map(\.cluster).sorted())
  }

  @Test func arabicIndicDigitsUseTheArabicFaceLeftToRight() throws {
    let text = "المبلغ ١٢٣٫٥٠"
    let p = Fixtures.shape(text)
    #expect(p.baseLevel == 1)
    #expect(p.missingGlyphs.isEmpty)
    let digits = try #require(Fixtures.offset(of: "١٢٣", in: text))
    let run = try #require(p.runs.first { $0.range.contains(digits) })
    #expect(run.font.postScriptName == "NotoSansArabic-Regular")
    #expect(run.bidiLevel == 2)  // rule I2: Arabic numbers at an odd level go up one
    #expect(run.glyphs.map(\.cluster) == run.glyphs.map(\.cluster).sorted())
  }

  @Test func hebrewPointsStayWithTheirLetters() throws {
    let p = Fixtures.shape("שָׁלוֹם")
    #expect(p.missingGlyphs.isEmpty)
    #expect(p.runs.map(\.font.postScriptName) == ["NotoSansHebrew-Regular"])
  }
}
