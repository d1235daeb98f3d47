import Foundation
import PDFReader
import PDFRender
import SettleTestSupport
import Testing
import TypesetCore
import TypesetLayout

@Suite("Import: every corpus file imports or is refused with a reason")
struct ImportCorpusTests {
  static let pdfRows = ImportCorpus.rows.filter(\.isPDF)
  static let imageRows = ImportCorpus.rows.filter { !$0.isPDF }

  /// Files the importer refuses, with the documented reason.
  static let refused: [String: String] = [:]

  @Test("PDF: page count, page size, rotation; output passes qpdf --check and renders like the original",
    arguments: pdfRows)
  func importsPDF(_ row: ImportCorpus.Row) throws {
    guard let bytes = try ImportCorpus.bytes(row) else { return }
    let imported: ImportedDocument
    do {
      imported = try ImportedDocument(data: bytes)
    } catch {
      let expected = try #require(Self.refused[row.path], "unexpected refusal of \(row.path): \(error)")
      #expect(String(describing: error).contains(expected))
      return
    }
    #expect(Self.refused[row.path] == nil, "expected a refusal")
    if let count = row.pageCount { #expect(imported.pages.count == count) }
    if let size = row.pageSize {
      let crop = imported.document.page(at: 0).cropBox
      #expect(abs(Double(crop.width) / 1e6 - size.width) < 0.01, "width \(crop.width)")
      #expect(abs(Double(crop.height) / 1e6 - size.height) < 0.01, "height \(crop.height)")
    }
    for page in imported.pages {
      let source = imported.document.page(at: page.pageIndex)
      let swapped = page.rotation % 180 != 0
      #expect(page.displaySize.width.microPoints == (swapped ? source.cropBox.height : source.cropBox.width))
    }
    let pdf = try PDFRenderer.render(ImportRender.fullSizeDocument(imported.pages), options: PDFRenderOptions())
    let reread = try PDFDocument(data: pdf)
    #expect(reread.pageCount == imported.pages.count)
    guard ExternalTool.isInstalled("qpdf"), ExternalTool.path("pdftoppm") != nil else { return }
    let ours = try TemporaryFolder.file(pdf, name: "ours.pdf", prefix: "pdfrender-tests")
    let check = try ExternalTool.run("qpdf", ["--check", ours], errorOutput: .merged)
    #expect(check.status == 0, "qpdf --check: \(check.output.suffix(600))")
    let original = try TemporaryFolder.file(bytes, name: "original.pdf", prefix: "pdfrender-tests")
    // Pages to compare: all for the rotation/crop files, else the first three.
    let all = row.path.contains("rotate") || row.path.contains("cropbox")
    for index in 0..<(all ? imported.pages.count : min(3, imported.pages.count)) {
      guard let a = try ImportRender.render(original, page: index + 1, dpi: 36),
        let b = try ImportRender.render(ours, page: index + 1, dpi: 36)
      else {
        Issue.record("page \(index + 1) did not render")
        continue
      }
      let difference = try #require(a.mismatch(b), "page \(index + 1): sizes \(a.width)x\(a.height) vs \(b.width)x\(b.height)")
      // Poppler draws sub-pixel hairlines (LibreOffice's 0.1 pt rules) slightly differently inside
      // a Form XObject; that is the largest difference seen (1.7 %). A wrong transform is > 30 %.
      #expect(difference < 0.03, "page \(index + 1): \(difference) of the pixels differ")
    }
  }

  @Test("Images: displayed orientation and size; renders like ImageMagick's auto-oriented image", arguments: imageRows)
  func importsImage(_ row: ImportCorpus.Row) throws {
    guard let bytes = try ImportCorpus.bytes(row) else { return }
    let image = try ImportedImage(data: bytes)
    let size = image.displaySize
    let stored = (image.image.pixelWidth, image.image.pixelHeight)
    let expected = image.orientation.swapsDimensions ? (stored.1, stored.0) : stored
    #expect(size.width.microPoints == Int64(expected.0) * 480_000)
    #expect(size.height.microPoints == Int64(expected.1) * 480_000)
    if row.path.contains("orientation-8") { #expect(expected == (1, 2)) }
    let pdf = try PDFRenderer.render(ImportRender.fullSizeDocument([image]), options: PDFRenderOptions())
    guard ExternalTool.path("pdftoppm") != nil, ExternalTool.path("convert") != nil, ExternalTool.isInstalled("qpdf") else { return }
    let ours = try TemporaryFolder.file(pdf, name: "image.pdf", prefix: "pdfrender-tests")
    #expect(try ExternalTool.run("qpdf", ["--check", ours], errorOutput: .merged).status == 0)
    // 150 px per inch is 1:1; small images are compared enlarged (nearest neighbour on both
    // sides), large ones reduced.
    let dpi = max(38, min(600, 150 * 256 / max(expected.0, expected.1)))
    let rendered = try #require(try ImportRender.render(ours, page: 1, dpi: dpi))
    let originalPath = try TemporaryFolder.file(bytes, name: (row.path as NSString).lastPathComponent, prefix: "pdfrender-tests")
    let reference = originalPath + ".ppm"
    _ = try ExternalTool.run(
      "convert",
      // PNG samples are shown as they are (PDF has no gAMA), so ImageMagick must not treat a
      // gamma-1.0 PNG as linear RGB: its colour space is set, not converted.
      [originalPath, "-auto-orient"] + (row.path.hasSuffix(".png") ? ["-set", "colorspace", "sRGB"] : ["-colorspace", "sRGB"])
        + ["-background", "white", "-flatten", "-filter", dpi > 150 ? "point" : "triangle", "-resize",
           "\(rendered.width)x\(rendered.height)!", "-depth", "8", "ppm:" + reference], errorOutput: .merged)
    let magick = try #require(Pixmap(path: reference))
    // CMYK → RGB differs between poppler and ImageMagick by up to ~70 levels; an image without
    // the Adobe inversion would be a negative (differences near 255).
    let threshold = row.path.contains("cmyk") ? 96 : 64
    let difference = try #require(rendered.mismatch(magick, threshold: threshold))
    #expect(difference < 0.02, "\(difference) of the pixels differ")
  }
}
