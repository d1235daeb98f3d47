/// A calendar date without time or time zone (proleptic Gregorian), as written in claim files:
/// `2026-07-01`.
///
/// All calendar arithmetic is integer math (days since 1970-01-01 via Howard Hinnant's
/// `days_from_civil`), so results never depend on the machine's calendar, locale or time zone.
/// Dates order chronologically.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  // Stored compactly (8 bytes) because ledgers hold tens of thousands of dates.
  private let storedYear: Int32
  private let storedMonth: UInt8
  private let storedDay: UInt8

  /// The year, 1 through 9999 for dates read or created with validation.
  public var year: Int { Int(storedYear) }
  /// The month, 1 (January) through 12.
  public var month: Int { Int(storedMonth) }
  /// The day of the month, 1 through 28, 29, 30 or 31.
  public var day: Int { Int(storedDay) }

  /// Creates a date after checking that it exists ("2026-02-30" does not).
  /// - Throws: ``DateError/yearOutOfRange(_:)``, ``DateError/invalidMonth(_:)`` or
  ///   ``DateError/invalidDay(year:month:day:)``.
  public init(year: Int, month: Int, day: Int) throws(DateError) {
    guard (1...9999).contains(year) else { throw .yearOutOfRange(year) }
    guard (1...12).contains(month) else { throw .invalidMonth(month) }
    guard day >= 1, day <= CivilDate.daysInMonth(year: year, month: month) else {
      throw .invalidDay(year: year, month: month, day: day)
    }
    self.init(unchecked: year, month, day)
  }

  /// The date `days` days after 1970-01-01 (negative for earlier dates).
  ///
  /// `days` is clamped to ±2⁴⁰ (about ±3 billion years) so that no input can overflow the
  /// arithmetic.
  public init(daysSinceEpoch days: Int) {
    let z = min(max(days, -(1 << 40)), 1 << 40) + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    self.init(unchecked: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// Reads a strict ISO 8601 calendar date `YYYY-MM-DD`: four-digit year, two-digit month and day,
  /// hyphens, nothing else.
  ///
  /// "2026-02-30", "2026-2-3" and "2026-02-03T00:00" are refused.
  public static func parse(_ text: String) -> Result<CivilDate, DateError> {
    do { return .success(try CivilDate(parsing: text)) } catch { return .failure(error) }
  }

  /// Creates a date from strict `YYYY-MM-DD`; see ``parse(_:)``.
  /// - Throws: ``DateError`` saying what is wrong.
  public init(parsing text: String) throws(DateError) {
    var text = text
    let fields = text.withUTF8 { bytes -> (year: Int, month: Int, day: Int)? in
      guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
        let year = CivilDate.number(bytes[0..<4]), let month = CivilDate.number(bytes[5..<7]),
        let day = CivilDate.number(bytes[8..<10])
      else { return nil }
      return (year, month, day)
    }
    guard let fields else { throw .malformedDate(text) }
    try self.init(year: fields.year, month: fields.month, day: fields.day)
  }

  /// Decimal value of ASCII digits, `nil` if any byte is not a digit.
  static func number(_ bytes: some Collection<UInt8>) -> Int? {
    var value = 0
    for byte in bytes {
      guard byte >= 48, byte <= 57 else { return nil }
      value = value * 10 + Int(byte - 48)
    }
    return value
  }

  /// Whether `year` is a Gregorian leap year.
  public static func isLeapYear(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in `month` of `year`.
  public static func daysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 2: return isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 (negative before it).
  public var daysSinceEpoch: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date `days` days later (earlier when negative).
  public func adding(days: Int) -> CivilDate {
    let (sum, overflow) = daysSinceEpoch.addingReportingOverflow(days)
    return CivilDate(daysSinceEpoch: overflow ? (days < 0 ? .min : .max) : sum)
  }

  /// The date `months` months later (earlier when negative) on `anchorDay`, clamped to the
  /// month's last day.
  ///
  /// Pass the original day of a series as `anchorDay` so that clamping does not drift: from
  /// January 31, `adding(months: 1, anchorDay: 31)` is February 28 (29 in leap years) and
  /// `adding(months: 2, anchorDay: 31)` is March 31. Without an anchor, this date's day is used.
  public func adding(months: Int, anchorDay: Int? = nil) -> CivilDate {
    let index = year * 12 + (month - 1) + min(max(months, -(1 << 40)), 1 << 40)
    let newYear = index >= 0 ? index / 12 : (index - 11) / 12
    let newMonth = index - newYear * 12 + 1
    let wanted = max(1, anchorDay ?? day)
    let clamped = min(wanted, CivilDate.daysInMonth(year: newYear, month: newMonth))
    return CivilDate(unchecked: newYear, newMonth, clamped)
  }

  /// The number of days from `other` to this date: positive when this date is later.
  public func days(since other: CivilDate) -> Int {
    daysSinceEpoch - other.daysSinceEpoch
  }

  /// The day of the week.
  public var weekday: Weekday {
    let days = daysSinceEpoch
    // 1970-01-01 was a Thursday (index 4 when Sunday is 0).
    let index = ((days % 7) + 7 + 4) % 7
    return Weekday.allCases[index]
  }

  /// The ISO 8601 form, `YYYY-MM-DD`.
  public var description: String { formatted(.iso8601) }

  /// The date in `style`: "2026-06-01", "1 June 2026" or "June 1, 2026".
  public func formatted(_ style: Style) -> String {
    switch style {
    case .iso8601:
      if let text = isoText { return text }
      return CivilDate.padded(year, 4) + "-" + CivilDate.padded(month, 2) + "-" + CivilDate.padded(day, 2)
    case .dayMonthYear:
      return "\(day) \(monthName) \(year)"
    case .monthDayYear:
      return "\(monthName) \(day), \(year)"
    }
  }

  /// The English name of the month ("June").
  public var monthName: String { CivilDate.monthNames[month - 1] }

  /// How ``formatted(_:)`` writes a date.
  public enum Style: Sendable, Hashable {
    /// `2026-06-01`.
    case iso8601
    /// `1 June 2026` (British and international English).
    case dayMonthYear
    /// `June 1, 2026` (American English).
    case monthDayYear
  }

  public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
    (lhs.storedYear, lhs.storedMonth, lhs.storedDay) < (rhs.storedYear, rhs.storedMonth, rhs.storedDay)
  }

  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]

  /// `YYYY-MM-DD` written digit by digit (reports print tens of thousands of dates), or nil
  /// for a year outside 0...9999, which `padded` handles.
  private var isoText: String? {
    let y = year, m = month, d = day
    guard (0...9999).contains(y) else { return nil }
    return String(unsafeUninitializedCapacity: 10) { buffer in
      func digit(_ v: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(v) }
      buffer[0] = digit(y / 1000)
      buffer[1] = digit(y / 100 % 10)
      buffer[2] = digit(y / 10 % 10)
      buffer[3] = digit(y % 10)
      buffer[4] = UInt8(ascii: "-")
      buffer[5] = digit(m / 10)
      buffer[6] = digit(m % 10)
      buffer[7] = UInt8(ascii: "-")
      buffer[8] = digit(d / 10)
      buffer[9] = digit(d % 10)
      return 10
    }
  }

  static func padded(_ value: Int, _ width: Int) -> String {
    let text = String(value.magnitude)
    return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - text.count)) + text
  }

  /// Stores a date known to be valid; the year is clamped to the 32-bit range (far beyond any
  /// date arithmetic on real claims).
  private init(unchecked year: Int, _ month: Int, _ day: Int) {
    self.storedYear = Int32(clamping: year)
    self.storedMonth = UInt8(truncatingIfNeeded: month)
    self.storedDay = UInt8(truncatingIfNeeded: day)
  }
}
