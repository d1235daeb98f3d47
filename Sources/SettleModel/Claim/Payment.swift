/// A payment received (`payments[]` in the claim file).
public struct Payment: Sendable, Hashable {
  /// The day the payment was received.
  public var date: CivilDate
  /// The amount received.
  public var amount: Money
  /// How it was paid ("check", "card", "bank transfer", …).
  public var method: String
  /// The cheque number, transaction id or similar.
  public var reference: String?
  /// The `id` of the charge the customer said it pays; otherwise the oldest charge first.
  public var appliesTo: String?

  /// Creates a payment.
  public init(date: CivilDate, amount: Money, method: String, reference: String? = nil, appliesTo: String? = nil) {
    self.date = date
    self.amount = amount
    self.method = method
    self.reference = reference
    self.appliesTo = appliesTo
  }
}
