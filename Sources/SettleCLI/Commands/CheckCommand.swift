import SettleClaim
import SettleModel

/// `settle check CLAIM [--json] [--allow-outside]`: validate a claim and explain its balance.
public enum CheckCommand: Command {
  public static let name = "check"
  public static let abstract = "Validate a claim and print the balance, aging and any problems"
  public static let discussion = """
    Prints the creditor and customer, each invoice with its due date, what was paid against it, the late fee \
    and the interest (rate and basis), the aging buckets and the total due, then every problem found. Problems \
    are printed like compiler messages (file:line:column: error: JSON path: what is wrong) to standard error. \
    With --json, one document (schema settle.check/1, see Docs/check-json.md) goes to standard output instead. \
    Exits with 1 when the claim has errors; warnings alone exit with 0.
    """
  public static let arguments = [ArgumentSpec("CLAIM", help: "The claim file, or the folder holding claim.json")]
  public static let options: [OptionSpec] = [
    .flag("--json", help: "Print one JSON document (settle.check/1) instead of text"),
    CommonOptions.allowOutside,
  ]

  public static func run(_ arguments: ParsedArguments, _ io: inout CommandIO) throws(CommandFailure) {
    let path = arguments.positionals[0]
    var loaded = ClaimFile.load(path, allowsOutside: arguments.isSet("--allow-outside"))
    // The JSON tree is not needed past validation; freeing it now lets the ledger and the report
    // reuse its memory instead of touching fresh pages.
    loaded.root = nil
    var ledger: LedgerResult?
    var plan: PlanProgress?
    var problem: Diagnostic?
    if let claim = loaded.claim {
      if let warning = noChargesYet(claim, file: loaded.path, asOf: io.asOf) { loaded.diagnostics.append(warning) }
      do {
        ledger = try Ledger.compute(claim, asOf: io.asOf)
      } catch {
        problem = Diagnostic(
          .error, .ledgerFailure, file: loaded.path, location: nil, path: nil,
          message: "the balance cannot be computed: \(error)")
      }
      if ledger != nil {
        do {
          plan = try PlanProgress.progressIfAgreed(claim, asOf: io.asOf)
        } catch {
          problem = Diagnostic(
            .error, .invalidValue, file: loaded.path, location: nil, path: JSONPath.root.appending("paymentPlan"),
            message: "the payment plan cannot be scheduled: \(error)")
        }
      }
    }
    if arguments.isSet("--json") {
      var diagnostics = loaded.diagnostics
      if let problem { diagnostics.append(problem) }
      // A claim with errors has no explained balance, as Docs/check-json.md says.
      io.write(
        CheckReport.json(
          file: loaded.path, asOf: io.asOf, diagnostics: diagnostics, claim: loaded.claim,
          ledger: problem == nil ? ledger : nil, plan: plan))
      if loaded.claim == nil || problem != nil { throw .invalidInput("") }
      return
    }
    if let claim = loaded.claim, let ledger, problem == nil {
      io.write(
        CheckReport.bytes(
          claim: claim, ledger: ledger, file: loaded.path, plan: plan,
          chainIsIntact: !loaded.diagnostics.contains { $0.kind == .brokenChain }
        ).bytes)
    }
    for d in loaded.diagnostics { io.printError(d.description) }
    if let problem { throw .invalidInput(problem.description) }
    if loaded.claim == nil { throw .invalidInput("\(loaded.path): \(ClaimLoading.summary(loaded.diagnostics))") }
    if !loaded.diagnostics.isEmpty { io.printError("\(loaded.path): \(ClaimLoading.summary(loaded.diagnostics))") }
  }
}

extension CheckCommand {
  /// The `noCharges` warning for a claim whose charges are all dated after `asOf` (nothing is owed
  /// yet); nil when some charge is due by then. An empty `charges` array is reported by the loader.
  static func noChargesYet(_ claim: Claim, file: String, asOf: CivilDate) -> Diagnostic? {
    guard !claim.charges.isEmpty, claim.charges.allSatisfy({ $0.date > asOf }) else { return nil }
    let first = claim.charges.map(\.date).min() ?? asOf
    return Diagnostic(
      .warning, .noCharges, file: file, location: nil, path: JSONPath.root.appending("charges"),
      message: "every charge is dated after the as-of date \(asOf) (the first on \(first)), so nothing is owed yet",
      found: "\(first)", expected: "a charge dated on or before \(asOf)")
  }
}

extension PlanProgress {
  /// The agreed plan's progress, or nil when the claim has none.
  static func progressIfAgreed(_ claim: Claim, asOf: CivilDate) throws(PlanError) -> PlanProgress? {
    try PaymentPlan.progress(for: claim, asOf: asOf)
  }
}
