/// Why a text could not be read as a ``CivilDate`` or an ``Instant``, or why a date does not exist.
public enum DateError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The text is not in the form `YYYY-MM-DD` (the text is given).
  case malformedDate(String)
  /// The text is not an RFC 3339 instant such as `2026-07-15T10:00:00Z` (the text is given).
  case malformedInstant(String)
  /// The year is outside 1 through 9999.
  case yearOutOfRange(Int)
  /// The month is outside 1 through 12.
  case invalidMonth(Int)
  /// The month has no such day ("2026-02-30").
  case invalidDay(year: Int, month: Int, day: Int)
  /// The hour, minute or second is out of range (hour 24, minute 60, second 60 are refused).
  case invalidTime(String)
  /// The offset is missing or out of range; an instant needs "Z" or "±HH:MM" up to ±23:59.
  case invalidOffset(String)

  public var description: String {
    switch self {
    case .malformedDate(let text):
      return "\"\(text)\" is not a date in the form YYYY-MM-DD, e.g. 2026-07-01"
    case .malformedInstant(let text):
      return "\"\(text)\" is not a date and time with offset, e.g. 2026-07-15T10:00:00Z or 2026-07-15T12:00:00+02:00"
    case .yearOutOfRange(let year):
      return "the year \(year) is outside 0001 through 9999"
    case .invalidMonth(let month):
      return "there is no month \(month); months are 01 through 12"
    case .invalidDay(let year, let month, let day):
      guard (1...12).contains(month) else { return "there is no month \(month); months are 01 through 12" }
      return
        "\(CivilDate.monthNames[month - 1]) \(year) has no day \(day) (it has \(CivilDate.daysInMonth(year: year, month: month)) days)"
    case .invalidTime(let text):
      return "\"\(text)\" has a time of day out of range (hours 00–23, minutes and seconds 00–59)"
    case .invalidOffset(let text):
      return "\"\(text)\" needs a UTC offset: \"Z\" or \"+HH:MM\"/\"-HH:MM\" up to 23:59"
    }
  }
}
