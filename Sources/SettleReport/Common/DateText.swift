import SettleModel

/// How Settle documents write dates.
///
/// Tables use ISO 8601 (`2026-06-01`): unambiguous for every reader and the same form as the
/// claim file. Prose and titles use the American long form (`June 1, 2026`).
public enum DateText {
  /// `2026-06-01`.
  public static func short(_ date: CivilDate) -> String { date.formatted(.iso8601) }

  /// `June 1, 2026`.
  public static func long(_ date: CivilDate) -> String { date.formatted(.monthDayYear) }
}
