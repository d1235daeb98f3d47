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
