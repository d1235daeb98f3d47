import Foundation
import Testing
import TypesetCore

@testable import TypesetText

@Suite struct FontBookTests {
  @Test func standardBookLoadsNotoFacesInChainOrder() throws {
    let book = try FontBook.standard()
    let regular = book.fallbackChain(for: FontStyle()).map(\.postScriptName)
    #expect(regular.prefix(3) == ["NotoSans-Regular", "NotoSansArabic-Regular", "NotoSansHebrew-Regular"])
    let bold = book.fallbackChain(for: FontStyle(isBold: true)).map(\.postScriptName)
    #expect(bold.prefix(3) == ["NotoSans-Bold", "NotoSansArabic-Bold", "NotoSansHebrew-Bold"])
    #expect(book.primaryFont(for: FontStyle(family: .mono)).postScriptName == "NotoSansMono-Regular")
  }

  @Test func minimalFolderFallsBackToRegular() throws {
    let source = Fixtures.book.fonts[0].path
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("settle-fonts-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.copyItem(atPath: source, toPath: dir.appendingPathComponent("NotoSans-Regular.ttf").path)
    let book = try FontBook(directory: dir.path, includeSystemFallbacks: false)
    #expect(book.fonts.count == 1)
    for style in FontStyle.all {
      #expect(book.fallbackChain(for: style).map(\.postScriptName) == ["NotoSans-Regular"])
    }
    let p = Shaper(fontBook: book).shape("Total שלום", style: TextStyle(font: FontStyle(isBold: true)))
    #expect(p.missingGlyphs.count == 4)
    #expect(p.runs.allSatisfy { $0.font.postScriptName == "NotoSans-Regular" })
  }

  @Test func monoChainPrefersMonoThenSans() {
    let chain = Fixtures.book.fallbackChain(for: FontStyle(family: .mono, isBold: true, isItalic: true))
    #expect(chain.first?.postScriptName == "NotoSansMono-Bold")
    #expect(chain.map(\.postScriptName).contains("NotoSans-BoldItalic"))
    #expect(Set(chain.map(\.id)).count == chain.count)
  }

  @Test func coverageBitSetAgreesWithTheCmap() {
    for font in Fixtures.book.fonts {
      var mismatches = 0
      var covered = 0
      for v in UInt32(0)..<FontCoverage.limit {
        let inCmap = font.cmapGlyph(for: v) != nil
        if font.covers(codePoint: v) != inCmap { mismatches += 1 }
        if inCmap { covered += 1 }
      }
      #expect(mismatches == 0, "\(font.postScriptName)")
      #expect(covered > 50, "\(font.postScriptName)")
      #expect(!font.covers("\u{E000}"))
    }
  }
}
