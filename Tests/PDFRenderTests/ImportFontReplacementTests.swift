import Foundation
import PDFReader
@testable import PDFRender
import SettleTestSupport
import Testing
import TypesetText

@Suite("Import: replacement fonts are subset and carry ToUnicode")
struct ImportFontReplacementTests {
  /// A one-page file whose resources hold the given font dictionaries (objects 5…) and whose
  /// content shows `text` with each of them; `extra` objects follow the fonts.
  static func fixture(fonts: [String], text: String, extra: [[UInt8]] = []) -> [UInt8] {
    let names = fonts.indices.map { "/F\($0 + 1) \($0 + 5) 0 R" }.joined(separator: " ")
    var content = ""
    for (i, _) in fonts.enumerated() { content += "BT /F\(i + 1) 12 Tf 10 \(80 - 20 * i) Td (\(text)) Tj ET " }
    return ImportFixturePDF.make(
      [
        ImportFixturePDF.text("<< /Type /Catalog /Pages 2 0 R >>"),
        ImportFixturePDF.text("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        ImportFixturePDF.text("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 100] /Contents 4 0 R /Resources << /Font << \(names) >> >> >>"),
        ImportFixturePDF.stream("", ImportFixturePDF.text(content)),
      ] + fonts.map { ImportFixturePDF.text($0) } + extra)
  }

  static func output(_ pdf: [UInt8]) throws -> (bytes: [UInt8], document: PDFDocument, fonts: [PDFDictionary]) {
    let imported = try ImportedDocument(data: pdf)
    let bytes = try ImportTests.render(imported.pages)
    let document = try PDFDocument(data: bytes)
    let fonts = document.objectNumbers.compactMap { document.resolve(PDFReference(number: $0, generation: 0)).dictionaryValue }
      .filter { $0.type == "Font" && $0["Subtype"]?.nameValue == "TrueType" }
      .sorted { ($0["BaseFont"]?.nameValue ?? "") < ($1["BaseFont"]?.nameValue ?? "") }
    return (bytes, document, fonts)
  }

  static func streamBytes(_ object: PDFObject?, in document: PDFDocument) throws -> [UInt8] {
    guard case .stream(let stream) = document.resolve(object ?? .null) else { throw FixtureError.notAStream }
    return try document.decodedStreamData(stream).bytes
  }

  enum FixtureError: Error { case notAStream }

  static func isSubsetName(_ name: String, of face: String) -> Bool {
    let parts = name.split(separator: "+", maxSplits: 1)
    return parts.count == 2 && parts[0].count == 6 && parts[0].allSatisfy { ("A"..."Z").contains($0) } && parts[1] == face
  }

  @Test func helveticaBecomesATaggedSubsetWithToUnicode() throws {
    let pdf = Self.fixture(fonts: ["<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"], text: "Hello")
    let (_, document, fonts) = try Self.output(pdf)
    #expect(fonts.count == 1)
    let font = try #require(fonts.first)
    let baseFont = try #require(font["BaseFont"]?.nameValue)
    #expect(Self.isSubsetName(baseFont, of: "LiberationSans"))
    let descriptor = try #require(document.resolve(font["FontDescriptor"] ?? .null).dictionaryValue)
    #expect(descriptor["FontName"]?.nameValue == baseFont)
    // The program is a real subset: smaller than the whole face, still a TrueType font whose
    // cmap maps the WinAnsi characters (and not characters outside the encoding).
    let program = try Self.streamBytes(descriptor["FontFile2"], in: document)
    let wholePath = try #require(FontFiles.directory) + "/LiberationSans-Regular.ttf"
    let whole = try Font(path: wholePath)
    #expect(program.count < whole.data.count / 2)
    let subset = try Font(data: program)
    #expect(subset.glyph(for: "H") != nil && subset.glyph(for: "\u{20AC}") != nil)  // Euro is WinAnsi 0x80
    #expect(subset.glyph(for: "\u{0416}") == nil)  // Cyrillic Zhe is in Liberation, not in WinAnsi
    #expect(subset.glyphCount < whole.glyphCount)
    // Widths stay Helvetica's.
    let widths = try #require(document.resolve(font["Widths"] ?? .null).arrayValue)
    #expect(widths[0x48 - 32].integerValue == 722 && widths[0x80 - 32].integerValue == 556)
    // The ToUnicode CMap has one-byte codes and maps 0x80 to the Euro sign.
    let cmap = String(decoding: try Self.streamBytes(font["ToUnicode"], in: document), as: UTF8.self)
    #expect(cmap.contains("<00> <FF>"))
    #expect(cmap.contains("<80> <20AC>"))
  }

