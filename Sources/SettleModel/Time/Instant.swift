/// A moment in time read from an RFC 3339 timestamp with a UTC offset, keeping the offset it was
/// written with for display: `2026-07-15T10:00:00Z`, `2026-07-15T12:00:00+02:00`,
/// `2026-07-15T10:00:00.250Z`.
///
/// Two instants are equal when they have the same moment *and* the same offset; ordering is by
/// moment first, then offset, so `<` is consistent with `==`. Use ``isSameMoment(as:)`` to compare
/// moments alone.
public struct Instant: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Whole seconds since 1970-01-01T00:00:00Z (leap seconds not counted).
  public let secondsSinceEpoch: Int64
  /// The fraction of the second in nanoseconds, 0 through 999,999,999.
  public let nanoseconds: Int32
  /// The offset from UTC the instant was written with, in minutes (−1439 through 1439).
  public let offsetMinutes: Int

  /// The earliest second representable: 0001-01-01T00:00:00Z.
  public static let minimumSeconds: Int64 = -62_135_596_800
  /// The latest second representable: 9999-12-31T23:59:59Z.
  public static let maximumSeconds: Int64 = 253_402_300_799

  /// Creates an instant; `secondsSinceEpoch` is clamped to years 0001 through 9999 (see
  /// ``minimumSeconds`` and ``maximumSeconds``), `nanoseconds` to 0…999,999,999 and
  /// `offsetMinutes` to −1439…1439.
  public init(secondsSinceEpoch: Int64, nanoseconds: Int32 = 0, offsetMinutes: Int = 0) {
    self.secondsSinceEpoch = min(max(secondsSinceEpoch, Instant.minimumSeconds), Instant.maximumSeconds)
    self.nanoseconds = min(max(0, nanoseconds), 999_999_999)
    self.offsetMinutes = min(max(-1439, offsetMinutes), 1439)
  }

  /// Midnight at the start of `date` in UTC.
  public init(startOf date: CivilDate) {
    self.init(secondsSinceEpoch: Int64(date.daysSinceEpoch) * 86_400)
  }

  /// Reads a strict RFC 3339 timestamp: `YYYY-MM-DDTHH:MM:SS`, an optional fraction of one to nine
  /// digits, then `Z` or `±HH:MM`.
  ///
  /// "T" and "Z" may be lower case; `-00:00` reads as `Z`. Seconds of 60 (leap seconds), missing
  /// offsets and out-of-range fields are refused.
  public static func parse(_ text: String) -> Result<Instant, DateError> {
    do { return .success(try Instant(parsing: text)) } catch { return .failure(error) }
  }

  /// Creates an instant from strict RFC 3339; see ``parse(_:)``.
  /// - Throws: ``DateError`` saying what is wrong.
  public init(parsing text: String) throws(DateError) {
    let bytes = Array(text.utf8)
    guard bytes.count >= 20, bytes.count <= 35 else { throw .malformedInstant(text) }
    let t = bytes[10]
    guard t == UInt8(ascii: "T") || t == UInt8(ascii: "t"), bytes[13] == UInt8(ascii: ":"),
      bytes[16] == UInt8(ascii: ":")
    else { throw .malformedInstant(text) }
    let date: CivilDate
    do {
      date = try CivilDate(parsing: String(decoding: bytes[0..<10], as: UTF8.self))
    } catch {
      if case .malformedDate = error { throw .malformedInstant(text) }
      throw error
    }
    guard let hour = CivilDate.number(bytes[11..<13]), let minute = CivilDate.number(bytes[14..<16]),
      let second = CivilDate.number(bytes[17..<19])
    else { throw .malformedInstant(text) }
    guard hour < 24, minute < 60, second < 60 else { throw .invalidTime(text) }
    var index = 19
    var nanos: Int32 = 0
    if bytes[index] == UInt8(ascii: ".") {
      index += 1
      var digits = 0
      while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
        digits += 1
        guard digits <= 9 else { throw .malformedInstant(text) }
        nanos = nanos * 10 + Int32(bytes[index] - 48)
        index += 1
      }
      guard digits > 0 else { throw .malformedInstant(text) }
      for _ in digits..<9 { nanos *= 10 }
    }
    guard index < bytes.count else { throw .invalidOffset(text) }
    let rest = bytes[index...]
    var offset = 0
    if rest.count == 1, rest.first == UInt8(ascii: "Z") || rest.first == UInt8(ascii: "z") {
      offset = 0
    } else if rest.count == 6, let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
      rest[index + 3] == UInt8(ascii: ":")
    {
      guard let hours = CivilDate.number(rest[(index + 1)..<(index + 3)]),
        let minutes = CivilDate.number(rest[(index + 4)..<(index + 6)]), hours < 24, minutes < 60
      else { throw .invalidOffset(text) }
      offset = (hours * 60 + minutes) * (sign == UInt8(ascii: "-") ? -1 : 1)
    } else {
      throw .invalidOffset(text)
    }
    let localSeconds = Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    self.secondsSinceEpoch = localSeconds - Int64(offset) * 60
    self.nanoseconds = nanos
    self.offsetMinutes = offset
  }

  /// Seconds since the epoch in the instant's own offset (local wall-clock seconds).
  private var localSeconds: Int64 { secondsSinceEpoch + Int64(offsetMinutes) * 60 }

  /// The calendar date in the instant's own offset: `2026-07-15T23:30:00-05:00` is on July 15
  /// even though it is July 16 in UTC.
  public var civilDate: CivilDate {
    let days = localSeconds >= 0 ? localSeconds / 86_400 : (localSeconds - 86_399) / 86_400
    return CivilDate(daysSinceEpoch: Int(days))
  }

  /// The wall-clock time in the instant's own offset: hour 0–23, minute and second 0–59.
  public var timeOfDay: (hour: Int, minute: Int, second: Int) {
    let days = localSeconds >= 0 ? localSeconds / 86_400 : (localSeconds - 86_399) / 86_400
    let seconds = Int(localSeconds - days * 86_400)
    return (seconds / 3600, seconds / 60 % 60, seconds % 60)
  }

  /// The same moment written with a different offset (minutes east of UTC).
  public func withOffset(minutes: Int) -> Instant {
    Instant(secondsSinceEpoch: secondsSinceEpoch, nanoseconds: nanoseconds, offsetMinutes: minutes)
  }

  /// Whether both instants denote the same moment, whatever their offsets.
  public func isSameMoment(as other: Instant) -> Bool {
    secondsSinceEpoch == other.secondsSinceEpoch && nanoseconds == other.nanoseconds
  }

  /// The canonical RFC 3339 form: upper-case "T", the fraction with trailing zeros removed (none
  /// when zero), and "Z" for a zero offset, else "±HH:MM".
  ///
  /// Reading it back gives an equal instant.
  public var description: String {
    let (hour, minute, second) = timeOfDay
    var text =
      civilDate.formatted(.iso8601) + "T" + CivilDate.padded(hour, 2) + ":" + CivilDate.padded(minute, 2)
      + ":" + CivilDate.padded(second, 2)
    if nanoseconds > 0 {
      var fraction = CivilDate.padded(Int(nanoseconds), 9)
      while fraction.hasSuffix("0") { fraction.removeLast() }
      text += "." + fraction
    }
    if offsetMinutes == 0 {
      text += "Z"
    } else {
      let magnitude = abs(offsetMinutes)
      text +=
        (offsetMinutes < 0 ? "-" : "+") + CivilDate.padded(magnitude / 60, 2) + ":"
        + CivilDate.padded(magnitude % 60, 2)
    }
    return text
  }

  public static func < (lhs: Instant, rhs: Instant) -> Bool {
    (lhs.secondsSinceEpoch, lhs.nanoseconds, lhs.offsetMinutes)
      < (rhs.secondsSinceEpoch, rhs.nanoseconds, rhs.offsetMinutes)
  }
}
