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

/// A late fee charged once per charge (`terms.lateFee` in the claim file).
public enum LateFee: Sendable, Hashable {
  /// A fixed amount per charge (`{"flat": "25.00"}`).
  case flat(Money)
  /// A percentage of the charge's original amount, rounded half-up to minor units
  /// (`{"percent": "1.5"}`).
  case percent(Rate)
}

/// Agreed simple interest (`terms.interest` in the claim file).
public struct InterestTerms: Sendable, Hashable {
  /// The yearly rate in percent, applied on an actual/365 day basis.
  public var annualPercent: Rate

  /// Creates interest terms.
  public init(annualPercent: Rate) { self.annualPercent = annualPercent }
}
