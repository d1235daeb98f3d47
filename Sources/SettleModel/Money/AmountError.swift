/// Why a text could not be read as an amount of money.
///
/// Each description says what was wrong and what is expected, so it can be shown to the person
/// who wrote the claim file or typed the answer.
public enum AmountError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The text was empty (or only spaces, for typed input).
  case empty
  /// The text starts or ends with spaces, tabs or line breaks (strict form only).
  case whitespace
  /// The text has a "+" or "-" sign, or is in parentheses; amounts are written without a sign.
  case sign
  /// The text has a grouping separator such as "," (strict form only: "1250.00", not "1,250.00").
  case grouping(Character)
  /// The text is in exponent notation ("1e3").
  case exponent
  /// The text has a character that has no place in an amount.
  case unexpectedCharacter(Character)
  /// The text has more than one decimal point.
  case multiplePoints
  /// Nothing before the decimal point (".5"); write "0.5".
  case missingWholeDigits
  /// Nothing after the decimal point ("75."); write "75" or "75.00".
  case missingFractionDigits
  /// More decimals than the currency has minor-unit digits ("12.345" in USD, "12.5" in JPY).
  case tooManyFractionDigits(found: Int, currency: Currency)
  /// The amount is larger than 9,223,372,036,854,775,807 minor units.
  case outOfRange
  /// A typed amount names another currency ("€12" for a claim in USD).
  case currencyMismatch(found: String, expected: Currency)
  /// A typed amount could be read two ways ("1,234" in a three-decimal currency) and is refused
  /// rather than guessed.
  case ambiguous(String)
  /// Digit grouping in a typed amount is irregular ("1,23,4"), which usually means a typo.
  case irregularGrouping

  public var description: String {
    switch self {
    case .empty:
      return "the amount is empty; expected digits such as \"1250.00\""
    case .whitespace:
      return "the amount has spaces around it; write only digits and an optional point, e.g. \"1250.00\""
    case .sign:
      return "the amount has a sign; amounts are written without \"+\", \"-\" or parentheses"
    case .grouping(let separator):
      return "the amount uses \"\(separator)\" to group digits; write \"1250.00\", not \"1,250.00\""
    case .exponent:
      return "the amount uses exponent notation; write all digits, e.g. \"1000\" instead of \"1e3\""
    case .unexpectedCharacter(let character):
      return "the amount contains \"\(character)\"; only digits and one decimal point are allowed"
    case .multiplePoints:
      return "the amount has more than one decimal point"
    case .missingWholeDigits:
      return "the amount has no digits before the decimal point; write \"0.5\", not \".5\""
    case .missingFractionDigits:
      return "the amount ends with a decimal point; write \"75\" or \"75.00\", not \"75.\""
    case .tooManyFractionDigits(let found, let currency):
      if currency.minorUnitDigits == 0 {
        return
          "\(currency.code) has no minor unit, so amounts are whole numbers; found \(found) decimal\(found == 1 ? "" : "s")"
      }
      return
        "\(currency.code) amounts have at most \(currency.minorUnitDigits) decimal\(currency.minorUnitDigits == 1 ? "" : "s"); found \(found)"
    case .outOfRange:
      return "the amount is too large (more than 9,223,372,036,854,775,807 minor units)"
    case .currencyMismatch(let found, let expected):
      return "the amount is in \(found), but the claim's currency is \(expected.code)"
    case .ambiguous(let text):
      return "\"\(text)\" could be read two ways; write it with a decimal point and no grouping, e.g. \"1234.500\""
    case .irregularGrouping:
      return "the digit groups are irregular; check the amount for a typo"
    }
  }
}
