import SettleModel
import Typeset

extension PacketDocument {
  /// Account details, the narrative, charges, payments and credits, fees and interest with rate,
  /// basis and date, aging, the contact history in brief and the payment options offered.
  func collectionReport() -> [Block] {
    let style = options.style
    var blocks: [Block] = [
      .paragraph(Paragraph(PacketPart.collectionReport.title, textStyle: style.title, style: ParagraphStyle(spaceAfter: .pt(8))))
    ]
    blocks += accountDetails()
    blocks.append(style.headingBlock("What was provided and why the balance is owed"))
    let paragraphs = claim.narrative.components(separatedBy: "\n\n").map { $0.replacingOccurrences(of: "\n", with: " ") }
      .filter { !$0.isEmpty }
    if paragraphs.isEmpty {
      blocks.append(style.bodyParagraph("The claim gives no narrative."))
    } else {
      for paragraph in paragraphs { blocks.append(style.bodyParagraph(paragraph)) }
    }
    blocks += chargesTable()
    blocks += paymentsAndCreditsTable()
    blocks += feesAndInterest()
    blocks += statementView.aging()
    blocks += contactHistory()
    blocks += paymentOptions()
    return blocks
  }

  /// The statement document over the same claim and ledger, in this packet's style.
  var statementView: StatementDocument {
    StatementDocument(
      claim: claim, ledger: ledger,
      options: StatementOptions(style: options.style, showsFullAccountNumber: options.copy == .archive))
  }

  private func accountDetails() -> [Block] {
    let style = options.style
    let customer = claim.customer
    // Name, phone and e-mail on rows of their own: joined on one line, a phone number after a
    // Hebrew or Arabic name would take the name's right-to-left order (UAX #9 rule W7).
    let contact = [("Contact", customer.contactName), ("Phone", customer.phone), ("E-mail", customer.email)]
    var rows: [(String, String)] = [("Customer", customer.displayName)] + contact.filter { !$0.1.isEmpty } + [
      ("Address", customer.address.joined(separator: ", ")),
      ("Account", accountText),
      ("Claim reference", claim.id),
      ("Currency", claim.currency.code),
    ]
    if let first = ledger.lines.first {
      rows.append(("First charge", DateText.long(first.charge.date) + " (" + first.charge.id + ")"))
    }
    rows += [
      ("Payment terms", "Net \(claim.terms.netDays) days"),
      ("Balance as of " + DateText.long(ledger.asOf), AmountText.withCode(ledger.balance)),
    ]
    let body = rows.map { TableRow([TableCell($0.0, style: style.label), TableCell($0.1, style: style.body)]) }
    var table = style.plainTableStyle
    table.cellPadding = EdgeInsets(top: .pt(1.5), left: .zero, bottom: .pt(1.5), right: .pt(8))
    return [
      style.headingBlock("Account"),
      .table(Table(columns: [TableColumn(.fixed(.pt(150))), TableColumn(.fraction(1))], bodyRows: body, style: table)),
    ]
  }

  private func chargesTable() -> [Block] {
    let style = options.style
    let code = claim.currency.code
    let header = TableRow(
      [
        TableCell("Invoice", style: style.tableHeader), TableCell("Date", style: style.tableHeader),
        TableCell("Due", style: style.tableHeader), TableCell("Description", style: style.tableHeader),
        TableCell("Amount (\(code))", style: style.tableHeader, alignment: .right),
        TableCell("Exhibit", style: style.tableHeader, alignment: .right),
      ])
    var body: [TableRow] = []
    body.reserveCapacity(ledger.lines.count)
    for line in ledger.lines {
      let exhibit = exhibits.first { $0.chargeID == line.charge.id }
      body.append(
        TableRow([
          TableCell(line.charge.id, style: style.body),
          TableCell(DateText.short(line.charge.date), style: style.figure),
          TableCell(DateText.short(line.dueDate), style: style.figure),
          TableCell(line.charge.description, style: style.body),
          TableCell(AmountText.figure(line.original), style: style.figure, alignment: .right),
          TableCell(
            exhibit.map { String($0.number) } ?? "", style: style.figure, alignment: .right,
            link: exhibit.map { .anchor(exhibitAnchor($0)) }),
        ]))
    }
    if body.isEmpty {
      body.append(TableRow([TableCell("No charges as of \(DateText.long(ledger.asOf)).", style: style.label, columnSpan: 6)]))
    }
    let footer = TableRow([
      TableCell("Total charges", style: style.strong, columnSpan: 4),
      TableCell(AmountText.figure(ledger.totals.charges), style: style.strongFigure, alignment: .right),
      TableCell("", style: style.body),
    ])
    let columns = [
      TableColumn(.auto), TableColumn(.auto), TableColumn(.auto), TableColumn(.fraction(1)),
      TableColumn(.auto, alignment: .right), TableColumn(.auto, alignment: .right),
    ]
    return [
      style.headingBlock("Charges"),
      .table(Table(columns: columns, headerRows: [header], bodyRows: body, footerRows: [footer], style: style.dataTableStyle)),
    ]
  }

