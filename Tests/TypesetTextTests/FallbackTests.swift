import Testing
import TypesetCore

@testable import TypesetText

@Suite struct FallbackTests {
  @Test func emojiIsReportedAndDrawnAsNotdef() throws {
    let p = Fixtures.shape("Thanks 😀")
    let missing = try #require(p.missingGlyphs.first)
    #expect(p.missingGlyphs.count == 1)
    #expect(missing.scalar == "😀")
    #expect(missing.offset == 7)
    #expect(missing.message == "no font has U+1F600 in “Thanks 😀” (shown as .notdef)")
    let run = try #require(p.runs.first { $0.range.contains(7) })
    #expect(run.font.postScriptName == "NotoSans-Regular")
    #expect(run.glyphs.first { $0.cluster == 7 }?.id == 0)
  }

  @Test func unassignedCodePointIsReported() throws {
    let p = Fixtures.shape("A\u{0378}B")
    #expect(p.missingGlyphs.map(\.offset) == [1])
    #expect(p.missingGlyphs.first?.message.contains("U+0378") == true)
  }

  @Test func longContextIsShortened() throws {
    let text = String(repeating: "a", count: 100) + "\u{E000}" + String(repeating: "b", count: 100)
    let p = Fixtures.shape(text)
    let m = try #require(p.missingGlyphs.first)
    #expect(m.context.hasPrefix("…") && m.context.hasSuffix("…"))
    #expect(m.context.contains("\u{E000}"))
    #expect(m.context.unicodeScalars.count <= 42)
    #expect(m.message.contains("U+E000"))
  }

  @Test func manyMissingGlyphsAreAllReported() throws {
    let text = String(repeating: "x😀", count: 5000)
    let p = Fixtures.shape(text)
    #expect(p.missingGlyphs.count == 5000)
    #expect(p.missingGlyphs.map(\.offset) == (0..<5000).map { $0 * 5 + 1 })
    #expect(p.missingGlyphs.allSatisfy { $0.context.unicodeScalars.count <= 42 })
  }

  @Test func invisibleCharactersAreNotReported() {
    let p = Fixtures.shape("a\u{200D}b\u{FE0F}c\u{00AD}d\u{200B}e")
    #expect(p.missingGlyphs.isEmpty)
  }

  @Test func hebrewDigitsAndDashFallBackToNotoSans() throws {
    let text = "חשבון 42 — סה״כ"
    let p = Fixtures.shape(text)
    #expect(p.missingGlyphs.isEmpty)
    let digits = try #require(Fixtures.offset(of: "42", in: text))
    #expect(p.runs.first { $0.range.contains(digits) }?.font.postScriptName == "NotoSans-Regular")
    let word = try #require(Fixtures.offset(of: "חשבון", in: text))
    #expect(p.runs.first { $0.range.contains(word) }?.font.postScriptName == "NotoSansHebrew-Regular")
  }

  @Test func boldArabicUsesTheBoldArabicFace() {
    let p = Fixtures.shape("Total: شركة", style: TextStyle(font: FontStyle(isBold: true)))
    #expect(p.runs.map(\.font.postScriptName).contains("NotoSansArabic-Bold"))
    #expect(p.runs.first?.font.postScriptName == "NotoSans-Bold")
  }

  @Test func monoFallsBackForArabic() {
    let p = Fixtures.shape("ID شركة", style: TextStyle(font: FontStyle(family: .mono)))
    #expect(p.runs.first?.font.postScriptName == "NotoSansMono-Regular")
    #expect(p.runs.map(\.font.postScriptName).contains("NotoSansArabic-Regular"))
    #expect(p.missingGlyphs.isEmpty)
  }

  @Test(.enabled(if: Fixtures.hasCJK)) func chineseUsesTheSystemCJKFace() throws {
    let text = "客户 王小明 Invoice"
    let p = Fixtures.shape(text)
    #expect(p.missingGlyphs.isEmpty)
    let cjk = try #require(p.runs.first)
    #expect(cjk.font.hasCFFOutlines || cjk.font.familyName.contains("WenQuanYi"))
    #expect(cjk.glyphs.allSatisfy { $0.id != 0 })
    #expect(p.runs.last?.font.postScriptName == "NotoSans-Regular")
  }

  @Test func bookWithoutSystemFontsHasNoCJK() throws {
    let dir = try #require(FontLocator.ancestors(of: #filePath).dropFirst(2).first).appending("/Fonts")
    let book = try FontBook(directory: dir, includeSystemFallbacks: false)
    #expect(book.systemFallbacks.isEmpty)
    let p = Shaper(fontBook: book).shape("漢字", style: TextStyle())
    #expect(p.missingGlyphs.count == 2)
  }

  @Test func missingDirectoryThrows() {
    #expect(throws: FontError.self) { try FontBook(directory: "/nonexistent/fonts") }
  }
}

@Suite struct ControlCharacterTests {
  @Test func controlsAreInvisibleSpaces() throws {
    let space = try #require(Fixtures.shape("a b").runs.first?.glyphs[1])
    for (text, width) in [
      ("a\tb", space.advance), ("a\nb", .zero), ("a\r\nb", .zero), ("a\u{2028}b", .zero), ("a\u{85}b", .zero),
    ] {
      let p = Fixtures.shape(text)
      #expect(p.missingGlyphs.isEmpty, "\(text.debugDescription)")
      let glyphs = p.runs.flatMap(\.glyphs)
      #expect(glyphs.allSatisfy { $0.id != 0 }, "\(text.debugDescription)")
      let controls = glyphs.filter { $0.cluster != 0 && $0.cluster != text.utf8.count - 1 }
      #expect(controls.allSatisfy { $0.id == space.id && $0.advance == width }, "\(text.debugDescription)")
    }
  }
}
