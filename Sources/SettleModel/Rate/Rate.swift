/// A percentage written as a decimal string ("12", "10.27", "1.5"), held exactly as an integer
/// count of millionths of a percent (up to 6 decimals).
///
/// `Rate` is used for late-fee percentages and annual interest rates. Two rates are equal when
/// their values are equal: "12" and "12.0" are the same rate.
public struct Rate: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Millionths of a percent in one percent.
  public static let scale: Int64 = 1_000_000

  /// The largest rate accepted: 1,000,000 percent.
  ///
  /// Larger values are refused so that interest arithmetic stays exact within 128 bits.
  public static let maximum = Rate(millionthsOfPercent: 1_000_000 * 1_000_000)

  /// The rate in millionths of a percent: 12 % is 12,000,000; 10.27 % is 10,270,000.
  public let millionthsOfPercent: Int64

  /// Creates a rate from millionths of a percent (clamped to 0…``maximum``).
  public init(millionthsOfPercent: Int64) {
    self.millionthsOfPercent = min(max(0, millionthsOfPercent), 1_000_000_000_000)
  }

  /// Creates a rate from a whole number of percent (clamped to 0…``maximum``).
  public init(percent: Int) {
    self.init(millionthsOfPercent: Int64(min(max(percent, 0), 1_000_000)) * Rate.scale)
  }

  /// Reads a rate in the claim file's strict form: ASCII digits, optionally a point and one to
  /// six digits; no sign, "%", grouping, exponent or spaces ("12", "10.27", "0.5").
  public static func parse(_ text: String) -> Result<Rate, RateError> {
    do { return .success(try Rate(parsing: text)) } catch { return .failure(error) }
  }

  /// Creates a rate from the strict form; see ``parse(_:)``.
  /// - Throws: ``RateError`` naming what is wrong.
  public init(parsing text: String) throws(RateError) {
    guard !text.isEmpty else { throw .empty }
    var whole: Int64 = 0
    var fraction: Int64 = 0
    var fractionDigits = 0
    var wholeDigits = 0
    var sawPoint = false
    for scalar in text.unicodeScalars {
      switch scalar {
      case "0"..."9":
        let digit = Int64(scalar.value - 48)
        if sawPoint {
          fractionDigits += 1
          guard fractionDigits <= 6 else { throw .tooManyFractionDigits(fractionDigits) }
          fraction = fraction * 10 + digit
        } else {
          wholeDigits += 1
          guard wholeDigits <= 7 else { throw .outOfRange }
          whole = whole * 10 + digit
        }
      case ".":
        guard !sawPoint else { throw .invalid(text) }
        sawPoint = true
      case "%":
        throw .percentSign
      case "+", "-", "\u{2212}":
        throw .sign
      default:
        throw .invalid(text)
      }
    }
    guard wholeDigits > 0, !sawPoint || fractionDigits > 0 else { throw .invalid(text) }
    for _ in fractionDigits..<6 { fraction *= 10 }
    let value = whole * Rate.scale + fraction
    guard value <= Rate.maximum.millionthsOfPercent else { throw .outOfRange }
    self.millionthsOfPercent = value
  }

  /// Whether the rate is zero.
  public var isZero: Bool { millionthsOfPercent == 0 }

  /// The shortest exact decimal form, without a percent sign: "12", "10.27", "0.5".
  public var description: String {
    let whole = millionthsOfPercent / Rate.scale
    var fraction = millionthsOfPercent % Rate.scale
    guard fraction != 0 else { return String(whole) }
    var digits = 6
    while fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    let text = String(fraction)
    return String(whole) + "." + String(repeating: "0", count: digits - text.count) + text
  }

  public static func < (lhs: Rate, rhs: Rate) -> Bool { lhs.millionthsOfPercent < rhs.millionthsOfPercent }
}
