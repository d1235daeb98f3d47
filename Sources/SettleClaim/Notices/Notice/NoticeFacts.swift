import Foundation
import SettleModel

/// Everything a notice says about a claim, computed once from the claim and its ledger: the
/// template values, and the figures the wording guard and the tests check against.
public struct NoticeFacts: Sendable {
  /// The claim.
  public let claim: Claim
  /// Which message.
  public let kind: NoticeKind
  /// The ledger as of the notice date.
  public let ledger: LedgerResult
  /// The pay-by date given in the notice.
  public let payBy: CivilDate
  /// The balance itemized since the itemization date.
  public let itemization: Itemization
  /// The plan the notice shows: the agreed plan's schedule (`PaymentPlan.progress(for:asOf:)`),
  /// else — when there is no agreed plan or its schedule cannot be made, e.g. nothing was owed when
  /// it started — an example of `exampleInstallments` monthly instalments of the balance from the
  /// pay-by date, else nil (nothing due).
  public let plan: [Installment]?
  /// Whether `plan` is the claim's agreed plan.
  public let isAgreedPlan: Bool
  /// The latest dispute raised on or before as-of, and whether it is still open.
  public let latestDispute: Event?
  /// Whether a dispute raised on or before as-of has not been resolved since.
  public let hasOpenDispute: Bool

  /// The number of instalments in the example plan offered when none is agreed.
  public static let exampleInstallments = 3

  /// Computes the facts for `kind` as of `asOf`.
  /// - Throws: `NoticeError.ledger` when the ledger cannot be computed.
  public init(claim: Claim, kind: NoticeKind, asOf: CivilDate) throws(NoticeError) {
    self.claim = claim
    self.kind = kind
    do {
      ledger = try Ledger.compute(claim, asOf: asOf)
    } catch {
      throw .ledger(error.description)
    }
    payBy = asOf.adding(days: kind.daysToPay)
    itemization = try Itemization(claim: claim, ledger: ledger)

    var agreed: [Installment]?
    if let progress = try? PaymentPlan.progress(for: claim, asOf: asOf) {
      agreed = progress.installments.map(\.installment)
    }
    if let agreed {
      plan = agreed
      isAgreedPlan = true
    } else {
      let count = Int(min(Int64(Self.exampleInstallments), max(ledger.balance.minorUnits, 0)))
      plan = try? PaymentPlan.schedule(total: ledger.balance, installments: count, firstDue: payBy, frequency: .monthly)
      isAgreedPlan = false
    }

    var open = false
    var latest: Event?
    for event in Self.chronological(claim.events, asOf: asOf) {
      if event.kind == .disputeRaised {
        open = true
        latest = event
      } else if event.kind == .disputeResolved {
        open = false
      }
    }
    hasOpenDispute = open
    latestDispute = latest
  }

  /// The as-of date.
  public var asOf: CivilDate { ledger.asOf }

