import SettleModel
import Typeset

extension PacketDocument {
  /// Who signs: the claim's declarant, else the creditor's contact.
  var signer: Declarant {
    if let declarant = claim.declarant { return declarant }
    let name = claim.creditor.contact.isEmpty ? claim.creditor.name : claim.creditor.contact
    return Declarant(name: name, title: "authorized representative", address: [], birthDate: nil)
  }

  /// The wording of this claim's jurisdiction filled with the claim's facts.
  public var declarationWording: DeclarationWording {
    let declarant = signer
    let blank = "____________________"
    let range: String
    switch exhibits.count {
    case 0: range = ""
    case 1: range = "Exhibit 1 is a true copy of the original record it shows, kept in the regular course of business."
    default:
      range =
        "Exhibits 1 to \(exhibits.count) are true copies of the original records they show, kept in the regular course of business; the SHA-256 of each original file is listed in the exhibit index."
    }
    let paymentsAndCredits = (try? ledger.totals.payments.adding(ledger.totals.credits)).map(AmountText.withCode) ?? ""
    let values: [String: String] = [
      "declarant": declarant.name,
      "declarantTitle": declarant.title.isEmpty ? "authorized representative" : declarant.title,
      "creditor": claim.creditor.name,
      "customer": claim.customer.displayName,
      "account": accountText,
      "balance": AmountText.withCode(ledger.balance),
      "asOf": DateText.long(ledger.asOf),
      "paymentsAndCredits": paymentsAndCredits,
      "exhibitSentence": range,
      "birthDate": declarant.birthDate.map(DateText.long) ?? blank,
      "declarantAddress": declarant.address.isEmpty ? blank : declarant.address.joined(separator: ", "),
    ]
    return options.declarations.wording(for: claim.jurisdiction).filled(with: values)
  }

  /// The declaration: title, numbered statements, the perjury clause, the execution line and a
  /// signature block, kept together from the clause on.
  func declaration() -> [Block] {
    let style = options.style
    let wording = declarationWording
    let declarant = signer
    var blocks: [Block] = [
      .paragraph(Paragraph(wording.title, textStyle: style.title, style: ParagraphStyle(spaceAfter: .pt(4)))),
      .paragraph(
        Paragraph(
          courtLine + " · " + claim.creditor.name + " v. " + claim.customer.displayName + " · Claim " + claim.id,
          textStyle: style.label, style: ParagraphStyle(spaceAfter: .pt(12)))),
    ]
    for (index, paragraph) in wording.body.enumerated() {
      blocks.append(
        .paragraph(
          Paragraph(
            "\(index + 1).  " + paragraph, textStyle: style.body,
            style: ParagraphStyle(alignment: .justified, spaceAfter: .pt(7), lineHeight: style.bodySize + .pt(4)))))
    }
    var closing: [Block] = [
      .paragraph(
        Paragraph(
          wording.attestation, textStyle: style.strong,
          style: ParagraphStyle(alignment: .justified, spaceBefore: .pt(6), spaceAfter: .pt(10), lineHeight: style.bodySize + .pt(4))))
    ]
    if !wording.jurat.isEmpty { closing.append(style.bodyParagraph(wording.jurat, spaceAfter: .pt(30))) }
    closing.append(.spacer(.pt(24)))
    var signature: [String] = [declarant.name]
    if !declarant.title.isEmpty { signature.append(declarant.title + ", " + claim.creditor.name) }
    if claim.jurisdiction == .usTX {
      signature.append("Declarant")
    }
    let rows =
      [TableRow([TableCell("________________________________________", style: style.body)])]
      + signature.enumerated().map { TableRow([TableCell($0.element, style: $0.offset == 0 ? style.strong : style.body)]) }
    closing.append(
      .table(Table(columns: [TableColumn(.fixed(.pt(260)))], bodyRows: rows, style: style.plainTableStyle)))
    blocks.append(.keepTogether(closing))
    return blocks
  }
}
