/// Why a ledger could not be computed.
public enum LedgerError: Error, Sendable, Hashable, CustomStringConvertible {
  /// An amount is in another currency than the claim (`item` is a path such as `payments[2]`
  /// or `terms.lateFee.flat`).
  case currencyMismatch(item: String, found: Currency, expected: Currency)
  /// An amount is below zero (only possible for claims built in code; the claim file's amounts
  /// have no sign).
  case negativeAmount(item: String)
  /// A sum, fee or interest figure does not fit in 64-bit minor units (`quantity` says which).
  case overflow(quantity: String)

  public var description: String {
    switch self {
    case .currencyMismatch(let item, let found, let expected):
      return "\(item) is in \(found.code), but the claim's currency is \(expected.code)"
    case .negativeAmount(let item):
      return "\(item) has a negative amount; amounts must be zero or more"
    case .overflow(let quantity):
      return "the \(quantity) is too large to compute exactly (more than 9,223,372,036,854,775,807 minor units)"
    }
  }
}
