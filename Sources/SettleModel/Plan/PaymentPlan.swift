/// Payment-plan schedules and their progress.
public enum PaymentPlan {
  /// The most instalments a plan may have (50 years of monthly payments).
  public static let maximumInstallments = 600

  /// Splits `total` into `installments` instalments that sum to it exactly.
  ///
  /// Instalments 1 through N−1 are `total / N` rounded down to minor units; the last takes the
  /// remainder (so it is at most N−1 minor units larger). Weekly instalments fall every 7 days,
  /// biweekly every 14, monthly on `firstDue`'s day of each month, clamped to the month's end
  /// (from January 31: February 28 or 29, March 31, April 30, …).
  ///
  /// - Throws: ``PlanError`` when N < 1, N > ``maximumInstallments``, `total` ≤ 0, or N exceeds
  ///   `total` in minor units.
  public static func schedule(
    total: Money, installments: Int, firstDue: CivilDate, frequency: PlanFrequency
  ) throws(PlanError) -> [Installment] {
    guard installments >= 1 else { throw .tooFewInstallments(installments) }
    guard installments <= maximumInstallments else { throw .tooManyInstallments(installments) }
    guard total.isPositive else { throw .totalNotPositive(total) }
    let count = Int64(installments)
    guard count <= total.minorUnits else {
      throw .installmentsExceedMinorUnits(installments: installments, total: total)
    }
    let regular = total.minorUnits / count
    let last = total.minorUnits - regular * (count - 1)
    return (0..<installments).map { index in
      Installment(
        number: index + 1, dueDate: frequency.dueDate(ofInstallment: index, firstDue: firstDue),
        amount: Money(minorUnits: index == installments - 1 ? last : regular, currency: total.currency))
    }
  }

  /// The progress of a plan spreading `total`, given the payments received.
  ///
  /// The rule: payments dated from `startDate` through `asOf` (in any order; their sum is what
  /// counts, whatever their `appliesTo`; amounts in another currency are ignored) fill the
  /// instalments in order, each up to its amount.
  /// An instalment is then `paid` when filled; otherwise `late` when its due date is before
  /// `asOf`; the earliest remaining one due on or after `asOf` is `due`; the rest are `upcoming`.
  ///
  /// - Throws: ``PlanError`` when the schedule itself is invalid (see
  ///   ``schedule(total:installments:firstDue:frequency:)``).
  public static func progress(
    of terms: PaymentPlanTerms, total: Money, payments: [Payment], startDate: CivilDate, asOf: CivilDate
  ) throws(PlanError) -> PlanProgress {
    let schedule = try schedule(
      total: total, installments: terms.installments, firstDue: terms.firstDue, frequency: terms.frequency)
    var paid: Int64 = 0
    for payment in payments where payment.date >= startDate && payment.date <= asOf {
      guard payment.amount.currency == total.currency, payment.amount.minorUnits >= 0 else { continue }
      let (sum, overflow) = paid.addingReportingOverflow(payment.amount.minorUnits)
      paid = overflow ? .max : sum
    }
    var available = paid
    var sawDue = false
    var lines: [InstallmentProgress] = []
    for installment in schedule {
      let filled = min(available, installment.amount.minorUnits)
      available -= filled
      let status: InstallmentStatus
      if filled == installment.amount.minorUnits {
        status = .paid
      } else if installment.dueDate < asOf {
        status = .late
      } else if !sawDue {
        status = .due
        sawDue = true
      } else {
        status = .upcoming
      }
      lines.append(
        InstallmentProgress(
          installment: installment, paid: Money(minorUnits: filled, currency: total.currency), status: status))
    }
    return PlanProgress(
      terms: terms, startDate: startDate, total: total,
      paidTowardPlan: Money(minorUnits: paid, currency: total.currency), installments: lines)
  }

  /// The progress of the claim's agreed plan on `asOf`, or `nil` when the claim has no plan.
  ///
  /// The plan starts on the date (in its own offset) of the latest `planAccepted` event on or
  /// before `asOf`; without one, one period before the first due date (7 days, 14 days or one
  /// month), so an early first payment still counts. The plan spreads the ledger balance as of
  /// the day before the start; payments from the start on count toward it (see
  /// ``progress(of:total:payments:startDate:asOf:)``).
  ///
  /// - Throws: ``PlanError/ledger(_:)`` when the balance cannot be computed, or a schedule error
  ///   (for example ``PlanError/totalNotPositive(_:)`` when nothing was owed at the start).
  public static func progress(for claim: Claim, asOf: CivilDate) throws(PlanError) -> PlanProgress? {
    guard let terms = claim.paymentPlan else { return nil }
    let accepted = claim.events
      .filter { $0.kind == .planAccepted && $0.at.civilDate <= asOf }
      .map { $0.at.civilDate }
      .max()
    let start: CivilDate
    if let accepted {
      start = accepted
    } else {
      switch terms.frequency {
      case .weekly: start = terms.firstDue.adding(days: -7)
      case .biweekly: start = terms.firstDue.adding(days: -14)
      case .monthly: start = terms.firstDue.adding(months: -1)
      }
    }
    let ledger: LedgerResult
    do {
      ledger = try Ledger.compute(claim, asOf: start.adding(days: -1))
    } catch {
      throw .ledger(error)
    }
    return try progress(of: terms, total: ledger.balance, payments: claim.payments, startDate: start, asOf: asOf)
  }
}
