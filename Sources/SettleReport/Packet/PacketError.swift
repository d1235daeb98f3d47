import Typeset

/// Why a packet could not be made.
public enum PacketError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The ledger was computed for another currency than the claim's.
  case currencyMismatch(claim: String, ledger: String)
  /// The fonts could not be loaded (missing or damaged font files).
  case fontsUnavailable(String)
  /// The packet breaks PDF/A; every problem is listed with the part or exhibit it comes from.
  /// Occurs unless `PacketOptions.allowsNonPDFA` is set.
  case notConforming([PacketProblem])
  /// The PDF could not be written (a damaged image or an unusable attachment).
  case renderFailed(String)
  /// One exhibit alone is larger than the volume size asked for with `--split-mb`.
  case exhibitTooLarge(exhibit: String, bytes: Int, limit: Int)

  public var description: String {
    switch self {
    case .currencyMismatch(let claim, let ledger):
      return "the ledger is in \(ledger) but the claim is in \(claim)"
    case .fontsUnavailable(let reason): return "fonts unavailable: \(reason)"
    case .notConforming(let problems):
      return "the packet cannot be PDF/A (use --allow-non-pdfa to write it anyway):\n"
        + problems.map { "  - \($0)" }.joined(separator: "\n")
    case .renderFailed(let reason): return "the PDF could not be written: \(reason)"
    case .exhibitTooLarge(let exhibit, let bytes, let limit):
      return "\(exhibit) alone takes \(bytes) bytes, more than the volume limit of \(limit) bytes"
    }
  }
}
