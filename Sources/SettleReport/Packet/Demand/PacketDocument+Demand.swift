import SettleModel
import Typeset

extension PacketDocument {
  /// Where a US #10 window envelope shows the recipient of a letter folded in three: 2 in from
  /// the top edge and 1 in from the left edge of Letter paper (the window is 4½ × 1⅛ in, ⅞ in
  /// from the left; a margin keeps the address clear of the window's edge when the sheet shifts).
  static let windowTop = Length.inches(2.0)
  static let windowLeft = Length.inches(1.0)
  /// The width of the address window (4½ in less the margins on both sides).
  static let windowWidth = Length.inches(4.0)

  /// The demand letter as sent, laid out as a letter, and its mailing record from the log.
  func demandProof(layouter: DocumentLayouter) -> [Block] {
    let style = options.style
    var blocks: [Block] = []
    if let letter = demand {
      blocks += letterBlocks(letter, layouter: layouter)
      blocks.append(.pageBreak)
    }
    blocks.append(
      .paragraph(Paragraph("Mailing record of the demand", textStyle: style.title, style: ParagraphStyle(spaceAfter: .pt(6)))))
    if demand == nil {
      blocks.append(
        style.bodyParagraph(
          "The demand letter could not be reproduced for this packet; the demand is shown as recorded in the communication log."))
    } else {
      blocks.append(
        style.bodyParagraph(
          "The letter on the previous page is the demand stage of the collection notices, made from the same ledger as of \(DateText.long(ledger.asOf)). Its sending, and every earlier notice, is recorded in the communication log:"))
    }
    let notices = timeline.filter { $0.event.kind == .noticeSent }
    if notices.isEmpty {
      blocks.append(
        style.bodyParagraph(
          "No notice is recorded as sent in the log. A court may require proof that payment was demanded before the claim was filed (e.g. Cal. Code Civ. Proc. § 116.320(b)(3); N.Y. commercial claims certify a demand letter mailed 10 to 180 days before filing)."))
      return blocks
    }
    let header = TableRow(
      ["Sent", "Channel", "What was sent", "Log chain"].map { TableCell($0, style: style.tableHeader) })
    let body = notices.map { entry in
      TableRow([
        TableCell(Self.instantText(entry.event.at), style: style.figure),
        TableCell(entry.event.channel ?? "–", style: style.body),
        TableCell(entry.event.summary, style: style.body),
        TableCell(Self.statusText(entry.status), style: entry.isVerified ? style.body : style.strong),
      ])
    }
    let columns = [TableColumn(.auto), TableColumn(.auto), TableColumn(.fraction(1)), TableColumn(.auto)]
    blocks.append(.table(Table(columns: columns, headerRows: [header], bodyRows: body, style: style.dataTableStyle)))
    return blocks
  }

  /// The letter: the return address at the top, the recipient in the window position, the date,
  /// the subject and the body.
  private func letterBlocks(_ letter: PacketLetter, layouter: DocumentLayouter) -> [Block] {
    let style = options.style
    let content = style.pageSize.width - style.margins.left - style.margins.right
    var frame = Frame(size: Size(width: content, height: Self.windowTop - style.margins.top + .pt(80)))
    let sender = layouter.makeFrame(lineBlocks(letter.sender, style: style), width: Length(microPoints: content.microPoints / 2)).frame
    frame.push(group: sender, at: .zero)
    let recipient = layouter.makeFrame(lineBlocks(letter.recipient, style: style), width: Self.windowWidth).frame
    frame.push(group: recipient, at: Point(x: Self.windowLeft - style.margins.left, y: Self.windowTop - style.margins.top))
    var blocks: [Block] = [.drawing(frame)]
    blocks.append(
      .paragraph(Paragraph(letter.dateLine, textStyle: style.body, style: ParagraphStyle(alignment: .right, spaceAfter: .pt(10)))))
    blocks.append(
      .paragraph(Paragraph(letter.subject, textStyle: style.strong, style: ParagraphStyle(spaceAfter: .pt(8)))))
    for block in letter.blocks {
      switch block {
      case .heading(let text):
        blocks.append(
          .paragraph(Paragraph(text, textStyle: style.strong, style: ParagraphStyle(spaceBefore: .pt(6), spaceAfter: .pt(3), keepsWithNext: true))))
      case .paragraph(let text):
        blocks.append(
          .paragraph(Paragraph(text, textStyle: style.body, style: ParagraphStyle(alignment: .justified, spaceAfter: .pt(5)))))
      case .lines(let lines):
        blocks += lineBlocks(lines, style: style, first: style.body)
        blocks.append(.spacer(.pt(5)))
      case .list(let items):
        for item in items { blocks.append(style.bodyParagraph("•  " + item, spaceAfter: .pt(2))) }
        blocks.append(.spacer(.pt(3)))
      case .table(let header, let rightAligned, let rows):
        // The left-aligned column with the longest text (the description) takes the width the
        // others leave; the rest are as wide as their widest cell, so no figure or date wraps.
        func isRight(_ index: Int) -> Bool { index < rightAligned.count && rightAligned[index] }
        let longest = header.indices.map { index in
          rows.reduce(header[index].count) { max($0, index < $1.cells.count ? $1.cells[index].count : 0) }
        }
        let widest = header.indices.filter { !isRight($0) }.max { longest[$0] < longest[$1] } ?? 0
        let columns = header.indices.map { index in
          TableColumn(index == widest ? .fraction(1) : .auto, alignment: isRight(index) ? .right : .left)
        }
        let head = TableRow(header.map { TableCell($0, style: style.tableHeader) })
        let body = rows.filter { !$0.isTotal }.map { row in
          TableRow(row.cells.map { TableCell($0, style: style.figure) })
        }
        let totals = rows.filter(\.isTotal).map { row in
          TableRow(row.cells.map { TableCell($0, style: style.strongFigure) })
        }
        blocks.append(
          .table(Table(columns: columns, headerRows: [head], bodyRows: body, footerRows: totals, style: style.dataTableStyle)))
      }
    }
    return blocks
  }

  private func lineBlocks(_ lines: [String], style: DocumentStyle, first: TextStyle? = nil) -> [Block] {
    lines.enumerated().map { index, line in
      .paragraph(Paragraph(line, textStyle: index == 0 ? (first ?? style.strong) : style.body, style: ParagraphStyle()))
    }
  }

  /// `2026-08-20 16:05 −07:00`: the event's local date, time and UTC offset as logged.
  static func instantText(_ instant: Instant) -> String {
    let text = instant.description
    // RFC 3339 → "date time zone"; the instant's own offset is kept.
    guard text.count >= 16 else { return text }
    let date = String(text.prefix(10))
    let time = String(text.dropFirst(11).prefix(5))
    var zone = "UTC"
    if let last = text.last, last != "Z", text.count >= 6 { zone = "UTC" + String(text.suffix(6)) }
    return date + " " + time + " " + zone
  }

  /// "verified", "MISSING", "BROKEN".
  static func statusText(_ status: TimelineEntry.ChainStatus) -> String {
    switch status {
    case .verified: return "verified"
    case .missing: return "MISSING"
    case .broken: return "BROKEN"
    case .unchecked: return "not checked"
    }
  }
}