  @Test func differencesReachToUnicodeAndTheSubset() throws {
    // Code 0x41 ("A") is redefined as Adieresis; StandardEncoding Times gets WinAnsi + Differences.
    let pdf = Self.fixture(
      fonts: [
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [65 /Adieresis] >> >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
      ], text: "ABC")
    let (bytes, document, fonts) = try Self.output(pdf)
    #expect(fonts.count == 2)
    let names = fonts.compactMap { $0["BaseFont"]?.nameValue }
    #expect(names.allSatisfy { Self.isSubsetName($0, of: "LiberationSans") })
    // Different character sets (the first lacks "A") give different subsets and tags.
    #expect(Set(names).count == 2)
    let differing = try #require(
      fonts.first { document.resolve($0["Encoding"] ?? .null).dictionaryValue != nil })
    let cmap = String(decoding: try Self.streamBytes(differing["ToUnicode"], in: document), as: UTF8.self)
    #expect(cmap.contains("<41> <00C4>"))
    if ExternalTool.isInstalled("pdftotext", "pdffonts") {
      let path = try TemporaryFolder.file(bytes, name: "differences.pdf", prefix: "pdfrender-tests")
      let text = try ExternalTool.extractText(path)
      #expect(text.contains("ÄBC"))
      #expect(text.contains("ABC"))
    }
  }

  @Test func equalEncodingsShareOneSubsetWithAStableTag() throws {
    let font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    let pdf = Self.fixture(fonts: [font, font], text: "Same")
    let first = try Self.output(pdf)
    let second = try Self.output(pdf)
    #expect(first.fonts.count == 2)
    let descriptors = Set(first.fonts.compactMap { font -> Int? in
      if case .reference(let r)? = font["FontDescriptor"] { return r.number }
      return nil
    })
    #expect(descriptors.count == 1)
    let tag = first.fonts.first?["BaseFont"]?.nameValue
    #expect(tag.map { Self.isSubsetName($0, of: "LiberationSans-Bold") } == true)
    #expect(second.fonts.first?["BaseFont"]?.nameValue == tag)
  }

  @Test func anExistingToUnicodeIsKept() throws {
    let original = ImportFixturePDF.text(
      "/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <41> <263A> endbfchar endcmap end end")
    let pdf = Self.fixture(
      fonts: ["<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>"], text: "A",
      extra: [ImportFixturePDF.stream("", original)])
    let (_, document, fonts) = try Self.output(pdf)
    let font = try #require(fonts.first)
    #expect(font["BaseFont"]?.nameValue.map { Self.isSubsetName($0, of: "LiberationSerif") } == true)
    #expect(try Self.streamBytes(font["ToUnicode"], in: document) == original)
  }

  @Test func pdffontsReportsEmbeddedSubsetAndUnicode() throws {
    guard ExternalTool.isInstalled("pdftotext", "pdffonts") else { return }
    let pdf = Self.fixture(
      fonts: [
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Oblique >>",
        "<< /Type /Font /Subtype /TrueType /BaseFont /TimesNewRoman,Bold /Encoding /MacRomanEncoding >>",
      ], text: "Text")
    let (bytes, _, fonts) = try Self.output(pdf)
    #expect(fonts.count == 3)
    let path = try TemporaryFolder.file(bytes, name: "pdffonts.pdf", prefix: "pdfrender-tests")
    let result = try ExternalTool.run("pdffonts", [path], errorOutput: .merged)
    #expect(result.status == 0)
    let rows = result.output.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ").map(String.init) }
    #expect(rows.count == 3)
    for row in rows {
      // Columns from the end: object id, generation, uni, sub, emb.
      #expect(row.count >= 6)
      #expect(Array(row.suffix(5).prefix(3)) == ["yes", "yes", "yes"], "\(row)")
      #expect(row.first.map { $0.contains("+Liberation") } == true)
    }
  }
}
