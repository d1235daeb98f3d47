import SettleModel
import Typeset

extension StatementDocument {
  /// Creditor letterhead on the left; title, statement date, account, claim and currency on the right.
  func masthead() -> [Block] {
    let style = options.style
    let creditor = PartyBlock(creditor: claim.creditor)
    let facts: [(String, String)] = [
      ("Statement date", DateText.long(ledger.asOf)),
      ("Account", accountText),
      ("Claim reference", claim.id),
      ("Currency", claim.currency.code),
    ]
    var rows = [
      TableRow([
        creditor.cell(row: 0, nameStyle: style.partyName, style: style.body),
        TableCell(Self.title, style: style.title, alignment: .right, columnSpan: 2),
      ])
    ]
    let count = max(creditor.lines.count, facts.count)
    for index in 0..<count {
      let fact = index < facts.count ? facts[index] : ("", "")
      rows.append(
        TableRow([
          creditor.cell(row: index + 1, nameStyle: style.partyName, style: style.label),
          TableCell(fact.0, style: style.label, alignment: .right),
          TableCell(fact.1, style: style.strong, alignment: .right),
        ]))
    }
    let columns = [TableColumn(.fraction(1)), TableColumn(.fixed(.pt(86))), TableColumn(.fixed(.pt(118)))]
    return [.table(Table(columns: columns, bodyRows: rows, style: style.plainTableStyle))]
  }

  /// The customer's block on the left, the amount due on the right.
  func billTo() -> [Block] {
    let style = options.style
    let customer = PartyBlock(customer: claim.customer)
    let dueLabel = ledger.isCreditBalance ? "Credit balance" : "Amount due"
    let right: [TableCell] = [
      TableCell(dueLabel, style: style.label, alignment: .right),
      TableCell(AmountText.withCode(ledger.balance), style: style.amountDue, alignment: .right),
      TableCell("as of " + DateText.long(ledger.asOf), style: style.label, alignment: .right),
    ]
    var rows = [TableRow([TableCell("Bill to", style: style.label, alignment: .left), right[0]])]
    let count = max(customer.allLines.count, right.count - 1)
    for index in 0..<count {
      let left =
        index < customer.allLines.count
        ? customer.cell(row: index, nameStyle: style.partyName, style: style.body)
        : TableCell("", style: style.body)
      let rightCell = index + 1 < right.count ? right[index + 1] : TableCell("", style: style.body)
      rows.append(TableRow([left, rightCell]))
    }
    var table = style.plainTableStyle
    table.spaceBefore = .pt(10)
    let columns = [TableColumn(.fraction(1)), TableColumn(.fixed(.pt(204)))]
    return [.table(Table(columns: columns, bodyRows: rows, style: table))]
  }

  /// Every statement line with its running balance; the header repeats on each page and the
  /// balance row stays with the last line.
  func activity() -> [Block] {
    let style = options.style
    let code = claim.currency.code
    let header = TableRow([
      TableCell("Date", style: style.tableHeader), TableCell("Reference", style: style.tableHeader),
      TableCell("Description", style: style.tableHeader),
      TableCell("Charges", style: style.tableHeader, alignment: .right),
      TableCell("Payments & credits", style: style.tableHeader, alignment: .right),
      TableCell("Balance (\(code))", style: style.tableHeader, alignment: .right),
    ])
    // Formatting dates and amounts is most of the work for a long statement: pieces of lines are
    // formatted on several threads (each row depends only on its line).
    let lines = ledger.statement
    let pieces = ParallelWork.ranges(of: lines.count, minimumSize: 250)
    var body = ParallelWork.map(pieces.count) { piece in
      pieces[piece].map { index in
        let line = lines[index]
        return TableRow([
          TableCell(DateText.short(line.date), style: style.figure),
          TableCell(line.reference, style: style.body),
          TableCell(line.description, style: style.body),
          TableCell(line.chargeAmount.map(AmountText.figure) ?? "", style: style.figure),
          TableCell(line.paymentAmount.map(AmountText.figure) ?? "", style: style.figure),
          TableCell(AmountText.figure(line.runningBalance), style: style.figure),
        ])
      }
    }.flatMap { $0 }
    if body.isEmpty {
      body.append(
        TableRow([TableCell("No charges, payments or credits as of \(DateText.long(ledger.asOf)).", style: style.label, columnSpan: 6)]))
    }
    let label = (ledger.isCreditBalance ? "Credit balance as of " : "Balance due as of ") + DateText.long(ledger.asOf)
    let footer = TableRow([
      TableCell(label, style: style.strong, alignment: .left, columnSpan: 5),
      TableCell(AmountText.figure(ledger.balance), style: style.strongFigure, alignment: .right),
    ])
    let columns = [
      TableColumn(.fixed(.pt(56)), alignment: .left), TableColumn(.fixed(.pt(60)), alignment: .left),
      TableColumn(.fraction(1), alignment: .left), TableColumn(.auto, alignment: .right),
      TableColumn(.auto, alignment: .right), TableColumn(.auto, alignment: .right),
    ]
    let table = Table(columns: columns, headerRows: [header], bodyRows: body, footerRows: [footer], style: style.dataTableStyle)
    return [style.headingBlock("Account activity"), .table(table)]
  }

