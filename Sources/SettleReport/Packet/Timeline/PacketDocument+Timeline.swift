import SettleModel
import Typeset

extension PacketDocument {
  /// Whether every event's chain value was checked and found correct.
  public var isChainVerified: Bool { !timeline.isEmpty && timeline.allSatisfy(\.isVerified) }

  /// Every event with date, time and zone, kind, channel, summary and chain value with its
  /// check; the verdict and the chain head above the table. A broken or missing link is printed
  /// as such.
  func timelineAppendix() -> [Block] {
    let style = options.style
    var blocks: [Block] = [
      .paragraph(Paragraph(PacketPart.timeline.title, textStyle: style.title, style: ParagraphStyle(spaceAfter: .pt(6))))
    ]
    blocks.append(
      style.bodyParagraph(
        "The communication log of claim \(claim.id). Each event's chain value is the SHA-256 of the previous event's chain value followed by the event's canonical JSON (Docs/CLAIM_LOG.md), starting from 64 zeros; editing, removing or reordering any event changes every chain value after it."))
    let verdict: String
    if timeline.isEmpty {
      verdict = "The log is empty."
    } else if let broken = timeline.firstIndex(where: { !$0.isVerified }) {
      switch timeline[broken].status {
      case .unchecked:
        verdict = "The chain was not checked for this packet."
      case .missing:
        verdict = "CHAIN INCOMPLETE: event \(broken + 1) has no chain value, so the log from that event on is not protected."
      default:
        verdict = "CHAIN BROKEN at event \(broken + 1): its stored value is not the one recomputed from the log, so this event or one before it was changed after it was logged."
      }
    } else {
      verdict = "All \(timeline.count) events verified: every stored chain value equals the recomputed one."
    }
    blocks.append(
      .paragraph(
        Paragraph(verdict, textStyle: isChainVerified ? style.strong : TextStyle(font: FontStyle(isBold: true), size: style.bodySize, color: Color(hex: 0xB42318)), style: ParagraphStyle(spaceAfter: .pt(4)))))
    if let head = chainHead {
      blocks.append(style.bodyParagraph("Chain head (recomputed after event \(timeline.count)): " + head, spaceAfter: .pt(8)))
    }
    guard !timeline.isEmpty else { return blocks }
    let header = TableRow(
      ["No.", "Date, time and zone", "Kind", "Channel", "Summary"].enumerated().map {
        TableCell($0.element, style: style.tableHeader, alignment: $0.offset == 0 ? .right : .left)
      })
    var body: [TableRow] = []
    for (index, entry) in timeline.enumerated() {
      let event = entry.event
      body.append(
        TableRow([
          TableCell(String(index + 1), style: style.figure, alignment: .right),
          TableCell(Self.instantText(event.at), style: style.figure),
          TableCell(Self.kindText(event.kind), style: style.body),
          TableCell(event.channel ?? "–", style: style.body),
          TableCell(event.summary, style: style.body),
        ]))
      let chainText: String
      switch entry.status {
      case .verified: chainText = "chain " + (event.chain ?? "") + "  verified"
      case .missing(let expected): chainText = "chain MISSING (would be " + expected + ")"
      case .broken(let expected):
        chainText = "chain " + (event.chain ?? "") + "  BROKEN: recomputed " + expected
      case .unchecked: chainText = "chain " + (event.chain ?? "none") + "  not checked"
      }
      body.append(
        TableRow([
          TableCell("", style: style.small),
          TableCell(chainText, style: entry.isVerified ? style.small : TextStyle(font: FontStyle(isBold: true), size: style.smallSize, color: Color(hex: 0xB42318)), columnSpan: 4),
        ]))
    }
    var table = style.dataTableStyle
    table.zebraFill = nil
    let columns = [
      TableColumn(.fixed(.pt(24)), alignment: .right), TableColumn(.auto), TableColumn(.auto), TableColumn(.auto),
      TableColumn(.fraction(1)),
    ]
    blocks.append(.table(Table(columns: columns, headerRows: [header], bodyRows: body, style: table)))
    return blocks
  }
}
