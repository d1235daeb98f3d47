/// An amount of money: a whole number of minor units (cents, fils, yen) in one ISO 4217 currency.
///
/// Money is never a binary floating-point number. Arithmetic is exact and overflow-checked: the
/// operations throw ``MoneyError`` instead of trapping, and amounts in different currencies are
/// never combined.
///
/// `description` is the plain decimal form used in claim files ("1250.00", "-3.50", "1250" for
/// JPY); ``MoneyFormat`` produces the forms people read ("$1,250.00", "1.250,00 €").
public struct Money: Sendable, Hashable, CustomStringConvertible {
  /// The amount in minor units of `currency` (cents for USD, yen for JPY, fils for KWD).
  public var minorUnits: Int64

  /// The currency of the amount.
  public var currency: Currency

  /// Creates an amount from a count of minor units.
  public init(minorUnits: Int64, currency: Currency) {
    self.minorUnits = minorUnits
    self.currency = currency
  }

  /// Zero in `currency`.
  public static func zero(_ currency: Currency) -> Money {
    Money(minorUnits: 0, currency: currency)
  }

  /// Whether the amount is exactly zero.
  public var isZero: Bool { minorUnits == 0 }

  /// Whether the amount is below zero.
  public var isNegative: Bool { minorUnits < 0 }

  /// Whether the amount is above zero.
  public var isPositive: Bool { minorUnits > 0 }

  /// The sum of `self` and `other`.
  /// - Throws: ``MoneyError/currencyMismatch(_:_:)`` when the currencies differ,
  ///   ``MoneyError/overflow`` when the sum does not fit in 64 bits.
  public func adding(_ other: Money) throws(MoneyError) -> Money {
    guard currency == other.currency else { throw .currencyMismatch(currency, other.currency) }
    let (sum, overflow) = minorUnits.addingReportingOverflow(other.minorUnits)
    guard !overflow else { throw .overflow }
    return Money(minorUnits: sum, currency: currency)
  }

  /// The difference `self - other`.
  /// - Throws: ``MoneyError/currencyMismatch(_:_:)`` when the currencies differ,
  ///   ``MoneyError/overflow`` when the difference does not fit in 64 bits.
  public func subtracting(_ other: Money) throws(MoneyError) -> Money {
    guard currency == other.currency else { throw .currencyMismatch(currency, other.currency) }
    let (difference, overflow) = minorUnits.subtractingReportingOverflow(other.minorUnits)
    guard !overflow else { throw .overflow }
    return Money(minorUnits: difference, currency: currency)
  }

  /// The amount multiplied by a whole number.
  /// - Throws: ``MoneyError/overflow`` when the product does not fit in 64 bits.
  public func multiplied(by factor: Int64) throws(MoneyError) -> Money {
    let (product, overflow) = minorUnits.multipliedReportingOverflow(by: factor)
    guard !overflow else { throw .overflow }
    return Money(minorUnits: product, currency: currency)
  }

  /// The amount with its sign reversed.
  /// - Throws: ``MoneyError/overflow`` for `Int64.min` minor units, whose negation does not fit.
  public func negated() throws(MoneyError) -> Money {
    guard minorUnits != .min else { throw .overflow }
    return Money(minorUnits: -minorUnits, currency: currency)
  }

  /// The sum of `amounts`, all in `currency`.
  /// - Throws: ``MoneyError`` on a currency mismatch or overflow.
  public static func sum(_ amounts: some Sequence<Money>, currency: Currency) throws(MoneyError) -> Money {
    var total = Money.zero(currency)
    for amount in amounts { total = try total.adding(amount) }
    return total
  }

  /// The plain decimal form with exactly the currency's minor digits, a leading "-" when
  /// negative and nothing else: "1250.00", "-0.05", "1250" (JPY), "1.250" (KWD).
  public var description: String {
    Money.plainDecimal(minorUnits, fractionDigits: currency.minorUnitDigits)
  }

  /// The plain decimal form of the magnitude split into whole and fraction digit strings
  /// ("1250", "00"); the fraction is empty for currencies without minor units.
  var magnitudeDigits: (whole: String, fraction: String) {
    let magnitude = minorUnits.magnitude
    let scale = UInt64(currency.minorUnitsPerMajorUnit)
    let whole = String(magnitude / scale)
    guard currency.minorUnitDigits > 0 else { return (whole, "") }
    let fraction = String(magnitude % scale)
    let padded = String(repeating: "0", count: currency.minorUnitDigits - fraction.count) + fraction
    return (whole, padded)
  }

  static func plainDecimal(_ minorUnits: Int64, fractionDigits: Int) -> String {
    var scale: UInt64 = 1
    for _ in 0..<fractionDigits { scale *= 10 }
    let magnitude = minorUnits.magnitude
    var text = minorUnits < 0 ? "-" : ""
    text += String(magnitude / scale)
    if fractionDigits > 0 {
      let fraction = String(magnitude % scale)
      text += "." + String(repeating: "0", count: fractionDigits - fraction.count) + fraction
    }
    return text
  }
}
