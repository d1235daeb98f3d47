import Typeset

extension PacketDocument {
  /// The named destination at an exhibit's tab sheet.
  func exhibitAnchor(_ exhibit: PacketExhibit) -> String { "exhibit-\(exhibit.number)" }
  /// The named destination at an exhibit's last page.
  func exhibitEndAnchor(_ exhibit: PacketExhibit) -> String { "exhibit-\(exhibit.number)-end" }

  /// The exhibit's pages in the packet (tab sheet to last page), when known from a layout pass.
  public func pageRange(of exhibit: PacketExhibit, references: PageReferences) -> ClosedRange<Int>? {
    guard let first = references.pageNumber(of: exhibitAnchor(exhibit)),
      let last = references.pageNumber(of: exhibitEndAnchor(exhibit)), first <= last
    else { return nil }
    return first...last
  }

  /// What the Bates range column holds before the exhibit's pages are known (the first layout
  /// pass): a range as wide as a real one in the usual six digits, so that the title column wraps
  /// as it will once the pages are known, and the index rarely grows when they are (which would
  /// move every exhibit a page on and cost a third layout pass).
  var unknownBatesRange: String {
    let unknown = batesPrefix + "-" + String(repeating: "0", count: 6)
    return unknown + " – " + unknown
  }

  /// Number, title, date, pages, Bates range and SHA-256 of every exhibit, each linked to it.
  func exhibitIndex(references: PageReferences) -> [Block] {
    let style = options.style
    var blocks: [Block] = [
      .paragraph(Paragraph(PacketPart.exhibitIndex.title, textStyle: style.title, style: ParagraphStyle(spaceAfter: .pt(6))))
    ]
    guard !exhibits.isEmpty else {
      blocks.append(style.bodyParagraph("This packet has no exhibits: the claim names no invoice files and no further evidence."))
      return blocks
    }
    blocks.append(
      style.bodyParagraph(
        "Each exhibit begins with a tab sheet; every page carries its exhibit stamp at the top and its Bates number at the foot. The SHA-256 is that of the original file as received, so a copy can be checked against it."))
    let header = TableRow(
      ["No.", "Exhibit", "Date", "Pages", "Bates range"].enumerated().map {
        TableCell($0.element, style: style.tableHeader, alignment: $0.offset == 0 || $0.offset == 3 ? .right : .left)
      })
    var body: [TableRow] = []
    for exhibit in exhibits {
      let anchor = exhibitAnchor(exhibit)
      let range = pageRange(of: exhibit, references: references)
      let pages = range.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" } ?? "?"
      let bates = range.map { batesNumber(ofPage: $0.lowerBound) + " – " + batesNumber(ofPage: $0.upperBound) } ?? unknownBatesRange
      body.append(
        TableRow([
          TableCell(String(exhibit.number), style: style.strongFigure, alignment: .right, link: .anchor(anchor)),
          TableCell(exhibit.title, style: style.body, link: .anchor(anchor)),
          TableCell(exhibit.date.map(DateText.short) ?? "undated", style: style.figure),
          TableCell(pages, style: style.figure, alignment: .right, link: .anchor(anchor)),
          TableCell(bates, style: style.figure),
        ]))
      body.append(
        TableRow([
          TableCell("", style: style.small),
          TableCell(
            "SHA-256 " + exhibit.sha256 + " · " + exhibit.fileName + ", " + exhibit.mimeType + ", \(exhibit.original.count) bytes",
            style: style.small, columnSpan: 4),
        ]))
    }
    var table = style.dataTableStyle
    table.zebraFill = nil
    let columns = [
      TableColumn(.fixed(.pt(28)), alignment: .right), TableColumn(.fraction(1)), TableColumn(.auto),
      TableColumn(.auto, alignment: .right), TableColumn(.auto),
    ]
    blocks.append(.table(Table(columns: columns, headerRows: [header], bodyRows: body, style: table)))
    return blocks
  }
}
