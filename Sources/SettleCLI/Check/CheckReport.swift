import SettleClaim
import SettleModel

/// The words `settle check` prints for a valid claim: parties, each invoice, aging and the total due.
enum CheckReport {
  /// How interest is described: "12% a year, simple, actual/365, from the due date".
  static func interestBasis(_ rate: Rate) -> String { "\(rate)% a year, simple, actual/365, from the due date" }

  /// The report as UTF-8 bytes, written into one buffer (about 270 bytes per invoice).
  static func bytes(claim: Claim, ledger: LedgerResult, file: String, plan: PlanProgress?, chainIsIntact: Bool)
    -> ReportText
  {
    var s = ReportText(capacity: 4096 + 300 * ledger.lines.count)
    s.write("Claim \(claim.id) (\(claim.currency.code)) in \(file), as of \(ledger.asOf)\n")
    s.write("Creditor: \(claim.creditor.name) (contact: \(claim.creditor.contact))\n")
    let customer = claim.customer
    s.write("Customer: \(customer.displayName)")
    if customer.businessName != nil { s.write(" (contact: \(customer.contactName))") }
    s.write(", account \(AccountNumber(customer.accountNumber).masked)\n")
    s.write("Terms: net \(claim.terms.netDays) days")
    switch claim.terms.lateFee {
    case .flat(let m)?: s.write("; late fee \(PlainMoney.text(m)) once per invoice")
    case .percent(let r)?: s.write("; late fee \(r)% of the invoice once")
    case nil: s.write("; no late fee")
    }
    s.write(claim.terms.interest.map { "; interest \(interestBasis($0.annualPercent))" } ?? "; no interest")
    s.write("\n\nInvoices\n")
    if ledger.lines.isEmpty { s.write("  (none dated on or before \(ledger.asOf))\n") }
    var lateFeeHow = "once, after the due date"
    if case .percent(let r)? = claim.terms.lateFee { lateFeeHow = "\(r)% of the invoice, once" }
    var basis: (rate: Rate, text: String)?
    for line in ledger.lines {
      let c = line.charge
      s.write("  ")
      s.write(c.id)
      s.write(" — ")
      s.write(c.description)
      s.write("\n    dated ")
      s.write(c.date)
      s.write(", due ")
      s.write(line.dueDate)
      if line.daysPastDue > 0 {
        s.write(", ")
        s.write(line.daysPastDue)
        s.write(" days past due")
      }
      s.write("; ")
      s.write(statusWords(line.status))
      s.write("\n    amount      ")
      s.write(line.original)
      s.write("\n")
      if line.paid.isPositive {
        s.write("    paid        ")
        s.write(line.paid)
        s.write(" (")
        for (i, a) in line.allocations.enumerated() {
          if i > 0 { s.write("; ") }
          switch a.source {
          case .payment: s.write("payment of ")
          case .credit: s.write("credit of ")
          }
          s.write(a.sourceDate)
          s.write(" applied ")
          s.write(a.amount)
          if a.effectiveDate != a.sourceDate {
            s.write(" from ")
            s.write(a.effectiveDate)
          }
        }
        s.write(")\n")
      }
      if line.lateFee.isPositive {
        s.write("    late fee    ")
        s.write(line.lateFee)
        s.write(" (")
        s.write(lateFeeHow)
        s.write(")\n")
      }
      if let rate = line.interest.annualPercent, !line.interest.segments.isEmpty || line.interest.amount.isPositive {
        if basis?.rate != rate { basis = (rate, interestBasis(rate)) }
        s.write("    interest    ")
        s.write(line.interest.amount)
        s.write(" (")
        s.write(basis?.text ?? interestBasis(rate))
        for (i, segment) in line.interest.segments.enumerated() {
          s.write(i == 0 ? ": " : " + ")
          s.write(segment.principal)
          s.write(" × ")
          s.write(segment.days)
          s.write(" days from ")
          s.write(segment.from)
        }
        s.write(")\n")
      }
      s.write("    open        ")
      s.write(line.openAmount)
      s.write("\n")
    }
    if ledger.unappliedCredit.isPositive {
      s.write("\nUnapplied payments and credits: \(PlainMoney.text(ledger.unappliedCredit))\n")
    }
    if !ledger.excluded.isEmpty {
      let e = ledger.excluded
      s.write(
        "\nLeft out (dated after \(ledger.asOf)): \(e.charges.count) charges, \(e.payments.count) payments, \(e.credits.count) credits\n"
      )
    }
    s.write("\nAging by due date\n")
    for (bucket, amount) in ledger.aging.buckets {
      s.write("  ")
      s.write(bucket.description, paddedTo: 9)
      s.write(amount)
      s.write("\n")
    }
    let t = ledger.totals
    s.write("\nTotals\n")
    s.write("  charges     \(PlainMoney.text(t.charges))\n")
    s.write("  late fees   \(PlainMoney.text(t.lateFees))\n")
    s.write("  interest    \(PlainMoney.text(t.interest))\n")
    s.write("  payments    " + (t.payments.isPositive ? "-" : "") + PlainMoney.text(t.payments) + "\n")
    s.write("  credits     " + (t.credits.isPositive ? "-" : "") + PlainMoney.text(t.credits) + "\n")
    if ledger.isCreditBalance {
      let owed = (try? ledger.balance.negated()) ?? ledger.balance
      s.write("\nCredit balance: \(PlainMoney.text(owed)) is owed to the customer\n")
    } else {
      s.write("\nTotal due: \(PlainMoney.text(ledger.balance))\n")
    }
    s.write("\nCommunication log: \(claim.events.count) event\(claim.events.count == 1 ? "" : "s")")
    if !claim.events.isEmpty {
      s.write(chainIsIntact ? ", hash chain intact" : ", hash chain NOT intact (see the warning below)")
      if let last = claim.events.max(by: { $0.at < $1.at }) { s.write("; latest \(last.kind.rawValue) at \(last.at)") }
    }
    s.write("\n")
    if let plan {
      s.write(
        "\nPayment plan: \(plan.terms.installments) \(plan.terms.frequency.rawValue) installments from \(plan.terms.firstDue)\n"
      )
      for i in plan.installments {
        s.write("  ")
        s.write(String(i.installment.number), paddedTo: 4)
        s.write(i.installment.dueDate)
        s.write("  ")
        s.write(i.installment.amount)
        s.write("  ")
        s.write(i.status.rawValue)
        s.write("\n")
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
}
