import Crypt
import Foundation
import PDFRender
import SettleTestSupport
import Testing
import TypesetCore
import TypesetLayout
import TypesetText

@Suite struct ConformanceTests {
  private let document = LaidOutDocument(
    pages: [Fixtures.page([(.text(Fixtures.text("Claim")), Fixtures.point(56, 60))])], metadata: Fixtures.metadata())

  private let claim = PDFAttachment(
    fileName: "claim.json", mimeType: "application/json", data: Array("{\"debtor\":\"Example\"}".utf8),
    description: "The claim file", modificationDate: 1_784_073_600, relationship: .source)

  @Test func pdfA2bRejectsAttachmentsWithTheirLocation() {
    #expect(throws: PDFRenderError.conformance([PDFConformanceProblem(.attachmentNotAllowed, at: .attachment("claim.json"))])) {
      try PDFRenderer.render(document, options: PDFRenderOptions(conformance: .pdfA2b, attachments: [claim]))
    }
  }

  @Test func pdfA3bCollectsEveryAttachmentProblem() throws {
    var bad = claim
    bad.mimeType = ""
    bad.description = ""
    var alsoBad = claim
    alsoBad.fileName = "ledger.csv"
    alsoBad.mimeType = "text"
    let problems = try PDFRenderer.conformanceProblems(document, options: PDFRenderOptions(conformance: .pdfA3b, attachments: [bad, alsoBad]))
    #expect(problems == [
      PDFConformanceProblem(.attachmentMissingMIMEType, at: .attachment("claim.json")),
      PDFConformanceProblem(.attachmentMissingDescription, at: .attachment("claim.json")),
      PDFConformanceProblem(.attachmentMissingMIMEType, at: .attachment("ledger.csv")),
    ])
    #expect(problems[0].description == "attachment claim.json: attached file has no MIME type")
  }

  @Test func scannedOnceGivesTheSameProblemsAndBytes() throws {
    var bad = claim
    bad.mimeType = ""
    let scanned = try PDFRenderer.scan(document)
    for options in [
      PDFRenderOptions(conformance: .pdfA3b, attachments: [bad, claim]), PDFRenderOptions(conformance: .pdfA2b),
      PDFRenderOptions(conformance: .pdfA3b, attachments: [claim]), PDFRenderOptions(conformance: .none, attachments: [bad]),
    ] {
      #expect(PDFRenderer.conformanceProblems(scanned, options: options) == (try PDFRenderer.conformanceProblems(document, options: options)))
    }
    for options in [PDFRenderOptions(conformance: .pdfA2b), PDFRenderOptions(conformance: .pdfA3b, attachments: [claim])] {
      // Twice from one scan: rendering leaves the scan as it was.
      let expected = try PDFRenderer.render(document, options: options)
      #expect(try PDFRenderer.render(scanned, options: options) == expected)
      #expect(try PDFRenderer.render(scanned, options: options) == expected)
    }
    #expect(throws: PDFRenderError.conformance([PDFConformanceProblem(.attachmentNotAllowed, at: .attachment("claim.json"))])) {
      try PDFRenderer.render(scanned, options: PDFRenderOptions(conformance: .pdfA2b, attachments: [claim]))
    }
  }

  @Test func plainPDFAllowsWhatPDFAForbids() throws {
    var bad = claim
    bad.mimeType = ""
    #expect(try PDFRenderer.conformanceProblems(document, options: PDFRenderOptions(conformance: .none, attachments: [bad])).isEmpty)
    _ = try PDFRenderer.render(document, options: PDFRenderOptions(conformance: .none, attachments: [bad]))
  }

  @Test func duplicateAttachmentNamesAreAnError() {
    #expect(throws: PDFRenderError.invalidAttachment(fileName: "claim.json", reason: "file name used twice")) {
      try PDFRenderer.render(document, options: PDFRenderOptions(conformance: .pdfA3b, attachments: [claim, claim]))
    }
  }

  @Test func pdfA3bWritesAssociatedFiles() throws {
    let text = try Fixtures.renderText(document, PDFRenderOptions(conformance: .pdfA3b, attachments: [claim], isCompressed: false))
    #expect(text.contains("<pdfaid:part>3</pdfaid:part>"))
    #expect(text.contains("/AF [") )
    #expect(text.contains("/EmbeddedFiles <<\n      /Names [(claim.json) "))
    #expect(text.contains("/Type /Filespec\n  /F (claim.json)\n  /UF (claim.json)\n  /Desc (The claim file)\n  /AFRelationship /Source"))
    #expect(text.contains("/Type /EmbeddedFile\n  /Subtype /application#2Fjson"))
    #expect(text.contains("/Size \(claim.data.count)"))
    #expect(text.contains("/ModDate (D:20260715000000+00'00')"))
    let md5 = MD5.hash(claim.data).map { String($0, radix: 16, uppercase: true).count == 1 ? "0" + String($0, radix: 16, uppercase: true) : String($0, radix: 16, uppercase: true) }.joined()
    #expect(text.contains("/CheckSum <\(md5)>"))
  }

  @Test(.enabled(if: ExternalTool.isInstalled("qpdf"))) func attachmentRoundTripsThroughQPDF() throws {
    let bytes = try PDFRenderer.render(document, options: PDFRenderOptions(conformance: .pdfA3b, attachments: [claim]))
    let path = try TemporaryFolder.file(bytes, name: "test.pdf", prefix: "pdfrender-tests")
    #expect(try ExternalTool.run("qpdf", ["--check", path], errorOutput: .merged).status == 0)
    #expect(try ExternalTool.run("qpdf", ["--list-attachments", path], errorOutput: .merged).output.contains("claim.json"))
    #expect(try ExternalTool.run("qpdf", ["--show-attachment=claim.json", path], errorOutput: .merged).output == String(decoding: claim.data, as: UTF8.self))
  }

  @Test func pdfAHasSRGBOutputIntentAndPlainPDFHasNone() throws {
    let archival = try Fixtures.renderText(document, PDFRenderOptions(conformance: .pdfA2b, isCompressed: false))
    #expect(archival.contains("/S /GTS_PDFA1"))
    #expect(archival.contains("/OutputConditionIdentifier (sRGB IEC61966-2.1)"))
    #expect(archival.contains("/DestOutputProfile "))
    #expect(archival.contains("/N 3\n  /Length 6922"))
    #expect(archival.hasPrefix("%PDF-1.7\n%"))
    let plain = try Fixtures.renderText(document, PDFRenderOptions(conformance: .none, isCompressed: false))
    #expect(!plain.contains("OutputIntents"))
    #expect(!plain.contains("pdfaid"))
  }

  @Test func metadataStreamIsNeverFiltered() throws {
    let text = String(decoding: try PDFRenderer.render(document, options: PDFRenderOptions(conformance: .pdfA2b)), as: UTF8.self)
    guard let r = text.range(of: "/Type/Metadata/Subtype/XML") else {
      Issue.record("no metadata stream")
      return
    }
    let dictionaryEnd = text[r.upperBound...].prefix(40)
    #expect(!dictionaryEnd.contains("Filter"))
    #expect(text.contains("<?xpacket begin="))
    #expect(!text.contains("/Encrypt"))
    #expect(!text.contains("/JavaScript"))
  }

  @Test func cmykJPEGIsAProblemUnderPDFA() {
    let jpeg = RasterImage(id: "scan-1", pixelWidth: 2, pixelHeight: 2, encoding: .jpeg(data: [0xFF, 0xD8, 0xFF, 0xD9], components: 4, invertCMYK: true))
    let page = Fixtures.page([(.image(ImageItem(image: jpeg, size: Size(width: .pt(20), height: .pt(20)))), Fixtures.point(0, 0))])
    let doc = LaidOutDocument(pages: [Fixtures.page([]), page], metadata: Fixtures.metadata())
    #expect(throws: PDFRenderError.conformance([PDFConformanceProblem(.deviceCMYKImage, at: .image(id: "scan-1", page: 1))])) {
      try PDFRenderer.render(doc, options: PDFRenderOptions(conformance: .pdfA2b))
    }
  }

  @Test func errorsExplainThemselves() {
    let error = PDFRenderError.conformance([
      PDFConformanceProblem(.attachmentNotAllowed, at: .attachment("a.csv")),
      PDFConformanceProblem(.fontEmbeddingRestricted, at: .font("X-1234")),
    ])
    #expect(error.description == """
      document does not conform:
        - attachment a.csv: PDF/A-2b does not allow attached files (use PDF/A-3b)
        - font X-1234: the font's licence does not allow embedding
      """)
    #expect(PDFRenderError.undefinedAnchor("x").description == "link or bookmark to undefined anchor \"x\"")
  }
}

@Suite struct FontLicenceTests {
  /// NotoSans with its OS/2 `fsType` set to 2 (restricted licence embedding).
  static func restrictedFont() throws -> Font {
    var data = Fixtures.regular.data
    let tableCount = Int(data[4]) << 8 | Int(data[5])
    for i in 0..<tableCount {
      let record = 12 + i * 16
      if Array(data[record..<record + 4]) == Array("OS/2".utf8) {
        let offset = Int(data[record + 8]) << 24 | Int(data[record + 9]) << 16 | Int(data[record + 10]) << 8 | Int(data[record + 11])
        data[offset + 8] = 0
        data[offset + 9] = 2
      }
    }
    return try Font(data: data, path: "restricted.ttf")
  }

  @Test func restrictedFontIsAProblemOnlyUnderPDFA() throws {
    let font = try Self.restrictedFont()
    let doc = LaidOutDocument(pages: [Fixtures.page([(.text(Fixtures.text("Hi", font: font)), Fixtures.point(10, 20))])],
                              metadata: Fixtures.metadata())
    #expect(throws: PDFRenderError.conformance([PDFConformanceProblem(.fontEmbeddingRestricted, at: .font(font.id))])) {
      try PDFRenderer.render(doc, options: PDFRenderOptions(conformance: .pdfA2b))
    }
    #expect(try PDFRenderer.conformanceProblems(doc, options: PDFRenderOptions(conformance: .none)).isEmpty)
    #expect(try PDFRenderer.conformanceProblems(doc, options: PDFRenderOptions(conformance: .pdfA2b, attachments: [
      PDFAttachment(fileName: "x.txt", mimeType: "text/plain", data: [], description: "x", modificationDate: 0)
    ])).count == 2)
  }
}

@Suite struct AttachmentOrderTests {
  @Test func embeddedFilesAreSortedByEncodedKey() throws {
    let doc = LaidOutDocument(pages: [Fixtures.page([])], metadata: Fixtures.metadata())
    func file(_ name: String) -> PDFAttachment {
      PDFAttachment(fileName: name, mimeType: "text/plain", data: Array(name.utf8), description: name, modificationDate: 0)
    }
    let text = try Fixtures.renderText(doc, PDFRenderOptions(conformance: .pdfA3b, attachments: [file("ä.txt"), file("b.txt"), file("a.txt")], isCompressed: false))
    guard let start = text.range(of: "/EmbeddedFiles <<\n      /Names [") else {
      Issue.record("no embedded files tree")
      return
    }
    let keys = text[start.upperBound...].prefix(80)
    #expect(keys.hasPrefix("(a.txt) "))
    let a = try #require(keys.range(of: "(a.txt)")), b = try #require(keys.range(of: "(b.txt)")), umlaut = try #require(keys.range(of: "<FEFF00E4002E007400780074>"))
    #expect(a.lowerBound < b.lowerBound && b.lowerBound < umlaut.lowerBound)
    // /F keeps an ASCII stand-in, /UF the exact name.
    #expect(text.contains("/F (_.txt)\n  /UF <FEFF00E4002E007400780074>"))
  }
}

@Suite struct NotdefTests {
  @Test func notdefGlyphIsAProblemWithFontAndPage() throws {
    // U+0E01 (Thai) is not in NotoSans: the fixture maps it to glyph 0.
    #expect(Fixtures.regular.glyph(for: "\u{0E01}") == nil)
    let missing = Fixtures.page([(.text(Fixtures.text("a\u{0E01}b")), Fixtures.point(10, 20)), (.text(Fixtures.text("\u{0E01}")), Fixtures.point(10, 40))])
    let doc = LaidOutDocument(pages: [Fixtures.page([(.text(Fixtures.text("fine")), Fixtures.point(10, 20))]), missing], metadata: Fixtures.metadata())
    let problems = try PDFRenderer.conformanceProblems(doc, options: PDFRenderOptions(conformance: .pdfA2b))
    #expect(problems == [PDFConformanceProblem(.notdefGlyph, at: .text(font: Fixtures.regular.id, page: 1))])
    #expect(problems[0].description == "text in \(Fixtures.regular.id) on page 2: text uses the .notdef glyph (a character missing from the font)")
    // Plain PDF draws it.
    #expect(try PDFRenderer.render(doc, options: PDFRenderOptions()).count > 0)
  }
}
