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

/// One instalment of a plan and how much of it has been paid.
public struct InstallmentProgress: Sendable, Hashable {
  /// The scheduled instalment.
  public let installment: Installment
  /// How much of it has been paid (payments fill instalments in order).
  public let paid: Money
  /// Its status on the as-of date.
  public let status: InstallmentStatus
}

/// The status of an instalment on the as-of date.
public enum InstallmentStatus: String, Sendable, Hashable, CaseIterable {
  /// Paid in full.
  case paid
  /// The next instalment to pay: the earliest unpaid one whose due date is today or later.
  case due
  /// Not paid in full and its due date has passed.
  case late
  /// Not paid in full, due later than the instalment that is `due`.
  case upcoming
}