  /// Charges, late fees, interest, payments, credits and the balance, each a ledger total.
  func summary() -> [Block] {
    let style = options.style
    let totals = ledger.totals
    let items: [(String, Money)] = [
      ("Charges", totals.charges), ("Late fees", totals.lateFees), ("Interest", totals.interest),
      ("Payments", totals.payments), ("Credits", totals.credits),
      (ledger.isCreditBalance ? "Credit balance" : "Balance due", ledger.balance),
    ]
    return [style.headingBlock("Account summary (\(claim.currency.code))"), figureTable(items, emphasizesLast: true)]
  }

  /// Open amounts by days past due (aged by due date).
  func aging() -> [Block] {
    let style = options.style
    var items: [(String, Money)] = ledger.aging.buckets.map { (agingHeading($0.bucket), $0.amount) }
    items.append(("Total open", ledger.aging.total))
    var blocks = [style.headingBlock("Aging by due date (\(claim.currency.code))"), figureTable(items, emphasizesLast: true)]
    if ledger.unappliedCredit.isPositive {
      blocks.append(
        style.bodyParagraph(
          "Unapplied payments and credits of \(AmountText.withCode(ledger.unappliedCredit)) reduce the open amount above to the balance of \(AmountText.withCode(ledger.balance))."
        ))
    }
    return [.keepTogether(blocks)]
  }

  /// One row per invoice with something open: dates, days past due, what was billed, paid and
  /// charged, what is open. Fully settled invoices appear only in the activity table.
  func invoiceStatus() -> [Block] {
    let open = ledger.lines.filter { !$0.openAmount.isZero }
    guard !open.isEmpty else { return [] }
    let style = options.style
    let titles = ["Invoice", "Due date", "Days past due", "Amount", "Paid", "Late fee", "Interest", "Open", "Status"]
    let header = TableRow(
      titles.enumerated().map { TableCell($0.element, style: style.tableHeader, alignment: $0.offset == 0 ? .left : .right) })
    var body: [TableRow] = []
    body.reserveCapacity(open.count)
    for line in open {
      body.append(
        TableRow([
          TableCell(line.charge.id, style: style.body),
          TableCell(DateText.short(line.dueDate), style: style.figure),
          TableCell(line.daysPastDue > 0 ? String(line.daysPastDue) : "–", style: style.figure),
          TableCell(AmountText.figure(line.original), style: style.figure),
          TableCell(AmountText.figure(line.paid), style: style.figure),
          TableCell(AmountText.figure(line.lateFee), style: style.figure),
          TableCell(AmountText.figure(line.interest.amount), style: style.figure),
          TableCell(AmountText.figure(line.openAmount), style: style.figure),
          TableCell(statusText(line.status), style: style.body),
        ]))
    }
    let columns = [TableColumn(.fraction(1), alignment: .left)] + Array(repeating: TableColumn(.auto, alignment: .right), count: 8)
    let table = Table(columns: columns, headerRows: [header], bodyRows: body, style: style.dataTableStyle)
    return [style.headingBlock("Open invoices (\(claim.currency.code))"), .table(table)]
  }

