/// A customer account number and its masked form for filings.
///
/// Court filings show only the last four digits. The masked form is four bullets, a space and
/// those digits: `"•••• 4821"`. The bullet count is fixed so the mask does not reveal the
/// number's length. Non-digits are skipped when picking the last four ("AC-0048-21" gives
/// `"•••• 4821"`); a number with no digits keeps its last four letters or digits instead, and a
/// number with fewer than four shows what it has ("•••• 21").
public struct AccountNumber: Sendable, Hashable, CustomStringConvertible {
  /// The account number as written.
  public let rawValue: String

  /// Wraps an account number.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  /// The last four digits (or, without digits, the last four letters and digits).
  public var lastFour: String {
    let digits = rawValue.filter { $0.isASCII && $0.isNumber }
    let source = digits.isEmpty ? rawValue.filter { $0.isLetter || $0.isNumber } : digits
    return String(source.suffix(4))
  }

  /// The masked form: `"•••• 4821"`; just `"••••"` when nothing is left to show.
  public var masked: String {
    let tail = lastFour
    return tail.isEmpty ? "••••" : "•••• " + tail
  }

  /// The masked form, so that interpolating an account number never leaks it.
  public var description: String { masked }
}
