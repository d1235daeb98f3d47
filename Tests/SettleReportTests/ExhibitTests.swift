import Foundation
import SettleReport
import SettleTestSupport
import Testing
import Typeset

@Suite("Exhibits: Bates numbering")
struct ExhibitBatesTests {
  @Test func labelsAreZeroPaddedAndContinuous() {
    let bates = BatesNumbering(prefix: "ACME")
    #expect(bates.label(forPageNumber: 1) == "ACME-000001")
    #expect(bates.label(forPageNumber: 123) == "ACME-000123")
    let later = BatesNumbering(prefix: "ACME", firstNumber: 1000)
    #expect(later.label(forPageNumber: 2) == "ACME-001001")
    #expect(bates.range(firstPage: 5, lastPage: 7) == "ACME-000005 – ACME-000007")
    #expect(bates.range(firstPage: 5, lastPage: 5) == "ACME-000005")
    #expect(BatesNumbering(prefix: "X", digits: 3).label(forPageNumber: 12345) == "X-12345")
  }

  @Test func defaultPrefixComesFromTheCreditorsFirstWord() {
    #expect(BatesNumbering.defaultPrefix(for: "Acme Supplies Ltd") == "ACME")
    #expect(BatesNumbering.defaultPrefix(for: "Société Générale") == "SOCIETE")
    #expect(BatesNumbering.defaultPrefix(for: "  O'Brien & Sons") == "O")
    #expect(BatesNumbering.defaultPrefix(for: "Extraordinarilylongname GmbH") == "EXTRAORD")
    #expect(BatesNumbering.defaultPrefix(for: "東京") == "EXH")
    #expect(BatesNumbering(creditorName: "Acme Ltd").label(forPageNumber: 3) == "ACME-000003")
  }
}

@Suite("Exhibits: refusals name the file and the reason")
struct ExhibitRefusalTests {
  @Test func unknownFormat() {
    #expect(throws: ExhibitError.unusableFile(exhibit: 2, fileName: "notes.txt", reason: .unknownFormat)) {
      try Exhibit(number: 2, title: "Notes", fileName: "notes.txt", data: Array("hello".utf8))
    }
  }

  @Test func truncatedPDFAndImage() {
    do {
      _ = try Exhibit(number: 1, title: "Broken", fileName: "broken.pdf", data: Array("%PDF-1.4\n1 0 obj\n<<".utf8))
      Issue.record("a PDF without pages was accepted")
    } catch {
      #expect(String(describing: error).hasPrefix("exhibit 1 (broken.pdf): cannot import the PDF file"))
    }
    do {
      _ = try Exhibit(number: 4, title: "Scan", fileName: "scan.png", data: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])
      Issue.record("a truncated PNG was accepted")
    } catch {
      #expect(String(describing: error).hasPrefix("exhibit 4 (scan.png): cannot import the image"))
    }
  }
}

@Suite("Exhibits: the 15 corpus invoices as a packet section")
struct ExhibitPacketTests {
  /// Where each exhibit content page's original was drawn, from the laid-out frames.
  struct Placement {
    var page: Int
    var origin: Point
    var size: Size
    var embedded: any EmbeddedPage
  }

  static func placements(_ document: LaidOutDocument) -> [Placement] {
    var result: [Placement] = []
    func walk(_ frame: Frame, offset: Point, page: Int) {
      for item in frame.items {
        switch item.item {
        case .group(let inner): walk(inner, offset: item.position + offset, page: page)
        case .embeddedPage(let e): result.append(Placement(page: page, origin: item.position + offset, size: e.size, embedded: e.page))
        default: break
        }
      }
    }
    for (index, page) in document.pages.enumerated() { walk(page.frame, offset: .zero, page: index) }
    return result
  }

  /// The lowest text baseline-top on a page that is above `y` (to check nothing overlaps the original).
  static func textPositions(_ frame: Frame, offset: Point = .zero) -> [(Point, TextItem)] {
    var result: [(Point, TextItem)] = []
    for item in frame.items {
      switch item.item {
      case .group(let inner): result += textPositions(inner, offset: item.position + offset)
      case .text(let t): result.append((item.position + offset, t))
      default: break
      }
    }
    return result
  }

