import SettleModel
import SettleReport
import Typeset

/// A small invoice PDF made with Settle's own engine, so the demo's exhibits need no files on
/// disk: letterhead, invoice number and dates, bill-to block, the line, the total and the terms.
enum DemoInvoice {
  /// The invoice for `charge` as PDF/A-2b bytes.
  /// - Throws: `PDFRenderError` when the PDF cannot be written.
  static func pdf(for charge: Charge, claim: Claim, fontBook: FontBook) throws(PDFRenderError) -> [UInt8] {
    let style = DocumentStyle.standard
    let due = charge.dueDate ?? charge.date.adding(days: claim.terms.netDays)
    let creditor = PartyBlock(creditor: claim.creditor)
    let customer = PartyBlock(customer: claim.customer)
    var blocks: [Block] = []
    var head: [TableRow] = [
      TableRow([
        creditor.cell(row: 0, nameStyle: style.partyName, style: style.body),
        TableCell("INVOICE", style: style.title, alignment: .right),
      ])
    ]
    let facts = ["Invoice " + charge.id, "Date " + DateText.short(charge.date), "Due " + DateText.short(due)]
    for index in 0..<max(creditor.lines.count, facts.count) {
      head.append(
        TableRow([
          creditor.cell(row: index + 1, nameStyle: style.partyName, style: style.label),
          TableCell(index < facts.count ? facts[index] : "", style: style.strong, alignment: .right),
        ]))
    }
    blocks.append(.table(Table(columns: [TableColumn(.fraction(1)), TableColumn(.fixed(.pt(160)))], bodyRows: head, style: style.plainTableStyle)))
    blocks.append(style.headingBlock("Bill to"))
    for (index, line) in customer.allLines.enumerated() {
      blocks.append(.paragraph(Paragraph(line, textStyle: index == 0 ? style.strong : style.body)))
    }
    let code = claim.currency.code
    let header = TableRow([
      TableCell("Description", style: style.tableHeader), TableCell("Amount (\(code))", style: style.tableHeader, alignment: .right),
    ])
    let body = [TableRow([TableCell(charge.description, style: style.body), TableCell(AmountText.figure(charge.amount), style: style.figure)])]
    let footer = [
      TableRow([TableCell("Total due by " + DateText.long(due), style: style.strong), TableCell(AmountText.figure(charge.amount), style: style.strongFigure)])
    ]
    var table = style.dataTableStyle
    table.spaceBefore = .pt(18)
    blocks.append(
      .table(
        Table(
          columns: [TableColumn(.fraction(1)), TableColumn(.auto, alignment: .right)], headerRows: [header], bodyRows: body,
          footerRows: footer, style: table)))
    blocks.append(
      style.bodyParagraph(
        "Terms: net \(claim.terms.netDays) days. Account \(AccountNumber(claim.customer.accountNumber).masked). Please quote the invoice number with your payment."))
    let document = Document(
      blocks: blocks, template: style.pageTemplate(header: nil, footer: nil),
      metadata: DocumentMetadata(
        title: "Invoice " + charge.id, author: claim.creditor.name, creationDate: Int64(charge.date.daysSinceEpoch) * 86_400))
    let laidOut = DocumentLayouter(fontBook: fontBook).layout(document).document
    return try PDFRenderer.render(laidOut, options: PDFRenderOptions(conformance: .pdfA2b))
  }
}
