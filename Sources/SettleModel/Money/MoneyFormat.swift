/// How amounts are written for readers in one locale: separators, grouping and where the currency
/// symbol goes.
///
/// The conventions are spelled out here (taken from CLDR 45) instead of being looked up at run
/// time, so output never depends on the machine and never passes through `Double` (Foundation's
/// `NumberFormatter` does, and loses digits above about 15). Amounts always show exactly the
/// currency's minor digits; nothing is rounded.
///
/// ```swift
/// let price = Money(minorUnits: 123456, currency: .eur)
/// MoneyFormat.deDE.string(for: price)  // "1.234,56 €" (no-break space before €)
/// MoneyFormat.enUS.string(for: Money(minorUnits: 123456, currency: .usd))  // "$1,234.56"
/// ```
public struct MoneyFormat: Sendable, Hashable {
  /// Where the currency symbol (or code) goes.
  public enum SymbolPlacement: Sendable, Hashable {
    /// Before the number, e.g. "$1,234.56". A symbol ending in a letter ("CHF") is followed by a
    /// no-break space.
    case beforeNumber
    /// After the number, separated by `separator` (usually a no-break space), e.g. "1.234,56 €".
    case afterNumber(separator: String)
    /// No symbol at all, just the number.
    case none
  }

  /// Whether the currency is shown by its symbol or by its ISO code.
  public enum CurrencyDisplay: Sendable, Hashable {
    /// "$", "€", or the code for currencies without a symbol.
    case symbol
    /// "USD", "EUR".
    case isoCode
  }

  /// The string between whole and fraction digits ("." or ",").
  public var decimalSeparator: String
  /// The string between groups of three whole digits ("," "." or a narrow no-break space);
  /// empty for no grouping.
  public var groupingSeparator: String
  /// The fewest digits the leftmost group must have for grouping to be used at all: 1 groups
  /// "1,234"; 2 (Spanish) leaves "1234" alone but groups "12.345".
  public var minimumGroupingDigits: Int
  /// Where the currency marker goes.
  public var symbolPlacement: SymbolPlacement
  /// Whether the marker is the symbol or the ISO code.
  public var currencyDisplay: CurrencyDisplay

  /// Creates a format from explicit conventions.
  public init(
    decimalSeparator: String, groupingSeparator: String, minimumGroupingDigits: Int = 1,
    symbolPlacement: SymbolPlacement, currencyDisplay: CurrencyDisplay = .symbol
  ) {
    self.decimalSeparator = decimalSeparator
    self.groupingSeparator = groupingSeparator
    self.minimumGroupingDigits = max(1, minimumGroupingDigits)
    self.symbolPlacement = symbolPlacement
    self.currencyDisplay = currencyDisplay
  }

  /// United States English: "$1,234.56", "-$1,234.56".
  public static let enUS = MoneyFormat(decimalSeparator: ".", groupingSeparator: ",", symbolPlacement: .beforeNumber)
  /// British English: "£1,234.56".
  public static let enGB = MoneyFormat(decimalSeparator: ".", groupingSeparator: ",", symbolPlacement: .beforeNumber)
  /// German (Germany): "1.234,56 €" with a no-break space (U+00A0) before the symbol.
  public static let deDE = MoneyFormat(
    decimalSeparator: ",", groupingSeparator: ".", symbolPlacement: .afterNumber(separator: "\u{00A0}"))
  /// French (France): "1 234,56 €" with a narrow no-break space (U+202F) between groups and a
  /// no-break space (U+00A0) before the symbol, as CLDR specifies.
  public static let frFR = MoneyFormat(
    decimalSeparator: ",", groupingSeparator: "\u{202F}", symbolPlacement: .afterNumber(separator: "\u{00A0}"))
  /// Spanish (Spain): "1234,56 €" but "12.345,67 €" (grouping only from five whole digits).
  public static let esES = MoneyFormat(
    decimalSeparator: ",", groupingSeparator: ".", minimumGroupingDigits: 2,
    symbolPlacement: .afterNumber(separator: "\u{00A0}"))
  /// Hebrew (Israel): "1,234.56 ₪" with a no-break space before the symbol.
  ///
  /// CLDR's right-to-left marks are left out: the typesetter applies the bidi algorithm to the
  /// whole line.
  public static let heIL = MoneyFormat(
    decimalSeparator: ".", groupingSeparator: ",", symbolPlacement: .afterNumber(separator: "\u{00A0}"))
  /// Arabic with Western digits, as used on invoices in the Gulf: "1,234.56 KWD" (ISO code after
  /// the number; Arabic-Indic digits are not produced).
  public static let ar = MoneyFormat(
    decimalSeparator: ".", groupingSeparator: ",", symbolPlacement: .afterNumber(separator: "\u{00A0}"),
    currencyDisplay: .isoCode)

  /// The format for a BCP 47 locale identifier ("en-US", "de_DE", "fr-FR", "es-ES", "en-GB",
  /// "he-IL", "ar"), or `nil` for a locale whose conventions are not built in.
  public static func named(_ identifier: String) -> MoneyFormat? {
    switch String(identifier.map { $0 == "_" ? "-" : $0 }).lowercased() {
    case "en-us", "en": return .enUS
    case "en-gb": return .enGB
    case "de-de", "de": return .deDE
    case "fr-fr", "fr": return .frFR
    case "es-es", "es": return .esES
    case "he-il", "he": return .heIL
    case "ar": return .ar
    default: return nil
    }
  }

  /// The amount written in this format: sign first ("-$1,234.56", "-1.234,56 €"), then the
  /// number with exactly the currency's minor digits, then or before it the currency marker.
  public func string(for money: Money) -> String {
    let number = numberString(for: money)
    let sign = money.isNegative ? "-" : ""
    let marker = currencyDisplay == .isoCode ? money.currency.code : money.currency.symbol
    switch symbolPlacement {
    case .none:
      return sign + number
    case .beforeNumber:
      let needsSpace = marker.last.map { $0.isLetter } ?? false
      return sign + marker + (needsSpace ? "\u{00A0}" : "") + number
    case .afterNumber(let separator):
      return sign + number + separator + marker
    }
  }

  /// The magnitude of the amount without sign or currency marker ("1,234.56").
  public func numberString(for money: Money) -> String {
    let (whole, fraction) = money.magnitudeDigits
    var text = grouped(whole)
    if !fraction.isEmpty { text += decimalSeparator + fraction }
    return text
  }

  private func grouped(_ digits: String) -> String {
    guard !groupingSeparator.isEmpty, digits.count >= 3 + minimumGroupingDigits else { return digits }
    var result = ""
    let characters = Array(digits)
    for (index, character) in characters.enumerated() {
      if index > 0 && (characters.count - index) % 3 == 0 { result += groupingSeparator }
      result.append(character)
    }
    return result
  }
}
