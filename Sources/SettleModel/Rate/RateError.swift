/// Why a text could not be read as a ``Rate``.
public enum RateError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The text was empty.
  case empty
  /// The text has a "+" or "-" sign; rates are written without one.
  case sign
  /// The text includes a "%" sign; write the number alone ("12", not "12%").
  case percentSign
  /// The text has more than six decimals (the count is given).
  case tooManyFractionDigits(Int)
  /// The rate is above 1,000,000 percent.
  case outOfRange
  /// The text is not a plain decimal number (the text is given).
  case invalid(String)

  public var description: String {
    switch self {
    case .empty: return "the rate is empty; expected a decimal number such as \"12\" or \"10.27\""
    case .sign: return "the rate has a sign; write it without \"+\" or \"-\""
    case .percentSign: return "the rate includes \"%\"; write the number alone, e.g. \"12\""
    case .tooManyFractionDigits(let count): return "the rate has \(count) decimals; at most 6 are allowed"
    case .outOfRange: return "the rate is too large (at most 1000000 percent)"
    case .invalid(let text):
      return "\"\(text)\" is not a decimal rate; expected digits with an optional point, e.g. \"12\" or \"10.27\""
    }
  }
}
