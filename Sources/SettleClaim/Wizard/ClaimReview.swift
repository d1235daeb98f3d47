import SettleModel

/// The wizard's review screen: who, what, the terms, every invoice and payment, and the balance
/// as of today computed by `Ledger` (charges, late fees, interest, payments, total).
enum ClaimReview {
  static func text(of claim: Claim, asOf: CivilDate, folder: String, style: ConsoleStyle) -> String {
    var lines: [String] = []
    lines.append("Claim \(claim.id) in \(claim.currency.code), jurisdiction \(claim.jurisdiction.rawValue)")
    let creditor = claim.creditor
    lines.append(
      "From:  \(creditor.name), \(creditor.contact), "
        + [creditor.email, creditor.phone].filter { !$0.isEmpty }.joined(separator: ", "))
    lines.append("       " + creditor.address.joined(separator: ", "))
    let customer = claim.customer
    var to = customer.businessName.map { "\($0), \(customer.contactName)" } ?? customer.contactName
    let contact = [customer.email, customer.phone].filter { !$0.isEmpty }
    if !contact.isEmpty { to += ", " + contact.joined(separator: ", ") }
    lines.append("To:    " + to)
    lines.append("       " + customer.address.joined(separator: ", "))
    lines.append("       account \(customer.accountNumber)")
    lines.append("Terms: " + termsText(claim.terms))
    lines.append("")
    lines.append(style.question("What happened"))
    for line in claim.narrative.split(separator: "\n", omittingEmptySubsequences: false) { lines.append("  " + line) }

    lines.append("")
    lines.append(style.question("Invoices"))
    if claim.charges.isEmpty { lines.append("  (none)") }
    let idWidth = min(20, claim.charges.map(\.id.count).max() ?? 0)
    let amounts = claim.charges.map { MoneyText.plain($0.amount) } + claim.payments.map { MoneyText.plain($0.amount) }
    let amountWidth = amounts.map(\.count).max() ?? 0
    for charge in claim.charges {
      var line =
        "  " + pad(charge.id, idWidth) + "  " + charge.date.description + "  due "
        + (charge.dueDate ?? charge.dueDate(under: claim.terms)).description
      line += "  " + padLeft(MoneyText.plain(charge.amount), amountWidth) + "  " + charge.description
      lines.append(line)
      lines.append("  " + pad("", idWidth) + "  " + (charge.invoice.map { "invoice file: \($0)" } ?? "no invoice file"))
    }
    if !claim.payments.isEmpty {
      lines.append("")
      lines.append(style.question("Payments received"))
      for payment in claim.payments {
        var line =
          "  " + payment.date.description + "  " + padLeft(MoneyText.plain(payment.amount), amountWidth) + "  "
          + payment.method
        if let reference = payment.reference, !reference.isEmpty { line += " (\(reference))" }
        line += payment.appliesTo.map { ", for \($0)" } ?? ", oldest invoices first"
        lines.append(line)
      }
    }

    lines.append("")
    lines.append(style.question("Balance as of \(asOf)"))
    switch Result(catching: { () throws(LedgerError) -> LedgerResult in try Ledger.compute(claim, asOf: asOf) }) {
    case .success(let ledger):
      let t = ledger.totals
      let rows: [(String, Money, Bool)] = [
        ("charges", t.charges, false), ("late fees", t.lateFees, false), ("interest", t.interest, false),
        ("payments", t.payments, true),
      ]
      let width =
        (rows.map { MoneyText.plain($0.1).count + ($0.2 && $0.1.isPositive ? 1 : 0) } + [
          MoneyText.plain(ledger.balance).count
        ]).max() ?? 0
      for (label, amount, subtracts) in rows {
        lines.append(
          "  " + pad(label, 12) + padLeft((subtracts && amount.isPositive ? "-" : "") + MoneyText.plain(amount), width))
      }
      if ledger.isCreditBalance {
        lines.append(
          "  " + pad("credit", 12) + padLeft(MoneyText.plain(MoneyText.magnitude(ledger.balance)), width)
            + " owed to the customer")
      } else {
        lines.append("  " + pad("total due", 12) + padLeft(MoneyText.plain(ledger.balance), width))
      }
      if !ledger.excluded.isEmpty {
        lines.append("  (items dated after \(asOf) are left out)")
      }
    case .failure(let error):
      lines.append("  " + style.problem("the balance cannot be computed: \(error)"))
    }
    return lines.joined(separator: "\n")
  }

  static func termsText(_ terms: Terms) -> String {
    var s = "net \(terms.netDays) days"
    switch terms.lateFee {
    case .flat(let money)?: s += "; late fee \(MoneyText.plain(money)) once per invoice"
    case .percent(let rate)?: s += "; late fee \(rate)% of the invoice, once"
    case nil: s += "; no late fee"
    }
    s += terms.interest.map { "; interest \($0.annualPercent)% a year, simple, from the due date" } ?? "; no interest"
    return s
  }

  static func pad(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
  }
  static func padLeft(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
  }
}
