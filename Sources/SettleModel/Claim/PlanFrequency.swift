/// How often payment-plan instalments fall due; raw values are the claim file's spellings.
public enum PlanFrequency: String, Sendable, Hashable, CaseIterable {
  /// Every 7 days.
  case weekly
  /// Every 14 days.
  case biweekly
  /// On the first instalment's day of each month, clamped to the month's last day.
  case monthly

  /// The due date of instalment `index` (0 for the first) of a plan starting on `firstDue`.
  public func dueDate(ofInstallment index: Int, firstDue: CivilDate) -> CivilDate {
    switch self {
    case .weekly: return firstDue.adding(days: 7 * index)
    case .biweekly: return firstDue.adding(days: 14 * index)
    case .monthly: return firstDue.adding(months: index, anchorDay: firstDue.day)
    }
  }
}
