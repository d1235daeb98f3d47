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

/// A stretch of days over which a charge's unpaid principal was constant.
public struct InterestSegment: Sendable, Hashable {
  /// The first day of the stretch (the due date, or the day a payment took effect).
  public let from: CivilDate
  /// The day after the last day counted (the next payment's effective day, or the as-of date).
  public let to: CivilDate
  /// The unpaid principal during the stretch.
  public let principal: Money
  /// `to` minus `from` in days.
  public let days: Int

  /// Creates a segment.
  public init(from: CivilDate, to: CivilDate, principal: Money) {
    self.from = from
    self.to = to
    self.principal = principal
    self.days = to.days(since: from)
  }
}
