/// Payment terms (`terms` in the claim file).
public struct Terms: Sendable, Hashable {
  /// Days after the charge date that a charge without its own `dueDate` is due.
  public var netDays: Int
  /// The late fee charged once per charge, if agreed.
  public var lateFee: LateFee?
  /// Simple interest from each charge's due date, if agreed.
  public var interest: InterestTerms?

  /// Creates terms.
  public init(netDays: Int, lateFee: LateFee? = nil, interest: InterestTerms? = nil) {
    self.netDays = netDays
    self.lateFee = lateFee
    self.interest = interest
  }
}