  @Test func invoicesBecomeStampedBatesNumberedPages() throws {
    let rows = ExhibitSupport.rows(in: "invoices")
    guard !rows.isEmpty else { return }
    var exhibits: [Exhibit] = []
    var originals: [[UInt8]] = []
    for (index, row) in rows.enumerated() {
      guard let bytes = try ExhibitSupport.bytes(row.path, sha256: row.sha256) else { return }
      let name = (row.path as NSString).lastPathComponent
      exhibits.append(try Exhibit(number: index + 1, title: "Invoice \(name)", fileName: name, data: bytes))
      originals.append(bytes)
    }
    #expect(exhibits.count == 15)
    let bates = BatesNumbering(prefix: "ACME")
    let section = ExhibitSection(exhibits: exhibits, bates: bates)
    let fonts = try FontBook(directory: ExhibitSupport.repositoryRoot + "/Fonts", includeSystemFallbacks: false)
    let metadata = DocumentMetadata(title: "Exhibits", creationDate: 0)
    let result = DocumentLayouter(fontBook: fonts).layout { section.makeDocument(references: $0, metadata: metadata) }
    let expectedPages = exhibits.reduce(0) { $0 + 1 + $1.pages.count }
    #expect(result.document.pages.count == expectedPages)
    // Page and Bates ranges are known after the second pass and match the placements.
    let placements = Self.placements(result.document)
    #expect(placements.count == expectedPages - exhibits.count)
    for exhibit in exhibits {
      let range = try #require(section.pageRange(of: exhibit, references: result.references))
      #expect(range.count == exhibit.pages.count)
      #expect(section.batesRange(of: exhibit, references: result.references)?.hasPrefix(bates.label(forPageNumber: range.lowerBound)) == true)
    }
    // The stamp and Bates number sit in the band below every original; nothing overlaps it.
    for placement in placements {
      let bottom = placement.origin.y + placement.size.height
      #expect(bottom <= result.document.pages[placement.page].size.height - ExhibitSection.bandHeight)
      for (position, text) in Self.textPositions(result.document.pages[placement.page].frame) {
        #expect(position.y - text.size > bottom, "text at \(position.y) overlaps the original ending at \(bottom)")
      }
    }
    let pdf = try PDFRenderer.render(result.document, options: PDFRenderOptions())
    guard ExternalTool.path("qpdf") != nil, ExternalTool.path("pdftoppm") != nil, ExternalTool.path("pdftotext") != nil else { return }
    let ours = try TemporaryFolder.file(pdf, name: "exhibits.pdf", prefix: "exhibit-tests")
    let check = try ExternalTool.run("qpdf", ["--check", ours], errorOutput: .merged)
    #expect(check.status == 0, "\(check.output.suffix(800))")
    // Every font is embedded, including the iText and TCPDF invoices' standard Helvetica.
    let fontsReport = try ExternalTool.run("pdffonts", [ours], errorOutput: .merged).output
    let fontRows = fontsReport.split(separator: "\n").dropFirst(2)
    #expect(fontRows.count > 15)
    for line in fontRows {
      let columns = line.split(separator: " ")
      #expect(columns.count >= 5 && columns[columns.count - 5] == "yes", "not embedded: \(line)")
    }
    var exhibitIndex = 0
    var pageInExhibit = 0
    for placement in placements {
      while pageInExhibit >= exhibits[exhibitIndex].pages.count {
        exhibitIndex += 1
        pageInExhibit = 0
      }
      defer { pageInExhibit += 1 }
      let exhibit = exhibits[exhibitIndex]
      let pageNumber = placement.page + 1
      // Text layer: the original's words, the stamp and the Bates number.
      let text = try ExternalTool.run("pdftotext", ["-f", String(pageNumber), "-l", String(pageNumber), ours, "-"], errorOutput: .merged).output
      #expect(text.contains("EXHIBIT \(exhibit.number)"))
      #expect(text.contains(bates.label(forPageNumber: pageNumber)))
      let original = try TemporaryFolder.file(originals[exhibitIndex], name: "original.pdf", prefix: "exhibit-tests")
      let originalText = try ExternalTool.run(
        "pdftotext", ["-f", String(pageInExhibit + 1), "-l", String(pageInExhibit + 1), original, "-"], errorOutput: .merged).output
      let words = Set(originalText.split(whereSeparator: { $0.isWhitespace }).filter { $0.count >= 4 }.map(String.init))
      let ourWords = Set(text.split(whereSeparator: { $0.isWhitespace }).map(String.init))
      if !words.isEmpty {
        let kept = Double(words.filter { ourWords.contains($0) }.count) / Double(words.count)
        #expect(kept > 0.9, "exhibit \(exhibit.number) page \(pageInExhibit + 1): \(kept) of the words extractable")
      }
      // Pixels: our content region against the original rendered at the matching scale.
      let dpi = 36.0
      let scale = Double(placement.size.width.microPoints) / Double(placement.embedded.displaySize.width.microPoints)
      guard let whole = try ExhibitSupport.render(ours, page: pageNumber, dpi: dpi),
        let reference = try ExhibitSupport.render(original, page: pageInExhibit + 1, dpi: dpi * scale)
      else {
        Issue.record("page \(pageNumber) did not render")
        continue
      }
      let toPixels = dpi / 72 / 1e6
      let region = whole.crop(
        x: Int((Double(placement.origin.x.microPoints) * toPixels).rounded()),
        y: Int((Double(placement.origin.y.microPoints) * toPixels).rounded()),
        w: reference.width, h: reference.height)
      let difference = try #require(region.mismatch(reference), "sizes \(region.width)x\(region.height) vs \(reference.width)x\(reference.height)")
      // Sub-pixel hairlines render slightly differently inside a Form XObject (up to ~2.5 %).
      #expect(difference < 0.04, "exhibit \(exhibit.number) page \(pageInExhibit + 1): \(difference) of the pixels differ")
    }
  }
}

