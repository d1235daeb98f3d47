/// The status of an instalment on the as-of date.
public enum InstallmentStatus: String, Sendable, Hashable, CaseIterable {
  /// Paid in full.
  case paid
  /// The next instalment to pay: the earliest unpaid one whose due date is today or later.
  case due
  /// Not paid in full and its due date has passed.
  case late
  /// Not paid in full, due later than the instalment that is `due`.
  case upcoming
}
