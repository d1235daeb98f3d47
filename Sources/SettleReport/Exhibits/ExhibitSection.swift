import Typeset

/// The exhibits part of a packet: for each exhibit a tab page ("EXHIBIT 3", its caption, file,
/// page range and Bates range), then its pages scaled into the area above a bottom band where
/// the stamp ("EXHIBIT 3") and the Bates number go, so they never cover the original's content.
///
/// The section is a list of blocks the packet assembler inserts into its document; page and
/// Bates ranges come from anchors through `PageReferences` (known from the second layout pass).
///
/// ```swift
/// let section = ExhibitSection(exhibits: exhibits, bates: BatesNumbering(creditorName: "Acme Ltd"))
/// let result = DocumentLayouter(fontBook: fonts).layout { refs in section.makeDocument(references: refs, metadata: m) }
/// ```
public struct ExhibitSection: Sendable {
  /// The exhibits, in order.
  public var exhibits: [Exhibit]
  /// The numbering the whole packet uses.
  public var bates: BatesNumbering
  /// The house style (paper, type, colours).
  public var style: DocumentStyle
  /// The outline level of the per-exhibit bookmarks (0 when the section stands alone).
  public var outlineLevel: Int

  /// The height of the band at the bottom of exhibit pages that holds stamp and Bates number.
  public static let bandHeight = Length.pt(43.2)
  /// The margin around an exhibit's pages on the other three sides.
  public static let sideMargin = Length.pt(18)

  /// Creates the section.
  public init(exhibits: [Exhibit], bates: BatesNumbering, style: DocumentStyle = DocumentStyle(), outlineLevel: Int = 0) {
    self.exhibits = exhibits
    self.bates = bates
    self.style = style
    self.outlineLevel = outlineLevel
  }

  /// The text of the stamp on every page of `exhibit`.
  public static func stamp(_ exhibit: Exhibit) -> String { "EXHIBIT \(exhibit.number)" }

  /// The page template of an exhibit's pages: narrow margins, the band at the bottom with the
  /// stamp at the left and the Bates number at the right.
  public func template(for exhibit: Exhibit) -> PageTemplate {
    let stamp = Self.stamp(exhibit)
    let bates = self.bates
    let stampStyle = TextStyle(font: FontStyle(isBold: true), size: style.bodySize + .pt(1), color: style.accent)
    var plain = style.plainTableStyle
    plain.cellPadding = .zero
    let tableStyle = plain
    return PageTemplate(
      size: style.pageSize,
      margins: EdgeInsets(top: Self.sideMargin, left: Self.sideMargin, bottom: Self.bandHeight, right: Self.sideMargin),
      header: nil,
      footer: { page in
        let columns = [TableColumn(.fraction(1), alignment: .left), TableColumn(.fraction(1), alignment: .right)]
        let row = TableRow([TableCell(stamp, style: stampStyle), TableCell(bates.label(forPageNumber: page.pageNumber), style: stampStyle)])
        return [.table(Table(columns: columns, bodyRows: [row], style: tableStyle))]
      },
      headerTop: Self.sideMargin, footerBottom: .pt(14))
  }

  /// The 1-based packet page numbers of the exhibit's content pages, once known.
  public func pageRange(of exhibit: Exhibit, references: PageReferences) -> ClosedRange<Int>? {
    guard let first = references.pageNumber(of: exhibit.firstPageAnchor),
      let last = references.pageNumber(of: exhibit.lastPageAnchor), first <= last
    else { return nil }
    return first...last
  }

  /// The Bates range of the exhibit's content pages ("ACME-000005 – ACME-000006"), once known.
  public func batesRange(of exhibit: Exhibit, references: PageReferences) -> String? {
    pageRange(of: exhibit, references: references).map { bates.range(firstPage: $0.lowerBound, lastPage: $0.upperBound) }
  }