  private func paymentsAndCreditsTable() -> [Block] {
    let style = options.style
    let code = claim.currency.code
    struct Row {
      var date: CivilDate
      var kind: String
      var detail: String
      var appliesTo: String
      var amount: Money
    }
    var rows: [Row] = []
    for payment in claim.payments where payment.date <= ledger.asOf {
      let detail = [payment.method, payment.reference ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")
      rows.append(Row(date: payment.date, kind: "Payment", detail: detail, appliesTo: payment.appliesTo ?? "oldest first", amount: payment.amount))
    }
    for credit in claim.credits where credit.date <= ledger.asOf {
      rows.append(Row(date: credit.date, kind: "Credit", detail: credit.reason, appliesTo: credit.appliesTo ?? "oldest first", amount: credit.amount))
    }
    rows.sort { $0.date < $1.date }
    let header = TableRow(
      [
        TableCell("Date", style: style.tableHeader), TableCell("Kind", style: style.tableHeader),
        TableCell("Method, reference or reason", style: style.tableHeader), TableCell("Applied to", style: style.tableHeader),
        TableCell("Amount (\(code))", style: style.tableHeader, alignment: .right),
      ])
    var body = rows.map { row in
      TableRow([
        TableCell(DateText.short(row.date), style: style.figure), TableCell(row.kind, style: style.body),
        TableCell(row.detail, style: style.body), TableCell(row.appliesTo, style: style.body),
        TableCell(AmountText.figure(row.amount), style: style.figure, alignment: .right),
      ])
    }
    if body.isEmpty {
      body.append(TableRow([TableCell("No payments or credits as of \(DateText.long(ledger.asOf)).", style: style.label, columnSpan: 5)]))
    }
    let footer = [
      TableRow([
        TableCell("Total payments", style: style.strong, columnSpan: 4),
        TableCell(AmountText.figure(ledger.totals.payments), style: style.strongFigure, alignment: .right),
      ]),
      TableRow([
        TableCell("Total credits", style: style.strong, columnSpan: 4),
        TableCell(AmountText.figure(ledger.totals.credits), style: style.strongFigure, alignment: .right),
      ]),
    ]
    let columns = [
      TableColumn(.auto), TableColumn(.auto), TableColumn(.fraction(1)), TableColumn(.auto), TableColumn(.auto, alignment: .right),
    ]
    return [
      style.headingBlock("Payments and credits"),
      .table(Table(columns: columns, headerRows: [header], bodyRows: body, footerRows: footer, style: style.dataTableStyle)),
    ]
  }

  private func feesAndInterest() -> [Block] {
    let style = options.style
    let asOf = DateText.long(ledger.asOf)
    var paragraphs: [String] = []
    switch claim.terms.lateFee {
    case .flat(let amount)?:
      paragraphs.append(
        "Late fee: \(AmountText.withCode(amount)) flat, once per invoice unpaid after its due date. Basis: the account's payment terms (contract). Late fees as of \(asOf): \(AmountText.withCode(ledger.totals.lateFees)).")
    case .percent(let rate)?:
      paragraphs.append(
        "Late fee: \(rate)% of the invoice amount, once per invoice unpaid after its due date. Basis: the account's payment terms (contract). Late fees as of \(asOf): \(AmountText.withCode(ledger.totals.lateFees)).")
    case nil:
      paragraphs.append("Late fee: none is claimed.")
    }
    if let interest = claim.terms.interest, !interest.annualPercent.isZero {
      paragraphs.append(
        "Interest: \(interest.annualPercent)% a year, simple, actual/365, on unpaid principal from each due date to \(asOf); none on fees, never compounded. Basis: the account's payment terms (contract). Interest as of \(asOf): \(AmountText.withCode(ledger.totals.interest)).")
    } else {
      paragraphs.append("Interest: none is claimed.")
    }
    paragraphs.append(
      "Balance as of \(asOf): charges \(AmountText.withCode(ledger.totals.charges)) + late fees \(AmountText.withCode(ledger.totals.lateFees)) + interest \(AmountText.withCode(ledger.totals.interest)) − payments \(AmountText.withCode(ledger.totals.payments)) − credits \(AmountText.withCode(ledger.totals.credits)) = \(AmountText.withCode(ledger.balance)).")
    return [style.headingBlock("Fees and interest")] + paragraphs.map { style.bodyParagraph($0) }
  }

  private func contactHistory() -> [Block] {
    let style = options.style
    var blocks = [style.headingBlock("Contact history in brief")]
    let events = timeline.map(\.event)
    guard let first = events.first, let last = events.last else {
      return blocks + [style.bodyParagraph("No contact is recorded in the log.")]
    }
    var counts: [(EventKind, Int)] = []
    for kind in EventKind.allCases {
      let n = events.filter { $0.kind == kind }.count
      if n > 0 { counts.append((kind, n)) }
    }
    let summary = counts.map { "\($0.1) × \(Self.kindText($0.0))" }.joined(separator: ", ")
    blocks.append(
      style.bodyParagraph(
        "\(events.count) event\(events.count == 1 ? "" : "s") logged from \(DateText.long(first.at.civilDate)) to \(DateText.long(last.at.civilDate)): \(summary). The full log with its hash chain is in the timeline appendix."))
    for event in events.suffix(5) {
      blocks.append(
        style.bodyParagraph(
          "• " + DateText.short(event.at.civilDate) + ", " + Self.kindText(event.kind)
            + (event.channel.map { " (" + $0 + ")" } ?? "") + ": " + event.summary, spaceAfter: .pt(2)))
    }
    return blocks
  }

  private func paymentOptions() -> [Block] {
    let style = options.style
    var text: [String] = []
    text.append(
      "Payment in full of \(AmountText.withCode(ledger.balance)) to \(claim.creditor.name), quoting claim \(claim.id).")
    if let plan = claim.paymentPlan {
      text.append(
        "A payment plan of \(plan.installments) \(plan.frequency.rawValue) installments from \(DateText.long(plan.firstDue)) was agreed.")
    }
    let proposals = timeline.map(\.event).filter { $0.kind == .planProposed || $0.kind == .planAccepted }
    for event in proposals {
      text.append(DateText.short(event.at.civilDate) + ": " + event.summary)
    }
    if claim.paymentPlan == nil && proposals.isEmpty {
      text.append("No payment plan is recorded as offered or agreed.")
    }
    return [.keepTogether([style.headingBlock("Payment options offered")] + text.map { style.bodyParagraph($0) })]
  }

  /// A readable name for an event kind ("notice sent").
  static func kindText(_ kind: EventKind) -> String {
    switch kind {
    case .statementSent: return "statement sent"
    case .noticeSent: return "notice sent"
    case .paymentReceived: return "payment received"
    case .planProposed: return "plan proposed"
    case .planAccepted: return "plan accepted"
    case .disputeRaised: return "dispute raised"
    case .disputeResolved: return "dispute resolved"
    case .callLogged: return "call"
    case .note: return "note"
    }
  }
}
