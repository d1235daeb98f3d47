import SettleClaim
import SettleModel

/// The `settle check --json` document, schema `settle.check/1`, specified in `Docs/check-json.md`.
extension CheckReport {
  /// The identifier in the document's `schema` field.
  static let schema = "settle.check/1"

  static func json(
    file: String, asOf: CivilDate, diagnostics: [Diagnostic], claim: Claim?, ledger: LedgerResult?, plan: PlanProgress?
  ) -> String {
    let errors = diagnostics.filter { $0.severity == .error }.count
    var pairs: [(String, JSONValue)] = [
      ("schema", .string(schema)), ("file", .string(file)), ("asOf", .string(asOf.description)),
      ("valid", .bool(errors == 0 && ledger != nil)), ("errorCount", .number(String(errors))),
      ("warningCount", .number(String(diagnostics.count - errors))),
      ("diagnostics", .makeArray(diagnostics.map(diagnosticJSON))),
    ]
    if let claim, let ledger {
      pairs.append(("claim", claimJSON(claim, ledger, plan)))
    } else {
      pairs.append(("claim", .null))
    }
    // Every object is built in the order Docs/check-json.md lists its keys.
    return JSONWriter.pretty(.makeObject(pairs), keepsMemberOrder: true) + "\n"
  }

  static func diagnosticJSON(_ d: Diagnostic) -> JSONValue {
    var p: [(String, JSONValue)] = [
      ("severity", .string(d.severity.rawValue)), ("code", .string(d.kind.rawValue)), ("file", .string(d.file)),
    ]
    p.append(("line", d.location.map { .number(String($0.line)) } ?? .null))
    p.append(("column", d.location.map { .number(String($0.column)) } ?? .null))
    p.append(("path", d.path.map { .string($0.description) } ?? .null))
    p.append(("message", .string(d.message)))
    p.append(("found", d.found.map { .string($0) } ?? .null))
    p.append(("expected", d.expected.map { .string($0) } ?? .null))
    return .makeObject(p)
  }

  static func money(_ m: Money) -> JSONValue { .string(m.description) }

  static func claimJSON(_ claim: Claim, _ ledger: LedgerResult, _ plan: PlanProgress?) -> JSONValue {
    let charges: [JSONValue] = ledger.lines.map { line in
      .makeObject([
        ("id", .string(line.charge.id)), ("description", .string(line.charge.description)),
        ("date", .string(line.charge.date.description)), ("dueDate", .string(line.dueDate.description)),
        ("daysPastDue", .number(String(line.daysPastDue))), ("status", .string(line.status.rawValue)),
        ("amount", money(line.original)), ("paid", money(line.paid)), ("unpaidPrincipal", money(line.unpaidPrincipal)),
        ("lateFee", money(line.lateFee)), ("interest", money(line.interest.amount)),
        ("interestRate", line.interest.annualPercent.map { .string($0.description) } ?? .null),
        ("interestDays", .number(String(line.interest.days))), ("open", money(line.openAmount)),
      ])
    }
    let t = ledger.totals
    let aging: [(String, JSONValue)] = ledger.aging.buckets.map { (agingKey($0.bucket), money($0.amount)) }
    var pairs: [(String, JSONValue)] = [
      ("id", .string(claim.id)), ("currency", .string(claim.currency.code)), ("creditor", .string(claim.creditor.name)),
      ("customer", .string(claim.customer.displayName)), ("charges", .makeArray(charges)),
      ("unappliedCredit", money(ledger.unappliedCredit)),
      (
        "totals",
        .makeObject([
          ("charges", money(t.charges)), ("lateFees", money(t.lateFees)), ("interest", money(t.interest)),
          ("payments", money(t.payments)), ("credits", money(t.credits)),
        ])
      ),
      ("aging", .makeObject(aging)), ("balance", money(ledger.balance)),
      ("isCreditBalance", .bool(ledger.isCreditBalance)),
    ]
    if let plan {
      pairs.append(
        (
          "paymentPlan",
          .makeObject([
            ("frequency", .string(plan.terms.frequency.rawValue)),
            ("firstDue", .string(plan.terms.firstDue.description)),
            (
              "installments",
              .makeArray(
                plan.installments.map { i in
                  .makeObject([
                    ("number", .number(String(i.installment.number))),
                    ("dueDate", .string(i.installment.dueDate.description)),
                    ("amount", money(i.installment.amount)), ("paid", money(i.paid)),
                    ("status", .string(i.status.rawValue)),
                  ])
                })
            ),
          ])
        ))
    } else {
      pairs.append(("paymentPlan", .null))
    }
    return .makeObject(pairs)
  }

  /// Stable keys for aging buckets: `current`, `1-30`, `31-60`, `61-90`, `90+`.
  static func agingKey(_ bucket: AgingBucket) -> String {
    switch bucket {
    case .current: "current"
    case .days1To30: "1-30"
    case .days31To60: "31-60"
    case .days61To90: "61-90"
    case .over90: "90+"
    }
  }
}
