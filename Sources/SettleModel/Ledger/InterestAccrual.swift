/// The simple interest on one charge and how it was computed.
///
/// Interest is `annualPercent / 100 × Σ(principal × days) / 365`, computed exactly in 128-bit
/// integers and rounded half-up to minor units once per charge. Each segment is a stretch of
/// days over which the unpaid principal did not change.
public struct InterestAccrual: Sendable, Hashable {
  /// The yearly rate applied, or `nil` when the claim's terms have no interest.
  public let annualPercent: Rate?
  /// The stretches of constant principal, in date order; empty when no interest accrued.
  public let segments: [InterestSegment]
  /// The interest, rounded half-up to minor units.
  public let amount: Money

  /// Creates an accrual.
  public init(annualPercent: Rate?, segments: [InterestSegment], amount: Money) {
    self.annualPercent = annualPercent
    self.segments = segments
    self.amount = amount
  }

  /// The number of days interest ran on some principal (the sum of the segments' days).
  public var days: Int { segments.reduce(0) { $0 + $1.days } }
}
