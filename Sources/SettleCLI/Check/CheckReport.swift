import SettleClaim
import SettleModel

/// The words `settle check` prints for a valid claim: parties, each invoice, aging and the total due.
enum CheckReport {
  /// How interest is described: "12% a year, simple, actual/365, from the due date".
  static func interestBasis(_ rate: Rate) -> String { "\(rate)% a year, simple, actual/365, from the due date" }

  static func text(claim: Claim, ledger: LedgerResult, file: String, plan: PlanProgress?, chainIsIntact: Bool) -> String
  {
    var s = "Claim \(claim.id) (\(claim.currency.code)) in \(file), as of \(ledger.asOf)\n"
    s += "Creditor: \(claim.creditor.name) (contact: \(claim.creditor.contact))\n"
    let customer = claim.customer
    s += "Customer: \(customer.displayName)"
    if customer.businessName != nil { s += " (contact: \(customer.contactName))" }
    s += ", account \(AccountNumber(customer.accountNumber).masked)\n"
    s += "Terms: net \(claim.terms.netDays) days"
    switch claim.terms.lateFee {
    case .flat(let m)?: s += "; late fee \(PlainMoney.text(m)) once per invoice"
    case .percent(let r)?: s += "; late fee \(r)% of the invoice once"
    case nil: s += "; no late fee"
    }
    s += claim.terms.interest.map { "; interest \(interestBasis($0.annualPercent))" } ?? "; no interest"
    s += "\n\nInvoices\n"
    if ledger.lines.isEmpty { s += "  (none dated on or before \(ledger.asOf))\n" }
    for line in ledger.lines {
      let c = line.charge
      s += "  \(c.id) — \(c.description)\n"
      s += "    dated \(c.date), due \(line.dueDate)"
      if line.daysPastDue > 0 { s += ", \(line.daysPastDue) days past due" }
      s += "; \(statusWords(line.status))\n"
      s += "    amount      \(PlainMoney.text(line.original))\n"
      if line.paid.isPositive {
        s += "    paid        \(PlainMoney.text(line.paid))"
        let parts = line.allocations.map { a -> String in
          let what: String
          switch a.source {
          case .payment: what = "payment"
          case .credit: what = "credit"
          }
          return "\(what) of \(a.sourceDate) applied \(PlainMoney.text(a.amount))"
            + (a.effectiveDate != a.sourceDate ? " from \(a.effectiveDate)" : "")
        }
        s += " (" + parts.joined(separator: "; ") + ")\n"
      }
      if line.lateFee.isPositive {
        var how = "once, after the due date"
        if case .percent(let r)? = claim.terms.lateFee { how = "\(r)% of the invoice, once" }
        s += "    late fee    \(PlainMoney.text(line.lateFee)) (\(how))\n"
      }
      if let rate = line.interest.annualPercent, !line.interest.segments.isEmpty || line.interest.amount.isPositive {
        s += "    interest    \(PlainMoney.text(line.interest.amount)) (\(interestBasis(rate))"
        let segments = line.interest.segments.map {
          "\(PlainMoney.text($0.principal)) × \($0.days) days from \($0.from)"
        }
        if !segments.isEmpty { s += ": " + segments.joined(separator: " + ") }
        s += ")\n"
      }
      s += "    open        \(PlainMoney.text(line.openAmount))\n"
    }
    if ledger.unappliedCredit.isPositive {
      s += "\nUnapplied payments and credits: \(PlainMoney.text(ledger.unappliedCredit))\n"
    }
    if !ledger.excluded.isEmpty {
      let e = ledger.excluded
      s +=
        "\nLeft out (dated after \(ledger.asOf)): \(e.charges.count) charges, \(e.payments.count) payments, \(e.credits.count) credits\n"
    }
    s += "\nAging by due date\n"
    for (bucket, amount) in ledger.aging.buckets {
      s += "  " + pad(bucket.description, 9) + PlainMoney.text(amount) + "\n"
    }
    let t = ledger.totals
    s += "\nTotals\n"
    s += "  charges     \(PlainMoney.text(t.charges))\n"
    s += "  late fees   \(PlainMoney.text(t.lateFees))\n"
    s += "  interest    \(PlainMoney.text(t.interest))\n"
    s += "  payments    " + (t.payments.isPositive ? "-" : "") + PlainMoney.text(t.payments) + "\n"
    s += "  credits     " + (t.credits.isPositive ? "-" : "") + PlainMoney.text(t.credits) + "\n"
    if ledger.isCreditBalance {
      let owed = (try? ledger.balance.negated()) ?? ledger.balance
      s += "\nCredit balance: \(PlainMoney.text(owed)) is owed to the customer\n"
    } else {
      s += "\nTotal due: \(PlainMoney.text(ledger.balance))\n"
    }
    s += "\nCommunication log: \(claim.events.count) event\(claim.events.count == 1 ? "" : "s")"
    if !claim.events.isEmpty {
      s += chainIsIntact ? ", hash chain intact" : ", hash chain NOT intact (see the warning below)"
      if let last = claim.events.max(by: { $0.at < $1.at }) { s += "; latest \(last.kind.rawValue) at \(last.at)" }
    }
    s += "\n"
    if let plan {
      s +=
        "\nPayment plan: \(plan.terms.installments) \(plan.terms.frequency.rawValue) installments from \(plan.terms.firstDue)\n"
      for i in plan.installments {
        s +=
          "  \(pad(String(i.installment.number), 4))\(i.installment.dueDate)  \(PlainMoney.text(i.installment.amount))  \(i.status.rawValue)\n"
      }
    }
    return s
  }

  static func statusWords(_ status: ChargeStatus) -> String {
    switch status {
    case .paid: "paid"
    case .partiallyPaid: "partly paid, not yet due"
    case .open: "open, not yet due"
    case .overdue: "overdue"
    }
  }

  static func pad(_ s: String, _ width: Int) -> String {
    s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
  }
}
