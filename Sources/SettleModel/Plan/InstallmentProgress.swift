/// One instalment of a plan and how much of it has been paid.
public struct InstallmentProgress: Sendable, Hashable {
  /// The scheduled instalment.
  public let installment: Installment
  /// How much of it has been paid (payments fill instalments in order).
  public let paid: Money
  /// Its status on the as-of date.
  public let status: InstallmentStatus
}
