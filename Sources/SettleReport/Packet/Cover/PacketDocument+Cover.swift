import SettleModel
import Typeset

extension PacketDocument {
  /// The court or jurisdiction line at the top of the cover.
  var courtLine: String {
    if let court = claim.intent.smallClaimsCourt, !court.isEmpty { return court }
    switch claim.jurisdiction {
    case .us: return "Small-claims court (United States)"
    case .usCA: return "Small claims court, State of California"
    case .usNY: return "Small claims / commercial claims part, State of New York"
    case .usTX: return "Justice court (small claims), State of Texas"
    }
  }

  /// Court, title, the parties as a caption, the claim's facts with the amount due, and the
  /// contents with page numbers.
  func cover(references: PageReferences) -> [Block] {
    let style = options.style
    var blocks: [Block] = []
    blocks.append(
      .paragraph(
        Paragraph(courtLine.uppercased(), textStyle: style.strong, style: ParagraphStyle(alignment: .center, spaceAfter: .pt(18)))))
    blocks.append(
      .paragraph(Paragraph(Self.title, textStyle: style.title, style: ParagraphStyle(alignment: .center, spaceAfter: .pt(4)))))
    blocks.append(
      .paragraph(
        Paragraph(
          "Claim on an account stated, with declaration, exhibits and log", textStyle: style.label,
          style: ParagraphStyle(alignment: .center, spaceAfter: .pt(18)))))

    // Caption: claimant and defendant side by side.
    let creditor = PartyBlock(creditor: claim.creditor)
    let customer = PartyBlock(customer: claim.customer)
    var rows = [
      TableRow(
        [
          TableCell("Claimant (creditor)", style: style.label), TableCell("", style: style.label),
          TableCell("Defendant (customer)", style: style.label),
        ])
    ]
    let count = max(creditor.allLines.count, customer.allLines.count)
    for index in 0..<count {
      let left =
        index < creditor.allLines.count
        ? creditor.cell(row: index, nameStyle: style.partyName, style: style.body) : TableCell("", style: style.body)
      let right =
        index < customer.allLines.count
        ? customer.cell(row: index, nameStyle: style.partyName, style: style.body) : TableCell("", style: style.body)
      rows.append(TableRow([left, TableCell(index == 0 ? "v." : "", style: style.strong, alignment: .center), right]))
    }
    var caption = style.plainTableStyle
    caption.spaceAfter = .pt(16)
    blocks.append(
      .table(
        Table(
          columns: [TableColumn(.fraction(1)), TableColumn(.fixed(.pt(36)), alignment: .center), TableColumn(.fraction(1))],
          bodyRows: rows, style: caption)))
    blocks.append(style.ruleBlock(before: .pt(0), after: .pt(10)))

    // The facts.
    let dueLabel = ledger.isCreditBalance ? "Credit balance" : "Amount due"
    var facts: [(String, String)] = [
      ("Claim reference", claim.id),
      ("Account", accountText),
      ("Jurisdiction", claim.jurisdiction.rawValue),
      ("Copy", copyDescription),
    ]
    if let pageCount = references.pageCount {
      facts.append(("Pages and Bates numbers", "\(pageCount) pages, \(batesNumber(ofPage: 1)) to \(batesNumber(ofPage: pageCount))"))
    } else {
      facts.append(("Pages and Bates numbers", "? pages, \(batesNumber(ofPage: 1)) to \(batesNumber(ofPage: 1))"))
    }
    var factRows = [
      TableRow([
        TableCell(dueLabel + " as of " + DateText.long(ledger.asOf), style: style.label),
        TableCell(AmountText.withCode(ledger.balance), style: style.amountDue, alignment: .left),
      ])
    ]
    for fact in facts {
      factRows.append(TableRow([TableCell(fact.0, style: style.label), TableCell(fact.1, style: style.strong)]))
    }
    var factStyle = style.plainTableStyle
    factStyle.cellPadding = EdgeInsets(top: .pt(2), left: .zero, bottom: .pt(2), right: .pt(8))
    blocks.append(.table(Table(columns: [TableColumn(.fixed(.pt(170))), TableColumn(.fraction(1))], bodyRows: factRows, style: factStyle)))

    // Contents.
    blocks.append(style.headingBlock("Contents"))
    var contents: [TableRow] = []
    for part in parts where part != .cover {
      if part == .exhibits {
        for exhibit in exhibits {
          contents.append(
            contentsRow(
              "    " + exhibit.label + ": " + exhibit.title, anchor: exhibitAnchor(exhibit), references: references,
              isStrong: false))
        }
        continue
      }
      contents.append(contentsRow(part.title, anchor: part.anchor, references: references, isStrong: true))
    }
    var contentsStyle = style.dataTableStyle
    contentsStyle.headerFill = nil
    contentsStyle.zebraFill = nil
    contentsStyle.footerRule = nil
    blocks.append(
      .table(
        Table(
          columns: [TableColumn(.fraction(1), alignment: .left), TableColumn(.fixed(.pt(60)), alignment: .right)],
          headerRows: [
            TableRow([TableCell("Part", style: style.tableHeader), TableCell("Page", style: style.tableHeader, alignment: .right)])
          ], bodyRows: contents, style: contentsStyle)))
    return blocks
  }

  /// "Filing copy (PDF/A-2b, …)" or "Archive copy (PDF/A-3b, …)".
  var copyDescription: String {
    switch options.copy {
    case .filing: return "Filing copy: PDF/A-2b, nothing attached, account numbers masked"
    case .archive: return "Archive copy: PDF/A-3b, original files attached"
    }
  }

  private func contentsRow(_ title: String, anchor: String, references: PageReferences, isStrong: Bool) -> TableRow {
    let style = options.style
    let page = references.pageNumber(of: anchor).map(String.init) ?? "?"
    return TableRow([
      TableCell(title, style: isStrong ? style.strong : style.body, link: .anchor(anchor)),
      TableCell(page, style: style.figure, alignment: .right, link: .anchor(anchor)),
    ])
  }
}