  /// Payment terms, and how late fees and interest were charged, with their amounts to date.
  func termsExplanation() -> [Block] {
    let style = options.style
    let terms = claim.terms
    var paragraphs: [String] = []
    paragraphs.append(
      "Payment terms: each invoice is due \(terms.netDays) day\(terms.netDays == 1 ? "" : "s") after its date unless it states its own due date.")
    switch terms.lateFee {
    case .flat(let amount)?:
      paragraphs.append(
        "Late fee: a flat \(AmountText.withCode(amount)) once per invoice whose principal was still unpaid after its due date. Late fees to date: \(AmountText.withCode(ledger.totals.lateFees)).")
    case .percent(let rate)?:
      paragraphs.append(
        "Late fee: \(rate)% of the invoice amount, rounded to the nearest minor unit, once per invoice whose principal was still unpaid after its due date. Late fees to date: \(AmountText.withCode(ledger.totals.lateFees)).")
    case nil:
      paragraphs.append("Late fee: none is charged on this account.")
    }
    if let interest = terms.interest, !interest.annualPercent.isZero {
      paragraphs.append(
        "Interest: \(interest.annualPercent)% a year, simple interest, actual/365, from each due date to \(DateText.long(ledger.asOf)) on the unpaid principal only; fees are not charged interest and interest is never compounded. Interest to date: \(AmountText.withCode(ledger.totals.interest)).")
    } else {
      paragraphs.append("Interest: none is charged on this account.")
    }
    var blocks = [style.headingBlock("Payment, terms, fees and interest")] + remittance()
    for text in paragraphs { blocks.append(style.finePrintParagraph(text, spaceAfter: .pt(2))) }
    return blocks
  }

  /// How to pay and whom to ask (set at the head of the terms).
  func remittance() -> [Block] {
    let style = options.style
    let creditor = claim.creditor
    var text: String
    if ledger.balance.isPositive {
      text =
        "Please pay \(AmountText.withCode(ledger.balance)) to \(creditor.name), quoting account \(accountText) and claim reference \(claim.id)."
    } else if ledger.isCreditBalance {
      text = "Your account has a credit balance of \(AmountText.withCode(ledger.balance)); nothing is due."
    } else {
      text = "Your account is paid in full. Thank you."
    }
    var contacts: [String] = []
    if !creditor.contact.isEmpty { contacts.append(creditor.contact) }
    // "phone" keeps the number in reading order after a Hebrew or Arabic name (UAX #9 rule W7).
    if !creditor.phone.isEmpty { contacts.append("phone " + creditor.phone) }
    if !creditor.email.isEmpty { contacts.append(creditor.email) }
    if !contacts.isEmpty { text += " Questions about this statement: " + contacts.joined(separator: ", ") + "." }
    return [style.bodyParagraph(text, spaceAfter: .pt(3))]
  }

  /// A one-row table of labelled amounts: header labels, then right-aligned figures.
  private func figureTable(_ items: [(String, Money)], emphasizesLast: Bool) -> Block {
    let style = options.style
    let header = TableRow(items.map { TableCell($0.0, style: style.tableHeader, alignment: .right) })
    let values = TableRow(
      items.enumerated().map { index, item in
        TableCell(
          AmountText.figure(item.1), style: emphasizesLast && index == items.count - 1 ? style.strongFigure : style.figure,
          alignment: .right)
      })
    var tableStyle = style.dataTableStyle
    tableStyle.zebraFill = nil
    tableStyle.spaceAfter = .zero
    let columns = Array(repeating: TableColumn(.fraction(1), alignment: .right), count: items.count)
    return .table(Table(columns: columns, headerRows: [header], bodyRows: [values], style: tableStyle))
  }

  private func agingHeading(_ bucket: AgingBucket) -> String {
    bucket == .current ? "Current" : bucket.description + " days"
  }

  private func statusText(_ status: ChargeStatus) -> String {
    switch status {
    case .paid: return "Paid"
    case .partiallyPaid: return "Part paid"
    case .open: return "Open"
    case .overdue: return "Overdue"
    }
  }
}
