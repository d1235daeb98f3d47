import Foundation
import Testing
import TypesetCore

@testable import TypesetText

@Suite struct BidiEdgeCaseTests {
  @Test func bracketsInRightToLeftParagraphAreMirrored() throws {
    let text = "שלום (ID 42)"
    let p = Fixtures.shape(text)
    #expect(p.baseLevel == 1)
    let close = try #require(Fixtures.offset(of: ")", in: text))
    let open = try #require(Fixtures.offset(of: "(", in: text))
    // Rule N0: the brackets take the paragraph's direction (level 1); "ID 42" is level 2.
    let closeRun = try #require(p.runs.first { $0.range.contains(close) })
    #expect(closeRun.bidiLevel == 1)
    let line = p.lineRuns(0..<text.utf8.count)
    // Leftmost on the line: the logical ")" drawn with the "(" glyph (HarfBuzz mirrors in RTL).
    let leftmost = try #require(line.first?.glyphs.first)
    #expect(leftmost.cluster == close)
    let font = closeRun.font
    #expect(leftmost.id == font.glyph(for: "("))
    // The logical "(" sits right of "ID 42" and is drawn as ")".
    let openGlyph = try #require(line.flatMap(\.glyphs).first { $0.cluster == open })
    #expect(openGlyph.id == font.glyph(for: ")"))
    // Right end: the Hebrew word.
    #expect(line.last.map { p.substring($0.range) }?.hasPrefix("שלום") == true)
  }

  @Test func isolatesAndMarksAreHonoured() throws {
    // RLI … PDI makes an RTL island inside an LTR paragraph, even around Latin text.
    let text = "Ref \u{2067}abc\u{2069} end"
    let p = Fixtures.shape(text)
    #expect(p.baseLevel == 0)
    #expect(p.missingGlyphs.isEmpty)
    let abc = try #require(Fixtures.offset(of: "abc", in: text))
    #expect(p.runs.first { $0.range.contains(abc) }?.bidiLevel == 2)
    // A leading RLM makes an otherwise neutral paragraph right-to-left.
    #expect(Fixtures.shape("\u{200F}123").baseLevel == 1)
  }

  @Test func firstStrongCharacterDecidesAuto() {
    #expect(Fixtures.shape("123 שלום abc").baseLevel == 1)
    #expect(Fixtures.shape("123 abc שלום").baseLevel == 0)
    #expect(Fixtures.shape("— «شركة» Ltd").baseLevel == 1)
  }

  @Test func levelsAreResolvedPerCharacterAcrossSpans() throws {
    let bold = TextStyle(font: FontStyle(isBold: true))
    let p = Fixtures.shaper.shape([
      StyledSpan("Customer: ", style: Fixtures.body), StyledSpan("شركة النور", style: bold),
      StyledSpan(" (ID 42)", style: Fixtures.body),
    ])
    #expect(p.baseLevel == 0)
    let arabic = try #require(p.runs.first { $0.bidiLevel == 1 })
    #expect(arabic.font.postScriptName == "NotoSansArabic-Bold")
    #expect(arabic.style == bold)
    let boldSpan = 10..<29  // "شركة النور" in UTF-8 after "Customer: "
    #expect(p.substring(boldSpan) == "شركة النور")
    for run in p.runs {
      let insideBold = boldSpan.contains(run.range.lowerBound)
      #expect(run.style == (insideBold ? bold : Fixtures.body))
      #expect(insideBold || run.range.upperBound <= boldSpan.lowerBound || run.range.lowerBound >= boldSpan.upperBound)
    }
  }

  @Test func rightToLeftLineKeepsTrailingSpaceAtTheLeft() throws {
    let text = "שלום כהן "
    let p = Fixtures.shape(text)
    let kept = p.lineRuns(0..<text.utf8.count, trimTrailingWhitespace: false)
    // Base level 1: the trailing space stays at level 1, so it is drawn leftmost.
    let first = try #require(kept.first?.glyphs.first)
    #expect(first.cluster == text.utf8.count - 1)
    let trimmed = p.lineRuns(0..<text.utf8.count)
    #expect(trimmed.flatMap(\.glyphs).allSatisfy { $0.cluster != text.utf8.count - 1 })
  }

  @Test func partialRightToLeftWidthsAddUp() throws {
    let text = "שלום כהן"
    let p = Fixtures.shape(text)
    let cut = try #require(Fixtures.offset(of: "כהן", in: text))
    #expect(p.width(of: 0..<cut) + p.width(of: cut..<text.utf8.count) == p.width)
    #expect(p.width(of: 0..<cut) > .zero && p.width(of: cut..<text.utf8.count) > .zero)
    let line = p.lineRuns(cut..<text.utf8.count)
    #expect(line.map { p.substring($0.range) } == ["כהן"])
  }
}

@Suite struct ValueTypeTests {
  @Test func codePointNamesHaveAtLeastFourDigits() {
    #expect(MissingGlyph.codePointName("A") == "U+0041")
    #expect(MissingGlyph.codePointName("😀") == "U+1F600")
    #expect(MissingGlyph.codePointName("\u{10FFFD}") == "U+10FFFD")
  }

  @Test func featureTagsArePaddedToFourBytes() {
    let ss = FontFeature("ss1", 2).harfBuzzFeature
    #expect(ss.tag == 0x7373_3120)
    #expect(ss.value == 2)
    #expect(FontFeature.tabularNumbers.harfBuzzFeature.tag == 0x746E_756D)
    #expect(FontFeature.tabularNumbers.description == "tnum=1")
  }

  @Test func fontStyleIndicesAreDistinct() {
    #expect(Set(FontStyle.all.map(\.index)) == Set(0..<8))
    #expect(FontStyle.all.allSatisfy { FontStyle.all[$0.index] == $0 })
  }

  @Test(.enabled(if: getenv("SETTLE_FONTS") == nil))
  func fontsFolderIsFoundFromTheExecutable() throws {
    // A source path outside the package forces the search up from the executable, here one
    // placed in the package's build folder.
    let package = try #require(FontLocator.ancestors(of: #filePath).dropFirst(2).first)
    let dir = try FontLocator.fontsDirectory(
      filePath: "/nonexistent/a/b/c/d.swift", executable: package + "/.build/debug/settle")
    #expect(dir == package + "/Fonts")
    #expect(throws: FontError.self) {
      try FontLocator.fontsDirectory(filePath: "/nonexistent/a/b/c/d.swift", executable: "/nonexistent/bin/settle")
    }
  }

  @Test func fontIdentityIsStableAndDistinct() throws {
    let fonts = Fixtures.book.fonts
    #expect(Set(fonts.map(\.id)).count == fonts.count)
    let again = try Font(path: fonts[0].path)
    #expect(again.id == fonts[0].id)
    #expect(again == fonts[0])
    #expect(Font.fingerprint(of: [0, 1, 0, 0], faceIndex: 0) == nil)
    #expect(Font.fingerprint(of: Array("ttcf".utf8) + [0, 1, 0, 0, 0, 0, 0, 9], faceIndex: 3) == nil)
  }

  @Test func brokenFontBytesAreRejected() {
    #expect(throws: FontError.self) { try Font(data: Array("not a font at all".utf8)) }
    #expect(throws: FontError.self) { try Font(data: []) }
  }
}
