/// An agreed payment plan (`paymentPlan` in the claim file).
public struct PaymentPlanTerms: Sendable, Hashable {
  /// The number of instalments, 1 through 600.
  public var installments: Int
  /// The due date of the first instalment.
  public var firstDue: CivilDate
  /// How often instalments fall due.
  public var frequency: PlanFrequency

  /// Creates plan terms.
  public init(installments: Int, firstDue: CivilDate, frequency: PlanFrequency) {
    self.installments = installments
    self.firstDue = firstDue
    self.frequency = frequency
  }
}
