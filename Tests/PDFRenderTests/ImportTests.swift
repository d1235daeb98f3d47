import Foundation
import PDFReader
@testable import PDFRender
import Testing
import TypesetCore
import TypesetLayout

/// Builds small PDF files with a correct xref table for importer tests.
enum ImportFixturePDF {
  /// `objects[i]` is the body of object `i + 1` (between `obj` and `endobj`); object 1 must be the catalog.
  static func make(_ objects: [[UInt8]]) -> [UInt8] {
    var out = Array("%PDF-1.4\n".utf8)
    var offsets: [Int] = []
    for (i, body) in objects.enumerated() {
      offsets.append(out.count)
      out += Array("\(i + 1) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
    }
    let xref = out.count
    out += Array("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
    for o in offsets {
      let s = String(o)
      out += Array((String(repeating: "0", count: 10 - s.count) + s + " 00000 n \n").utf8)
    }
    out += Array("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
    return out
  }

  static func text(_ s: String) -> [UInt8] { Array(s.utf8) }

  static func stream(_ dictionary: String, _ data: [UInt8]) -> [UInt8] {
    Array("<< \(dictionary) /Length \(data.count) >>\nstream\n".utf8) + data + Array("\nendstream".utf8)
  }

  /// LZW-encodes `data` with 9-bit literal codes only (a clear code every 200 bytes keeps the width at 9).
  static func lzw(_ data: [UInt8]) -> [UInt8] {
    var codes: [Int] = []
    for (i, b) in data.enumerated() {
      if i % 200 == 0 { codes.append(256) }
      codes.append(Int(b))
    }
    codes.append(257)
    var out: [UInt8] = []
    var buffer = 0
    var bits = 0
    for code in codes {
      buffer = (buffer << 9) | code
      bits += 9
      while bits >= 8 {
        out.append(UInt8((buffer >> (bits - 8)) & 0xFF))
        bits -= 8
      }
    }
    if bits > 0 { out.append(UInt8((buffer << (8 - bits)) & 0xFF)) }
    return out
  }
}

@Suite("Import: transforms, sharing, cycles, repairs")
struct ImportTests {
  static func render(_ pages: [any EmbeddedPage]) throws -> [UInt8] {
    try PDFRenderer.render(ImportRender.fullSizeDocument(pages), options: PDFRenderOptions())
  }

  @Test("Rotation and crop: the crop box's corners land on the display box's corners", arguments: [0, 90, 180, 270])
  func displayTransform(rotation: Int) {
    let t = AffineTransform.displaying(x0: 10, y0: 20, x1: 110, y1: 220, rotation: rotation)
    let m = { (x: Double, y: Double) -> (Double, Double) in let p = t.apply(x: x, y: y); return (p.x, p.y) }
    let swapped = rotation % 180 != 0
    let (w, h) = swapped ? (200.0, 100.0) : (100.0, 200.0)
    let corners = [(10.0, 20.0), (110.0, 20.0), (10.0, 220.0), (110.0, 220.0)].map { m($0.0, $0.1) }
    let xs = corners.map(\.0), ys = corners.map(\.1)
    #expect(xs.min() == 0 && xs.max() == w && ys.min() == 0 && ys.max() == h)
    // The crop box's top-left corner (10, 220) is displayed at: 0° top-left, 90° top-right,
    // 180° bottom-right, 270° bottom-left.
    let expected: [Int: (Double, Double)] = [0: (0, h), 90: (w, h), 180: (w, 0), 270: (0, 0)]
    let topLeft = m(10, 220)
    #expect(topLeft.0 == expected[rotation]?.0 && topLeft.1 == expected[rotation]?.1)
  }

  @Test func sharedResourcesAreCopiedOncePerSourceFile() throws {
    // Three pages share one font and one image through an indirect resource dictionary.
    let content = ImportFixturePDF.stream("", ImportFixturePDF.text("BT /F1 12 Tf 72 700 Td (Shared) Tj ET q 10 0 0 10 72 600 cm /I1 Do Q"))
    let pdf = ImportFixturePDF.make([
      ImportFixturePDF.text("<< /Type /Catalog /Pages 2 0 R >>"),
      ImportFixturePDF.text("<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 /MediaBox [0 0 300 300] /Resources 6 0 R >>"),
      ImportFixturePDF.text("<< /Type /Page /Parent 2 0 R /Contents 9 0 R >>"),
      ImportFixturePDF.text("<< /Type /Page /Parent 2 0 R /Contents 9 0 R >>"),
      ImportFixturePDF.text("<< /Type /Page /Parent 2 0 R /Contents 9 0 R >>"),
      ImportFixturePDF.text("<< /Font << /F1 7 0 R >> /XObject << /I1 8 0 R >> >>"),
      ImportFixturePDF.text("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
      ImportFixturePDF.stream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", [128]),
      content,
    ])
    let imported = try ImportedDocument(data: pdf)
    #expect(imported.pages.count == 3)
    let output = try PDFDocument(data: try Self.render(imported.pages))
    let objects = output.objectNumbers.map { output.resolve(PDFReference(number: $0, generation: 0)) }
    let fonts = objects.filter { $0.dictionaryValue?.type == "Font" }
    let images = objects.filter { $0.dictionaryValue?["Subtype"]?.nameValue == "Image" }
    let forms = objects.filter { $0.dictionaryValue?["Subtype"]?.nameValue == "Form" }
    #expect(fonts.count == 1)
    #expect(images.count == 1)
    #expect(forms.count == 3)
    // The non-embedded Helvetica became an embedded Liberation Sans with Helvetica's widths.
    let font = try #require(fonts.first?.dictionaryValue)
    #expect(font["Subtype"]?.nameValue == "TrueType")
    #expect(font["BaseFont"]?.nameValue.map { ImportFontReplacementTests.isSubsetName($0, of: "LiberationSans") } == true)
    let descriptor = try #require(output.resolve(font["FontDescriptor"] ?? .null).dictionaryValue)
    #expect(descriptor["FontFile2"] != nil)
    let widths = try #require(output.resolve(font["Widths"] ?? .null).arrayValue)
    // Helvetica: space 278, "H" 722, "a" 556 (FirstChar 32).
    #expect(widths[0].integerValue == 278 && widths[0x48 - 32].integerValue == 722 && widths[0x61 - 32].integerValue == 556)
    #expect(imported.findings.contains { $0.kind == .fontNotEmbedded("Helvetica") && $0.isRepaired })
  }

  @Test func directFontDictionariesAreReplacedToo() throws {
    let pdf = ImportFixturePDF.make([
      ImportFixturePDF.text("<< /Type /Catalog /Pages 2 0 R >>"),
      ImportFixturePDF.text("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
      ImportFixturePDF.text(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold >> >> >> >>"),
      ImportFixturePDF.stream("", ImportFixturePDF.text("BT /F1 10 Tf 10 10 Td (Mono) Tj ET")),
    ])
    let imported = try ImportedDocument(data: pdf)
    #expect(imported.findings.contains { $0.kind == .fontNotEmbedded("Courier-Bold") && $0.isRepaired })
    let output = try PDFDocument(data: try Self.render(imported.pages))
    let fonts = output.objectNumbers.compactMap { output.resolve(PDFReference(number: $0, generation: 0)).dictionaryValue }
      .filter { $0.type == "Font" }
    #expect(fonts.count == 1)
    #expect(fonts.first?["BaseFont"]?.nameValue.map { ImportFontReplacementTests.isSubsetName($0, of: "LiberationMono-Bold") } == true)
    // StandardEncoding (no /Encoding) becomes WinAnsi plus Differences naming StandardEncoding's glyphs.
    let font = try #require(fonts.first)
    let encoding = try #require(output.resolve(font["Encoding"] ?? .null).dictionaryValue)
    #expect(encoding["BaseEncoding"]?.nameValue == "WinAnsiEncoding")
    let widths = try #require(output.resolve(font["Widths"] ?? .null).arrayValue)
    #expect(widths.allSatisfy { $0.integerValue == 600 })  // Courier is monospaced at 600
  }

  @Test func referenceCyclesEndAndLZWIsReencoded() throws {
    // A form that draws itself through its own resources (a cycle), and an LZW image.
    let pixels = [UInt8](repeating: 200, count: 300)
    let pdf = ImportFixturePDF.make([
      ImportFixturePDF.text("<< /Type /Catalog /Pages 2 0 R >>"),
      ImportFixturePDF.text("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
      ImportFixturePDF.text("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Resources << /XObject << /X 5 0 R /L 6 0 R >> >> /Contents 4 0 R >>"),
      ImportFixturePDF.stream("", ImportFixturePDF.text("q 50 0 0 50 10 10 cm /L Do Q")),
      ImportFixturePDF.stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X 5 0 R >> >>", ImportFixturePDF.text("0 0 1 1 re f")),
      ImportFixturePDF.stream(
        "/Type /XObject /Subtype /Image /Width 10 /Height 10 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /LZWDecode",
        ImportFixturePDF.lzw(pixels)),
    ])
    let imported = try ImportedDocument(data: pdf)
    #expect(imported.findings.contains { $0.kind == .lzwCompression && $0.isRepaired })
    let bytes = try Self.render(imported.pages)
    let output = try PDFDocument(data: bytes)
    var sawImage = false
    for number in output.objectNumbers {
      guard let stream = output.resolve(PDFReference(number: number, generation: 0)).streamValue else { continue }
      let filter = stream.dictionary["Filter"]
      #expect(filter?.nameValue != "LZWDecode")
      if stream.dictionary["Subtype"]?.nameValue == "Image" {
        sawImage = true
        #expect(try output.decodedStreamData(stream).bytes == pixels)
      }
    }
    #expect(sawImage)
  }

  @Test func signaturesAreDroppedAndFlagged() throws {
    guard let row = ImportCorpus.rows.first(where: { $0.path.hasSuffix("signed-linearized-xrefstream.pdf") }),
      let bytes = try ImportCorpus.bytes(row)
    else { return }
    let imported = try ImportedDocument(data: bytes)
    #expect(imported.isSigned)
    #expect(imported.findings.contains { $0.kind == .signature })
    #expect(imported.pages[0].flattenedAnnotationCount == 0)
    let output = try PDFDocument(data: try Self.render(imported.pages))
    #expect(!output.isSigned)
    #expect(output.catalog["AcroForm"] == nil)
    #expect(output.pages[0].annotations.isEmpty)
  }

  @Test func printableAnnotationsAndWidgetsAreFlattened() throws {
    // LibreOffice form: 9 printable widgets with appearances (two checkboxes pick /AS among states).
    // Quartz stamp: printable, but its appearance has an empty /BBox, so there is nothing to draw.
    // FPDF2 markup: no /AP at all (viewers synthesise one); nothing to flatten.
    let expected = ["acroform-widgets-libreoffice.pdf": 9, "qualityhosting-msrs-quartz.pdf": 0, "annotations-text-highlight-ink-fpdf2.pdf": 0]
    for (name, count) in expected.sorted(by: { $0.key < $1.key }) {
      guard let row = ImportCorpus.rows.first(where: { $0.path.hasSuffix(name) }), let bytes = try ImportCorpus.bytes(row) else { continue }
      let imported = try ImportedDocument(data: bytes)
      #expect(imported.pages[0].flattenedAnnotationCount == count, "\(name)")
      #expect(imported.document.page(at: 0).annotations.count >= count)
      // The flattened appearances are Form XObjects drawn by the page; no annotation is copied.
      let output = try PDFDocument(data: try Self.render(imported.pages))
      #expect(output.pages[0].annotations.isEmpty)
      let forms = output.objectNumbers.filter { output.resolve(PDFReference(number: $0, generation: 0)).dictionaryValue?["Subtype"]?.nameValue == "Form" }
      #expect(forms.count >= 1 + count, "\(name)")
    }
  }

  @Test func truncatedAndCorruptedFilesNeverCrash() throws {
    guard let row = ImportCorpus.rows.first(where: { $0.path.hasSuffix("netpresse-tcpdf.pdf") }), let bytes = try ImportCorpus.bytes(row) else { return }
    var accepted = 0
    var tried = 0
    for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 23)) {
      var damaged = Array(bytes.prefix(cut))
      if cut % 2 == 1, damaged.count > 100 { damaged[damaged.count / 2] ^= 0xFF }
      tried += 1
      guard let imported = try? ImportedDocument(data: damaged) else { continue }
      accepted += 1
      _ = try? Self.render(imported.pages)
    }
    // Short prefixes have no pages; the reader repairs some longer ones. Either way: no crash.
    #expect(accepted < tried)
    #expect(throws: PDFImportError.self) { try ImportedDocument(data: []) }
    #expect(throws: PDFImportError.self) { try ImportedImage(data: Array("GIF89a".utf8)) }
  }
}