  /// The section's blocks: each exhibit switches to its own template, so whatever follows the
  /// section must start with a `.pageTemplate` of its own.
  public func blocks(references: PageReferences) -> [Block] {
    var blocks: [Block] = []
    for exhibit in exhibits {
      blocks.append(.pageTemplate(template(for: exhibit)))
      blocks += tabPage(exhibit, references: references)
      let pages = exhibit.pages
      for (index, page) in pages.enumerated() {
        if index == 0 { blocks.append(.anchor(exhibit.firstPageAnchor)) }
        if index == pages.count - 1 { blocks.append(.anchor(exhibit.lastPageAnchor)) }
        blocks.append(.embeddedPage(EmbeddedPageBlock(page, minimumHeightPercent: 100)))
      }
    }
    return blocks
  }

  /// The tab page's blocks, ending with a page break.
  func tabPage(_ exhibit: Exhibit, references: PageReferences) -> [Block] {
    let centered = ParagraphStyle(alignment: .center, spaceAfter: .pt(8))
    let bigTitle = TextStyle(font: FontStyle(isBold: true), size: .pt(30), color: style.accent)
    let caption = TextStyle(font: FontStyle(isBold: true), size: style.headingSize + .pt(2), color: style.ink)
    var blocks: [Block] = [
      .anchor(exhibit.tabAnchor),
      .outlineEntry(OutlineMarker(title: Self.stamp(exhibit).capitalizedFirstWord + " — " + exhibit.title, anchor: exhibit.tabAnchor, level: outlineLevel)),
      // A drawing, unlike a spacer, is kept at the top of a page: the tab text sits a third down.
      .drawing(Frame(size: Size(width: .zero, height: .pt(200)))),
      .paragraph(Paragraph(Self.stamp(exhibit), textStyle: bigTitle, style: ParagraphStyle(alignment: .center, spaceAfter: .pt(14)))),
      .paragraph(Paragraph(exhibit.title, textStyle: caption, style: centered)),
      .paragraph(Paragraph("File: " + exhibit.fileName, textStyle: style.label, style: centered)),
    ]
    let count = exhibit.pages.count
    let pagesText = count == 1 ? "1 page" : "\(count) pages"
    if let range = pageRange(of: exhibit, references: references), let batesText = batesRange(of: exhibit, references: references) {
      let where_ = range.count == 1 ? "page \(range.lowerBound)" : "pages \(range.lowerBound)–\(range.upperBound)"
      blocks.append(.paragraph(Paragraph("\(pagesText), packet \(where_), Bates \(batesText)", textStyle: style.label, style: centered)))
    } else {
      blocks.append(.paragraph(Paragraph("\(pagesText), packet pages ?–?, Bates ?", textStyle: style.label, style: centered)))
    }
    if exhibit.wasSigned {
      blocks.append(.paragraph(Paragraph(
        "The original was digitally signed; the signature does not survive copying its pages and the signed original is attached in the archive copy.",
        textStyle: style.label, style: centered)))
    }
    blocks.append(.pageBreak)
    return blocks
  }

  /// Every unrepaired PDF/A problem of every exhibit, in exhibit order.
  public var conformanceProblems: [ExhibitConformanceProblem] { exhibits.flatMap(\.conformanceProblems) }

  /// The section as a document on its own (tests, or exhibits printed separately).
  public func makeDocument(references: PageReferences, metadata: DocumentMetadata) -> Document {
    let first = exhibits.first.map { template(for: $0) } ?? style.pageTemplate(header: nil, footer: nil)
    return Document(blocks: blocks(references: references), template: first, metadata: metadata)
  }

  /// Lays the section out alone (resolving page references) and renders it.
  /// - Throws: `PDFRenderError` when the PDF cannot be written.
  public func renderPDF(fontBook: FontBook, metadata: DocumentMetadata, conformance: PDFConformance = .none) throws(PDFRenderError) -> [UInt8] {
    let result = DocumentLayouter(fontBook: fontBook).layout { references in makeDocument(references: references, metadata: metadata) }
    return try PDFRenderer.render(result.document, options: PDFRenderOptions(conformance: conformance))
  }
}

extension String {
  /// "EXHIBIT 3" → "Exhibit 3".
  fileprivate var capitalizedFirstWord: String {
    guard let space = firstIndex(of: " ") else { return self }
    return String(self[..<space]).lowercased().capitalizedASCII + String(self[space...])
  }

  private var capitalizedASCII: String { prefix(1).uppercased() + dropFirst() }
}
