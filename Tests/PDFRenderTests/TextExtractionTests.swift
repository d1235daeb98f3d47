import Foundation
import PDFRender
import SettleTestSupport
import Testing
import TypesetCore
import TypesetLayout
import TypesetText

/// Checks with poppler and qpdf (skipped when they are not installed) that fonts are embedded,
/// subset and mapped to Unicode, and that text extracts exactly, in logical order.
@Suite(.enabled(if: ExternalTool.isInstalled("pdftotext", "pdffonts") && ExternalTool.isInstalled("qpdf"))) struct TextExtractionTests {
  private func render(_ items: [(FrameItem, Point)], conformance: PDFConformance = .pdfA2b) throws -> String {
    let doc = LaidOutDocument(pages: [Fixtures.page(items)], metadata: Fixtures.metadata())
    return try TemporaryFolder.file(try PDFRenderer.render(doc, options: PDFRenderOptions(conformance: conformance)), name: "test.pdf", prefix: "pdfrender-tests")
  }

  private func lines(_ path: String) throws -> [String] {
    Fixtures.withoutBidiControls(try ExternalTool.extractText(path, raw: false)).split(separator: "\n").map(String.init)
      .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty && $0 != "\u{0C}" }
  }

  @Test func ligatureGlyphExtractsAsItsCharacters() throws {
    let office = try #require(Fixtures.officeWithLigature())
    let path = try render([(.text(office), Fixtures.point(56, 60))])
    #expect(try lines(path) == ["office"])
  }

  @Test func hebrewComesOutInLogicalOrder() throws {
    let path = try render([(.text(Fixtures.rightToLeft("שלום עולם", font: Fixtures.hebrew)), Fixtures.point(56, 60))])
    #expect(try lines(path) == ["שלום עולם"])
  }

  @Test func mixedHebrewAndDigitsComeOutInLogicalOrder() throws {
    // Logical "סכום 120" in a right-to-left paragraph is drawn "120 םוכס" left to right; the
    // digits come from NotoSans (the Hebrew font has none), as font fallback would set them.
    let digits = Fixtures.text("120 ", size: .pt(12))
    let hebrew = Fixtures.rightToLeft("סכום", font: Fixtures.hebrew)
    let path = try render([
      (.text(digits), Fixtures.point(56, 60)),
      (.text(hebrew), Point(x: .pt(56) + digits.width, y: .pt(60))),
    ])
    #expect(try lines(path) == ["סכום 120"])
  }

  @Test func arabicComesOutInLogicalOrder() throws {
    let path = try render([(.text(Fixtures.rightToLeft("مرحبا بالعالم", font: Fixtures.arabic)), Fixtures.point(56, 60))])
    #expect(try lines(path) == ["مرحبا بالعالم"])
  }

  @Test func arabicLamAlefLigatureComesOutInLogicalOrder() throws {
    // "سلام" drawn visually as meem, lam-alef ligature, seen; the ligature carries "لا".
    let font = Fixtures.arabic
    let size = Length.pt(12)
    let meem = try #require(font.glyph(for: "\u{0645}"))
    let lamAlef = try #require(font.glyph(for: "\u{FEFB}"))
    let seen = try #require(font.glyph(for: "\u{0633}"))
    var x = Length.zero
    var glyphs: [PlacedGlyph] = []
    for (id, text) in [(meem, "م"), (lamAlef, "لا"), (seen, "س")] {
      let advance = font.length(fontUnits: font.advance(of: id), size: size)
      glyphs.append(PlacedGlyph(id: id, x: x, advance: advance, text: text))
      x += advance
    }
    let item = TextItem(font: font, size: size, glyphs: glyphs, actualText: "سلام")
    let path = try render([(.text(item), Fixtures.point(56, 60))])
    #expect(try lines(path) == ["سلام"])
  }

  @Test func glyphReusedWithOtherTextExtractsThroughActualText() throws {
    // The Latin "A" glyph first stands for "A", then for Greek capital alpha (as a font
    // without its own alpha glyph would draw it). The second use needs /ActualText.
    let font = Fixtures.regular
    let size = Length.pt(10)
    let glyphA = try #require(font.glyph(for: "A"))
    let advance = font.length(fontUnits: font.advance(of: glyphA), size: size)
    var latin = Fixtures.text("x")
    latin.glyphs.append(PlacedGlyph(id: glyphA, x: latin.width, advance: advance, text: "A"))
    var greek = Fixtures.text("y")
    greek.glyphs.append(PlacedGlyph(id: glyphA, x: greek.width, advance: advance, text: "\u{391}"))
    let path = try render([(.text(latin), Fixtures.point(56, 60)), (.text(greek), Fixtures.point(56, 90))])
    #expect(try lines(path) == ["xA", "y\u{391}"])
  }

  @Test func fontsAreEmbeddedSubsetAndMapped() throws {
    let items: [(FrameItem, Point)] = [
      (.text(Fixtures.text("Regular")), Fixtures.point(56, 60)),
      (.text(Fixtures.text("Bold", font: Fixtures.bold)), Fixtures.point(56, 80)),
      (.text(Fixtures.rightToLeft("שלום", font: Fixtures.hebrew)), Fixtures.point(56, 100)),
    ]
    let path = try render(items)
    let output = try ExternalTool.run("pdffonts", [path], errorOutput: .merged).output
    let rows = output.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ", omittingEmptySubsequences: true) }
    #expect(rows.count == 3)
    for row in rows {
      #expect(row.count >= 7)
      // name type type encoding emb sub uni object ID: "CID TrueType" is two words.
      #expect(row[0].count > 7 && row[0].dropFirst(6).first == "+", "subset tag in \(row[0])")
      #expect(Array(row[4...6]) == ["yes", "yes", "yes"], "\(row)")
    }
  }

  @Test func qpdfFindsNoErrorsInCompressedAndReadableOutput() throws {
    let office = try #require(Fixtures.officeWithLigature())
    let doc = LaidOutDocument(pages: [Fixtures.statementPage(rows: 45), Fixtures.page([(.text(office), Fixtures.point(56, 60))])],
                              metadata: Fixtures.metadata())
    for compressed in [true, false] {
      let path = try TemporaryFolder.file(try PDFRenderer.render(doc, options: PDFRenderOptions(conformance: .pdfA2b, isCompressed: compressed)), name: "test.pdf", prefix: "pdfrender-tests")
      let result = try ExternalTool.run("qpdf", ["--check", path], errorOutput: .merged)
      #expect(result.status == 0, "\(result.output)")
      #expect(result.output.contains("No syntax or stream encoding errors found"))
    }
  }

  @Test func statementTableExtractsRowByRow() throws {
    let path = try TemporaryFolder.file(try PDFRenderer.render(
      LaidOutDocument(pages: [Fixtures.statementPage(rows: 3)], metadata: Fixtures.metadata()), options: PDFRenderOptions()), name: "test.pdf", prefix: "pdfrender-tests")
    let text = try ExternalTool.extractText(path, raw: true)
    #expect(text.contains("Statement of account"))
    #expect(text.contains("Date Invoice Description Debit Credit Balance"))
    #expect(text.contains("INV-10000 Office supplies"))
  }

  static let cjkPath = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

  @Test(.enabled(if: FileManager.default.fileExists(atPath: cjkPath)))
  func cffFontEmbedsAsCIDFontType0CWithOriginalCIDs() throws {
    // Face 2 of the collection is Simplified Chinese (research/build-notes.md §2).
    let font = try Font(path: Self.cjkPath, faceIndex: 2)
    #expect(font.hasCFFOutlines)
    let item = Fixtures.text("账单金额", font: font, size: .pt(12))
    let path = try render([(.text(item), Fixtures.point(56, 60))])
    let fonts = try ExternalTool.run("pdffonts", [path], errorOutput: .merged).output
    #expect(fonts.contains("CID Type 0C"))
    #expect(fonts.contains("yes yes yes"))
    #expect(try lines(path) == ["账单金额"])
    #expect(try ExternalTool.run("qpdf", ["--check", path], errorOutput: .merged).status == 0)
  }

  static let nameKeyedCFFPath = "/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf"

  @Test(.enabled(if: FileManager.default.fileExists(atPath: nameKeyedCFFPath)))
  func nameKeyedCFFFontEmbedsWithSubsetGlyphIndices() throws {
    let font = try Font(path: Self.nameKeyedCFFPath)
    #expect(font.hasCFFOutlines)
    let path = try render([(.text(Fixtures.text("Hello office 123", font: font, size: .pt(12))), Fixtures.point(56, 60))])
    let fonts = try ExternalTool.run("pdffonts", [path], errorOutput: .merged).output
    #expect(fonts.contains("CID Type 0C"))
    #expect(fonts.contains("yes yes yes"))
    #expect(try lines(path) == ["Hello office 123"])
  }
}
