/// One instalment of a payment-plan schedule.
public struct Installment: Sendable, Hashable {
  /// The instalment's position, 1 for the first.
  public let number: Int
  /// When it is due.
  public let dueDate: CivilDate
  /// How much is due.
  public let amount: Money

  /// Creates an instalment.
  public init(number: Int, dueDate: CivilDate, amount: Money) {
    self.number = number
    self.dueDate = dueDate
    self.amount = amount
  }
}
