import Testing
import TypesetCore

@testable import TypesetText

@Suite struct LatinShapingTests {
  @Test func officeUsesTheFfiLigature() throws {
    let p = Fixtures.shape("office")
    let run = try #require(p.runs.first)
    #expect(p.runs.count == 1)
    #expect(run.glyphs.count == 4)  // o, ffi, c, e
    #expect(run.glyphs.map(\.cluster) == [0, 1, 4, 5])
    #expect(p.clusterText(of: 1, in: run) == "ffi")
    #expect((0..<4).map { p.clusterText(of: $0, in: run) }.joined() == "office")
    // The ligature glyph is not the glyph of "f".
    #expect(run.glyphs[1].id != run.font.glyph(for: "f"))
  }

  @Test func ligaturesCanBeTurnedOff() throws {
    let style = TextStyle(features: [FontFeature("liga", 0)])
    let run = try #require(Fixtures.shape("office", style: style).runs.first)
    #expect(run.glyphs.count == 6)
    #expect(run.glyphs[1].id == run.font.glyph(for: "f"))
    #expect(run.glyphs[2].id == run.font.glyph(for: "f"))
  }

  @Test func kerningNarrowsAV() throws {
    let p = Fixtures.shape("AV")
    let run = try #require(p.runs.first)
    let font = run.font
    let unkerned = run.glyphs.reduce(Length.zero) {
      $0 + font.length(fontUnits: font.advance(of: $1.id), size: run.style.size)
    }
    #expect(run.width < unkerned)
    let off = try #require(Fixtures.shape("AV", style: TextStyle(features: [FontFeature("kern", 0)])).runs.first)
    #expect(off.width == unkerned)
  }

  @Test(arguments: ["Müller Café", "José Peña", "Zoë", "Ærø Straße Œuvre Łódź Ğü", "Ελληνικά Кириллица"])
  func latinNamesAreCoveredByNotoSans(_ text: String) throws {
    let p = Fixtures.shape(text)
    #expect(p.missingGlyphs.isEmpty)
    #expect(p.runs.allSatisfy { $0.font.postScriptName == "NotoSans-Regular" })
    #expect(p.runs.flatMap(\.glyphs).allSatisfy { $0.id != 0 })
    #expect(p.baseLevel == 0)
    #expect(p.runs.allSatisfy { $0.bidiLevel == 0 })
  }

  @Test func decomposedAccentStaysWithItsBase() throws {
    let p = Fixtures.shape("Jose\u{301}")
    #expect(p.runs.count == 1)
    let run = try #require(p.runs.first)
    #expect(run.font.postScriptName == "NotoSans-Regular")
    // e + U+0301 form one cluster.
    let last = try #require(run.glyphs.lastIndex { $0.cluster == 3 })
    #expect(p.clusterText(of: run.glyphs.firstIndex { $0.cluster == 3 } ?? last, in: run) == "e\u{301}")
  }

  @Test func tabularNumbersHaveEqualWidths() throws {
    let digits = "0123456789"
    let tabular = try #require(Fixtures.shape(digits, style: TextStyle(features: [.tabularNumbers])).runs.first)
    #expect(Set(tabular.glyphs.map(\.advance)).count == 1)
    // Proportional digits (pnum) differ: "1" is narrower than "0". (Noto Sans's default digits
    // happen to be tabular already; tnum guarantees it for any face.)
    let proportional = try #require(
      Fixtures.shape(digits, style: TextStyle(features: [FontFeature("pnum")])).runs.first)
    #expect(Set(proportional.glyphs.map(\.advance)).count > 1)
    // The same amount is equally wide with tnum regardless of its digits.
    let a = Fixtures.shape("1111.11", style: TextStyle(features: [.tabularNumbers]))
    let b = Fixtures.shape("9080.70", style: TextStyle(features: [.tabularNumbers]))
    #expect(a.width == b.width)
  }

  @Test func boldAndMonoPickTheirFaces() throws {
    let bold = Fixtures.shape("Total", style: TextStyle(font: FontStyle(isBold: true)))
    #expect(bold.runs.map(\.font.postScriptName) == ["NotoSans-Bold"])
    let italic = Fixtures.shape("note", style: TextStyle(font: FontStyle(isItalic: true)))
    #expect(italic.runs.map(\.font.postScriptName) == ["NotoSans-Italic"])
    let mono = Fixtures.shape("ACC-0001 il", style: TextStyle(font: FontStyle(family: .mono)))
    #expect(mono.runs.map(\.font.postScriptName) == ["NotoSansMono-Regular"])
    #expect(Set(mono.runs[0].glyphs.map(\.advance)).count == 1)
  }

  @Test func advancesScaleWithSize() throws {
    let small = Fixtures.shape("Statement", style: TextStyle(size: .pt(10)))
    let large = Fixtures.shape("Statement", style: TextStyle(size: .pt(20)))
    let a = small.runs[0].glyphs.map(\.advance.microPoints)
    let b = large.runs[0].glyphs.map(\.advance.microPoints)
    #expect(zip(a, b).allSatisfy { abs($0 * 2 - $1) <= 1 })
    // Noto Sans has 1000 units per em: advances are exact at 10 pt.
    let font = small.runs[0].font
    #expect(font.unitsPerEm == 1000)
    #expect(
      small.runs[0].glyphs[0].advance
        == font.length(fontUnits: font.advance(of: small.runs[0].glyphs[0].id), size: .pt(10)))
  }

  @Test func emptyAndBlankTextShapeSafely() {
    let empty = Fixtures.shape("")
    #expect(empty.runs.isEmpty)
    #expect(empty.width == .zero)
    #expect(empty.width(of: 0..<5) == .zero)
    #expect(empty.lineRuns(0..<0).isEmpty)
    let blank = Fixtures.shape("   ")
    #expect(blank.runs.count == 1)
    #expect(blank.width > .zero)
    #expect(blank.lineRuns(0..<3).isEmpty)  // all trailing whitespace
    #expect(blank.lineRuns(0..<3, trimTrailingWhitespace: false).map(\.width) == [blank.width])
  }
}
