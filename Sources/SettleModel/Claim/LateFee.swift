/// A late fee charged once per charge (`terms.lateFee` in the claim file).
public enum LateFee: Sendable, Hashable {
  /// A fixed amount per charge (`{"flat": "25.00"}`).
  case flat(Money)
  /// A percentage of the charge's original amount, rounded half-up to minor units
  /// (`{"percent": "1.5"}`).
  case percent(Rate)
}
