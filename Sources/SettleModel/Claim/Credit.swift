/// A credit granted to the customer: a return, an allowance, a write-down (`credits[]` in the
/// claim file).
public struct Credit: Sendable, Hashable {
  /// The day the credit was granted.
  public var date: CivilDate
  /// The amount credited.
  public var amount: Money
  /// Why it was granted.
  public var reason: String
  /// The `id` of the charge it reduces; otherwise the oldest charge first.
  public var appliesTo: String?

  /// Creates a credit.
  public init(date: CivilDate, amount: Money, reason: String, appliesTo: String? = nil) {
    self.date = date
    self.amount = amount
    self.reason = reason
    self.appliesTo = appliesTo
  }
}
