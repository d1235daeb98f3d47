extension Money {
  /// Reads an amount in the claim file's strict form: ASCII digits, then optionally a point and one
  /// to `currency.minorUnitDigits` digits.
  ///
  /// No sign, grouping, symbol, exponent or spaces.
  ///
  /// "75" and "1250.5" are accepted (1250.50); "75.", ".5", "1,250.00", "-3" and "12.345" (USD)
  /// are refused with an ``AmountError`` saying why.
  ///
  /// - Complexity: O(n) in the length of `text`.
  public static func parse(_ text: String, currency: Currency) -> Result<Money, AmountError> {
    do {
      return .success(try Money(parsing: text, currency: currency))
    } catch {
      return .failure(error)
    }
  }

  /// Creates an amount from the strict claim-file form; see ``parse(_:currency:)``.
  /// - Throws: ``AmountError`` naming what is wrong with `text`.
  public init(parsing text: String, currency: Currency) throws(AmountError) {
    if let value = Money.plainMinorUnits(text, fractionDigits: currency.minorUnitDigits) {
      self.init(minorUnits: value, currency: currency)
    } else {
      self.init(minorUnits: try Money.strictMinorUnits(text, currency: currency), currency: currency)
    }
  }

  /// The minor units of `text` when it is a well-formed amount: ASCII digits, optionally a point
  /// and one to `fractionDigits` digits, fitting in `Int64`. Nil for anything else, so that
  /// ``strictMinorUnits(_:currency:)`` can say what is wrong. This is the fast path for the
  /// thousands of amounts in a large claim: one pass over the UTF-8 bytes, no allocation.
  static func plainMinorUnits(_ text: String, fractionDigits: Int) -> Int64? {
    var value: Int64 = 0
    var wholeCount = 0
    var fractionCount = 0
    var sawPoint = false
    for byte in text.utf8 {
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        if sawPoint {
          fractionCount += 1
          if fractionCount > fractionDigits { return nil }
        } else {
          wholeCount += 1
        }
        let (shifted, o1) = value.multipliedReportingOverflow(by: 10)
        let (next, o2) = shifted.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
        if o1 || o2 { return nil }
        value = next
      } else if byte == UInt8(ascii: ".") && !sawPoint {
        sawPoint = true
      } else {
        return nil
      }
    }
    guard wholeCount > 0, !sawPoint || fractionCount > 0 else { return nil }
    for _ in fractionCount..<fractionDigits {
      let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
      if overflow { return nil }
      value = shifted
    }
    return value
  }

  /// The minor units of `text` read scalar by scalar, throwing the error that explains a refused
  /// amount; see ``parse(_:currency:)``.
  static func strictMinorUnits(_ text: String, currency: Currency) throws(AmountError) -> Int64 {
    let scalars = Array(text.unicodeScalars)
    guard !scalars.isEmpty else { throw .empty }
    if let first = scalars.first, let last = scalars.last,
      first.properties.isWhitespace || last.properties.isWhitespace
    {
      throw .whitespace
    }
    var whole: [UInt8] = []
    var fraction: [UInt8] = []
    var sawPoint = false
    for scalar in scalars {
      switch scalar {
      case "0"..."9":
        let digit = UInt8(scalar.value - 48)
        if sawPoint { fraction.append(digit) } else { whole.append(digit) }
      case ".":
        guard !sawPoint else { throw .multiplePoints }
        sawPoint = true
      case "+", "-", "(", ")", "\u{2212}":
        throw .sign
      case ",", "'", "\u{2019}", "_":
        throw .grouping(Character(scalar))
      case "e", "E":
        throw .exponent
      default:
        if scalar.properties.isWhitespace { throw .grouping(Character(scalar)) }
        throw .unexpectedCharacter(Character(scalar))
      }
    }
    guard !whole.isEmpty else { throw sawPoint ? .missingWholeDigits : .empty }
    if sawPoint && fraction.isEmpty { throw .missingFractionDigits }
    guard fraction.count <= currency.minorUnitDigits else {
      throw .tooManyFractionDigits(found: fraction.count, currency: currency)
    }
    guard let value = Money.minorUnits(whole: whole, fraction: fraction, fractionDigits: currency.minorUnitDigits)
    else { throw .outOfRange }
    return value
  }

  /// Combines decimal digits into minor units, padding the fraction to `fractionDigits`;
  /// `nil` when the value does not fit in `Int64`.
  static func minorUnits(whole: [UInt8], fraction: [UInt8], fractionDigits: Int) -> Int64? {
    var value: Int64 = 0
    let padded = fraction + Array(repeating: 0, count: max(0, fractionDigits - fraction.count))
    for digit in whole + padded {
      let (shifted, o1) = value.multipliedReportingOverflow(by: 10)
      let (next, o2) = shifted.addingReportingOverflow(Int64(digit))
      if o1 || o2 { return nil }
      value = next
    }
    return value
  }
}