@Suite("Exhibits: images, signatures and PDF/A problems")
struct ExhibitContentTests {
  static func load(_ path: String, number: Int) throws -> Exhibit? {
    let folder = String(path.split(separator: "/").first ?? "")
    guard let row = ExhibitSupport.rows(in: folder).first(where: { $0.path == path }),
      let bytes = try ExhibitSupport.bytes(row.path, sha256: row.sha256)
    else { return nil }
    return try Exhibit(number: number, title: "Exhibit from \(path)", fileName: (path as NSString).lastPathComponent, data: bytes)
  }

  @Test func imagesSignaturesAndProblemsAppearInTheSection() throws {
    guard let photo = try Self.load("images/exif-orientation-8-2x1.jpg", number: 1),
      let signed = try Self.load("structures/signed-linearized-xrefstream.pdf", number: 2),
      let form = try Self.load("structures/acroform-widgets-libreoffice.pdf", number: 3),
      let scan = try Self.load("images/invoice-render-rgb-iccp-2892x4093.png", number: 4)
    else { return }
    #expect(signed.wasSigned && !photo.wasSigned)
    // The only thing the importer cannot repair here: the form's non-embedded "Ubuntu" font.
    let section = ExhibitSection(exhibits: [photo, signed, form, scan], bates: BatesNumbering(prefix: "ACME", firstNumber: 120))
    #expect(section.conformanceProblems.count == 1)
    let problem = try #require(section.conformanceProblems.first)
    #expect(problem.exhibit == 3 && problem.fileName == "acroform-widgets-libreoffice.pdf" && problem.objectNumber == 37)
    #expect(problem.what.contains("Ubuntu"))
    let fonts = try FontBook(directory: ExhibitSupport.repositoryRoot + "/Fonts", includeSystemFallbacks: false)
    let result = DocumentLayouter(fontBook: fonts).layout {
      section.makeDocument(references: $0, metadata: DocumentMetadata(title: "Exhibits", creationDate: 0))
    }
    #expect(result.document.pages.count == 8)
    #expect(section.batesRange(of: scan, references: result.references) == "ACME-000127")
    #expect(section.pageRange(of: signed, references: result.references) == 4...4)
    // The photo is displayed upright: stored 2 × 1, shown 1 × 2 after EXIF orientation 8.
    let photoPage = try #require(section.exhibits[0].pages.first)
    #expect(photoPage.displaySize.height == photoPage.displaySize.width * 2)
    let pdf = try PDFRenderer.render(result.document, options: PDFRenderOptions())
    guard ExternalTool.path("pdftotext") != nil, ExternalTool.path("qpdf") != nil else { return }
    let path = try TemporaryFolder.file(pdf, name: "mixed.pdf", prefix: "exhibit-tests")
    #expect(try ExternalTool.run("qpdf", ["--check", path], errorOutput: .merged).status == 0)
    let tab = try ExternalTool.run("pdftotext", ["-f", "3", "-l", "3", path, "-"], errorOutput: .merged).output
    #expect(tab.contains("EXHIBIT 2") && tab.contains("digitally signed"))
    #expect(tab.contains("Bates ACME-000123"))
    let last = try ExternalTool.run("pdftotext", ["-f", "8", "-l", "8", path, "-"], errorOutput: .merged).output
    #expect(last.contains("EXHIBIT 4") && last.contains("ACME-000127"))
  }
}
