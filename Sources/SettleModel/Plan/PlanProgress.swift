/// How far an agreed payment plan has been kept on a date.
public struct PlanProgress: Sendable, Hashable {
  /// The agreed terms.
  public let terms: PaymentPlanTerms
  /// The first day from which payments count toward the plan.
  public let startDate: CivilDate
  /// The amount the plan spreads.
  public let total: Money
  /// Payments dated from `startDate` through the as-of date.
  public let paidTowardPlan: Money
  /// Every instalment with what has been paid on it and its status.
  public let installments: [InstallmentProgress]

  /// What remains to be paid under the plan (zero or more).
  public var remaining: Money {
    Money(minorUnits: max(0, total.minorUnits - paidTowardPlan.minorUnits), currency: total.currency)
  }

  /// Whether every instalment is paid.
  public var isComplete: Bool { installments.allSatisfy { $0.status == .paid } }

  /// The instalments that are late.
  public var lateInstallments: [InstallmentProgress] { installments.filter { $0.status == .late } }
}
