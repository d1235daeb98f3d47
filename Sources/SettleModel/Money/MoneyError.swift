/// Why an arithmetic operation on ``Money`` could not produce a result.
public enum MoneyError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Two amounts in different currencies were combined; the claim must use one currency.
  case currencyMismatch(Currency, Currency)
  /// The result does not fit in a signed 64-bit count of minor units (about ±9.2 × 10¹⁸).
  case overflow

  public var description: String {
    switch self {
    case .currencyMismatch(let a, let b):
      return "cannot combine amounts in \(a.code) and \(b.code); a claim uses one currency"
    case .overflow:
      return "the amount is too large to compute exactly (more than 9,223,372,036,854,775,807 minor units)"
    }
  }
}