  /// Events on or before `asOf`, oldest first (ties keep file order).
  static func chronological(_ events: [Event], asOf: CivilDate) -> [Event] {
    events.enumerated()
      .filter { $0.element.at.civilDate <= asOf }
      .sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }
      .map(\.element)
  }

  /// The template values, matching `NoticeSchema.root`.
  public func values(formatting: TemplateFormatting) -> [String: TemplateValue] {
    let creditor = claim.creditor
    let customer = claim.customer
    let chargeLines = ledger.lines.map(chargeValue)
    let openLines = ledger.lines.filter { $0.openAmount.isPositive }.map(chargeValue)
    let overdue = ledger.lines.filter { $0.daysPastDue > 0 && $0.unpaidPrincipal.isPositive }
    var values: [String: TemplateValue] = [
      "kind": .text(kind.rawValue),
      "asOf": .date(asOf),
      "payBy": .date(payBy),
      "daysToPay": .integer(kind.daysToPay),
      "claim": .record(["id": .text(claim.id)]),
      "creditor": .record([
        "name": .text(creditor.name), "contact": .text(creditor.contact), "email": .text(creditor.email),
        "phone": .text(creditor.phone), "address": .list(creditor.address.map(TemplateValue.text)),
      ]),
      "customer": .record([
        "name": .text(customer.displayName), "businessName": .optionalText(customer.businessName),
        "contactName": .text(customer.contactName), "email": .text(customer.email),
        "accountNumber": .text(AccountNumber(customer.accountNumber).masked),
        "address": .list(customer.address.map(TemplateValue.text)),
      ]),
      "narrative": .list(Self.paragraphs(claim.narrative).map(TemplateValue.text)),
      "charges": .list(chargeLines),
      "openCharges": .list(openLines),
      "overdueCount": .integer(overdue.count),
      "oldestDaysPastDue": .integer(ledger.lines.filter { $0.openAmount.isPositive }.map(\.daysPastDue).max() ?? 0),
      "payments": .list(
        claim.payments.filter { $0.date <= asOf }.map { p in
          .record([
            "date": .date(p.date), "amount": .money(p.amount), "method": .text(p.method),
            "reference": .optionalText(p.reference),
          ])
        }),
      "credits": .list(
        claim.credits.filter { $0.date <= asOf }.map { c in
          .record(["date": .date(c.date), "amount": .money(c.amount), "reason": .text(c.reason)])
        }),
      "contacts": .list(
        Self.chronological(claim.events, asOf: asOf).map { e in
          .record([
            "date": .date(e.at.civilDate), "kind": .text(Self.words(for: e.kind)),
            "channel": .optionalText(e.channel), "summary": .text(e.summary),
          ])
        }),
      "balance": .record([
        "charges": .money(ledger.totals.charges), "lateFees": .money(ledger.totals.lateFees),
        "interest": .money(ledger.totals.interest), "payments": .money(ledger.totals.payments),
        "credits": .money(ledger.totals.credits), "due": .money(ledger.balance),
      ]),
      "itemization": .record([
        "date": .date(itemization.date), "basis": .text(itemization.basis), "amount": .money(itemization.amount),
        "newCharges": .money(itemization.newCharges), "interest": .money(itemization.interest),
        "fees": .money(itemization.fees), "payments": .money(itemization.payments),
        "credits": .money(itemization.credits), "due": .money(itemization.due),
        "hasNewCharges": .boolean(!itemization.newCharges.isZero),
      ]),
      "intent": .record([
        "smallClaimsCourt": .optionalText(claim.intent.smallClaimsCourt),
        "collectionAgency": .boolean(claim.intent.collectionAgency),
        "creditHold": .boolean(claim.intent.creditHold),
        "hasAny": .boolean(
          claim.intent.smallClaimsCourt != nil || claim.intent.collectionAgency || claim.intent.creditHold),
      ]),
      "dispute": .record([
        "isOpen": .boolean(hasOpenDispute),
        "raisedOn": latestDispute.map { .date($0.at.civilDate) } ?? .absent,
        "summary": .optionalText(latestDispute?.summary),
      ]),
      "jurisdiction": .text(Self.words(for: claim.jurisdiction)),
    ]
    values["terms"] = .record(termsValue(formatting: formatting))
    if let plan, let first = plan.first {
      let total = plan.reduce(Int64(0)) { $0 + $1.amount.minorUnits }
      values["plan"] = .record([
        "isAgreed": .boolean(isAgreedPlan),
        "installmentCount": .integer(plan.count),
        "frequency": .text(Self.words(for: isAgreedPlan ? (claim.paymentPlan?.frequency ?? .monthly) : .monthly)),
        "total": .money(Money(minorUnits: total, currency: first.amount.currency)),
        "schedule": .list(
          plan.map {
            .record(["number": .integer($0.number), "dueDate": .date($0.dueDate), "amount": .money($0.amount)])
          }),
      ])
    } else {
      values["plan"] = .absent
    }
    return values
  }

  private func chargeValue(_ line: ChargeLine) -> TemplateValue {
    .record([
      "id": .text(line.charge.id), "date": .date(line.charge.date), "dueDate": .date(line.dueDate),
      "description": .text(line.charge.description), "amount": .money(line.original), "paid": .money(line.paid),
      "unpaid": .money(line.unpaidPrincipal), "lateFee": .money(line.lateFee), "interest": .money(line.interest.amount),
      "open": .money(line.openAmount), "daysPastDue": .integer(line.daysPastDue),
      "isOverdue": .boolean(line.daysPastDue > 0 && line.unpaidPrincipal.isPositive),
      "isOpen": .boolean(line.openAmount.isPositive), "hasLateFee": .boolean(line.lateFee.isPositive),
      "hasInterest": .boolean(line.interest.amount.isPositive),
    ])
  }

  private func termsValue(formatting: TemplateFormatting) -> [String: TemplateValue] {
    var terms: [String: TemplateValue] = ["netDays": .integer(claim.terms.netDays)]
    switch claim.terms.lateFee {
    case .flat(let amount)?:
      terms["lateFee"] = .text("\(formatting.money.string(for: amount)) once per invoice not paid by its due date")
    case .percent(let rate)?:
      terms["lateFee"] = .text("\(rate)% of the invoice amount, once per invoice not paid by its due date")
    case nil:
      terms["lateFee"] = .absent
    }
    if let interest = claim.terms.interest {
      terms["interest"] = .record([
        "rate": .text("\(interest.annualPercent)% a year"),
        "basis": .text(
          "simple interest at \(interest.annualPercent)% a year on each invoice's unpaid amount, from its due date, "
            + "counted on an actual/365-day basis, as agreed in the payment terms; interest is not charged on fees "
            + "or on interest"),
      ])
    } else {
      terms["interest"] = .absent
    }
    return terms
  }

  /// The narrative's paragraphs (separated by blank lines), each on one line.
  static func paragraphs(_ text: String) -> [String] {
    var result: [String] = []
    var current: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = String(line).trimmingSpaces()
      if trimmed.isEmpty {
        if !current.isEmpty { result.append(current.joined(separator: " ")) }
        current = []
      } else {
        current.append(trimmed)
      }
    }
    if !current.isEmpty { result.append(current.joined(separator: " ")) }
    return result
  }

  static func words(for kind: EventKind) -> String {
    switch kind {
    case .statementSent: return "statement sent"
    case .noticeSent: return "notice sent"
    case .paymentReceived: return "payment received"
    case .planProposed: return "payment plan proposed"
    case .planAccepted: return "payment plan accepted"
    case .disputeRaised: return "dispute raised"
    case .disputeResolved: return "dispute resolved"
    case .callLogged: return "call"
    case .note: return "note"
    }
  }

  static func words(for frequency: PlanFrequency) -> String {
    switch frequency {
    case .weekly: return "weekly"
    case .biweekly: return "every two weeks"
    case .monthly: return "monthly"
    }
  }

  static func words(for jurisdiction: Jurisdiction) -> String {
    switch jurisdiction {
    case .us: return "the United States"
    case .usCA: return "California"
    case .usNY: return "New York"
    case .usTX: return "Texas"
    }
  }
}
