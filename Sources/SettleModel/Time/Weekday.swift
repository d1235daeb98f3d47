/// A day of the week.
public enum Weekday: Int, Sendable, Hashable, CaseIterable, CustomStringConvertible {
  /// The days in order, Sunday first; raw values 0 (Sunday) through 6 (Saturday).
  case sunday, monday, tuesday, wednesday, thursday, friday, saturday

  /// Whether the day is Saturday or Sunday.
  public var isWeekend: Bool { self == .saturday || self == .sunday }

  /// The English name ("Monday").
  public var description: String {
    ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][rawValue]
  }
}
