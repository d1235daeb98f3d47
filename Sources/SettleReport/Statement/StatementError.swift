import Typeset

/// Why a statement could not be produced.
public enum StatementError: Error, Sendable, CustomStringConvertible {
  /// The shipped fonts could not be loaded (no `Fonts/` folder found, or a damaged font file).
  case fontsUnavailable(String)
  /// The PDF writer refused the laid-out document (e.g. a conformance problem).
  case renderFailed(String)
  /// The ledger was computed for a different currency than the claim's.
  case currencyMismatch(claim: String, ledger: String)

  public var description: String {
    switch self {
    case .fontsUnavailable(let reason): return "statement: fonts unavailable: \(reason)"
    case .renderFailed(let reason): return "statement: PDF could not be written: \(reason)"
    case .currencyMismatch(let claim, let ledger):
      return "statement: the ledger is in \(ledger) but the claim is in \(claim)"
    }
  }
}
