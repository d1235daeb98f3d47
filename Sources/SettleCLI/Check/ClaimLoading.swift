import SettleClaim
import SettleModel

/// Loading a claim for a command: print its problems and stop on errors.
public enum ClaimLoading {
  /// Loads the claim at `path`, prints every diagnostic to standard error, and returns the claim.
  /// - Throws: `CommandFailure.invalidInput` when the claim has errors (exit code 1).
  public static func loadValidClaim(
    _ path: String, allowsOutside: Bool = false, verifiesChain: Bool = true, io: CommandIO
  ) throws(CommandFailure) -> (Claim, LoadedClaim) {
    let loaded = ClaimFile.load(path, allowsOutside: allowsOutside, verifiesChain: verifiesChain)
    for d in loaded.diagnostics { io.printError(d.description) }
    guard let claim = loaded.claim else { throw .invalidInput(summary(loaded.diagnostics)) }
    return (claim, loaded)
  }

  /// "2 errors, 1 warning".
  public static func summary(_ diagnostics: [Diagnostic]) -> String {
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.count - errors
    func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
    return plural(errors, "error") + ", " + plural(warnings, "warning")
  }

  /// Computes the ledger.
  /// - Throws: `CommandFailure.invalidInput` when the amounts overflow or mix currencies.
  public static func ledger(_ claim: Claim, file: String, asOf: CivilDate) throws(CommandFailure) -> LedgerResult {
    do { return try Ledger.compute(claim, asOf: asOf) } catch { throw .invalidInput("\(file): error: \(error)") }
  }
}
