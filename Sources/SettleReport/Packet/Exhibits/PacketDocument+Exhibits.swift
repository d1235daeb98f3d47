import SettleModel
import Typeset

extension PacketDocument {
  /// The band at the top of exhibit pages that holds the stamp.
  static let exhibitStampBand = Length.pt(84)

  /// Every exhibit: a page template with its stamp, page labels `EX<n>-<k>`, its bookmark, the
  /// tab sheet, then each page of the original scaled into the content area.
  func exhibitBlocks() -> [Block] {
    var blocks: [Block] = []
    for (position, exhibit) in exhibits.enumerated() {
      blocks.append(.pageTemplate(exhibitTemplate(exhibit)))
      blocks.append(.pageLabels(PageLabelStyle(prefix: "EX\(exhibit.number)-")))
      if position == 0 {
        blocks.append(.outlineEntry(OutlineMarker(title: PacketPart.exhibits.title, anchor: PacketPart.exhibits.anchor, isOpen: true)))
      }
      blocks.append(
        .outlineEntry(OutlineMarker(title: exhibit.label + ": " + exhibit.title, anchor: exhibitAnchor(exhibit), level: 1)))
      blocks += tabSheet(exhibit)
      for (index, page) in exhibit.pages.enumerated() {
        blocks.append(.pageBreak)
        if index == exhibit.pages.count - 1 { blocks.append(.anchor(exhibitEndAnchor(exhibit))) }
        blocks.append(
          .embeddedPage(
            EmbeddedPageBlock(page, minimumHeightPercent: 100, border: Stroke(color: options.style.ruleColor, thickness: .pt(0.5)))))
      }
      if exhibit.pages.isEmpty { blocks.append(.anchor(exhibitEndAnchor(exhibit))) }
    }
    return blocks
  }

  /// The tab sheet: the exhibit's designation set large, its description, date and source file
  /// with the original's SHA-256.
  private func tabSheet(_ exhibit: PacketExhibit) -> [Block] {
    let style = options.style
    let big = TextStyle(font: FontStyle(isBold: true), size: .pt(40), color: style.accent)
    var blocks: [Block] = [.spacer(.pt(150))]
    blocks.append(.paragraph(Paragraph("EXHIBIT \(exhibit.number)", textStyle: big, style: ParagraphStyle(alignment: .center, spaceAfter: .pt(14)))))
    blocks.append(
      .paragraph(
        Paragraph(exhibit.title, textStyle: style.partyName, style: ParagraphStyle(alignment: .center, spaceAfter: .pt(8)))))
    var facts: [String] = []
    if let date = exhibit.date { facts.append("Dated " + DateText.long(date)) }
    facts.append("\(exhibit.pages.count) page\(exhibit.pages.count == 1 ? "" : "s") follow this sheet")
    blocks.append(
      .paragraph(
        Paragraph(facts.joined(separator: " · "), textStyle: style.label, style: ParagraphStyle(alignment: .center, spaceAfter: .pt(24)))))
    blocks.append(
      .paragraph(
        Paragraph(
          "Original file: " + exhibit.fileName + " (" + exhibit.mimeType + ", \(exhibit.original.count) bytes)", textStyle: style.small,
          style: ParagraphStyle(alignment: .center, spaceAfter: .pt(2)))))
    blocks.append(
      .paragraph(
        Paragraph("SHA-256 " + exhibit.sha256, textStyle: style.small, style: ParagraphStyle(alignment: .center, spaceAfter: .pt(2)))))
    return blocks
  }

  /// The exhibit pages' template: a taller top margin holding the stamp ("EXHIBIT 2 · page 3 of
  /// 4" in a shaded band with the title), the packet's footer with page and Bates numbers.
  private func exhibitTemplate(_ exhibit: PacketExhibit) -> PageTemplate {
    let style = options.style
    let label = "EXHIBIT \(exhibit.number)"
    let title = exhibit.title
    let total = exhibit.pages.count + 1
    let prefix = "EX\(exhibit.number)-"
    let reference = "Claim " + claim.id + " · Account " + accountText
    var margins = style.margins
    margins.top = Self.exhibitStampBand
    let stamp = TextStyle(font: FontStyle(isBold: true), size: style.headingSize, color: style.accent)
    let header: RunningContent = { page in
      var sheet = 1
      if let text = page.pageLabel, text.hasPrefix(prefix), let n = Int(text.dropFirst(prefix.count)) { sheet = n }
      let columns = [TableColumn(.fraction(1), alignment: .left), TableColumn(.auto, alignment: .right)]
      var tableStyle = style.plainTableStyle
      tableStyle.cellPadding = EdgeInsets(top: .pt(4), left: .pt(6), bottom: .pt(4), right: .pt(6))
      let row = TableRow(
        [
          TableCell(title, style: style.strong),
          TableCell(label + " · page \(sheet) of \(total)", style: stamp, alignment: .right),
        ], fill: style.headerFill)
      return [.table(Table(columns: columns, bodyRows: [row], style: tableStyle))]
    }
    return PageTemplate(
      size: style.pageSize, margins: margins, header: header, footer: footer(reference: reference), headerTop: .pt(30),
      footerBottom: .pt(30))
  }
}
