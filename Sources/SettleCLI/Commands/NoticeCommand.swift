import SettleClaim
import SettleReport
import SettleModel

/// `settle notice CLAIM --stage STAGE [--format text|markdown|eml] [-o FILE] [--templates DIR]
/// [--allow RULE]… [--check-only] [--locale L]`: the notice for one stage of the collection ladder.
public enum NoticeCommand: Command, RequiredOptions {
  public static let name = "notice"
  public static let abstract = "Write the notice for a collection stage (text, Markdown or e-mail)"
  public static let discussion = """
    Stages: reminder, follow-up, final and demand; also plan-agreement (the payment-plan letter) and \
    dispute-acknowledgement. Every amount comes from the ledger as of the as-of date; the pay-by date is \
    14 days later (30 for the demand).

    Before anything is written, the notice is checked against wording rules drawn from the FDCPA, \
    California's Rosenthal Act, Texas Finance Code ch. 392 and N.Y. GBL 601 (threats, legal action the \
    claim's intent does not name, imitation of courts, fees or interest not in the terms, false urgency, \
    profanity, amounts that are not the ledger's). Any finding blocks the output (exit 1) unless \
    --allow names its rule; --check-only prints the findings and writes nothing. The rules are listed \
    in Templates/README.md. They are a lint, not legal advice.

    --format eml writes an RFC 5322 message with the statement PDF attached; --templates DIR uses your \
    own templates (same file names as the shipped ones) in place of the shipped ones.
    """
  public static let arguments = [ArgumentSpec("CLAIM", help: "The claim file, or the folder holding claim.json")]
  public static let options: [OptionSpec] = [
    .value("--stage", "STAGE", help: "Which notice", allowed: NoticeKind.allCases.map(\.rawValue)),
    .value(
      "--format", "F", help: "Output format; default text, wrapped at 72 columns", allowed: ["text", "markdown", "eml"]),
    .value("--output", short: "-o", "FILE", help: "Where to write the notice; - (default) is standard output"),
    .value("--templates", "DIR", help: "A folder of your own templates (reminder.txt, follow-up.txt, …)"),
    .value("--allow", "RULE", help: "Waive one wording rule by its id (repeatable)"),
    .flag("--check-only", help: "Print the wording findings and write nothing; exit 1 if there are any"),
    .value("--locale", "L", help: "Money and date conventions: en-US (default), en-GB, de-DE, fr-FR, es-ES, he-IL, ar"),
  ]
  public static let requiredOptions = ["--stage"]

  /// Runs `settle notice` with the shared statement provider (``StatementProvider/shared``).
  public static func run(_ arguments: ParsedArguments, _ io: inout CommandIO) throws(CommandFailure) {
    try run(arguments, &io, statements: StatementProvider.shared)
  }

  /// Runs the command with an explicit statement maker (tests pass one; `run` uses the shared one).
  public static func run(
    _ arguments: ParsedArguments, _ io: inout CommandIO, statements: StatementProvider?
  ) throws(CommandFailure) {
    let stage = try arguments.requiredValue("--stage")
    guard let kind = NoticeKind(rawValue: stage) else { throw .usage("settle notice: unknown stage '\(stage)'") }
    let format = arguments.value("--format") ?? "text"
    let allowed = Set(arguments.values["--allow"] ?? [])
    for id in allowed.sorted() where WordingRule.named(id) == nil {
      throw .usage("settle notice: \(NoticeError.unknownRule(id))")
    }
    var locale = NoticeLocale.enUS
    if let identifier = arguments.value("--locale") {
      guard let chosen = NoticeLocale(identifier: identifier) else {
        throw .usage(
          "settle notice: --locale \(identifier): not a built-in locale (en-US, en-GB, de-DE, fr-FR, es-ES, he-IL, ar)")
      }
      locale = chosen
    }
    let isCheckOnly = arguments.isSet("--check-only")
    if format == "eml" && !isCheckOnly && statements == nil {
      throw .usage("settle notice: \(NoticeError.statementUnavailable)")
    }

    let templates: NoticeTemplateSet
    do {
      if let folder = arguments.value("--templates") {
        templates = try NoticeTemplateSet.loading(directory: folder, allowing: allowed)
      } else {
        templates = try NoticeTemplateSet.builtIn(allowing: allowed)
      }
    } catch {
      throw .invalidInput("settle notice: \(error)")
    }

    let (claim, loaded) = try ClaimLoading.loadValidClaim(arguments.positionals[0], io: io)
    let notice: Notice
    do {
      notice = try NoticeComposer.compose(
        kind, claim: claim, options: NoticeOptions(asOf: io.asOf, locale: locale, allowedRules: allowed),
        templates: templates)
    } catch {
      throw .invalidInput("\(loaded.path): \(error)")
    }

    if isCheckOnly {
      if notice.findings.isEmpty {
        io.print("\(loaded.path): \(kind.rawValue) notice as of \(io.asOf): no wording findings")
        return
      }
      io.print("\(loaded.path): \(kind.rawValue) notice as of \(io.asOf): \(notice.findings.count) wording finding(s)")
      for finding in notice.findings { io.print("  \(finding)") }
      throw .invalidInput(
        "\(loaded.path): the notice breaks wording rules (see above); fix it or waive a rule with --allow RULE")
    }
    if kind.isCollectionNotice && kind != .planAgreement && !notice.facts.ledger.balance.isPositive {
      throw .invalidInput(
        "\(loaded.path): nothing is owed as of \(io.asOf) (balance \(PlainMoney.text(notice.facts.ledger.balance))); no \(kind.rawValue) notice was written"
      )
    }
    guard notice.findings.isEmpty else {
      throw .invalidInput("\(loaded.path): \(NoticeError.blockedByWording(notice.findings))")
    }

    let bytes: [UInt8]
    switch format {
    case "markdown":
      bytes = Array(notice.markdown().utf8)
    case "eml":
      guard let statements else { throw .usage("settle notice: \(NoticeError.statementUnavailable)") }
      let pdf = try statements.makePDF(claim, loaded.path, io.asOf)
      do {
        bytes = try notice.email(statementPDF: pdf)
      } catch {
        throw .invalidInput("\(loaded.path): \(error)")
      }
    default:
      bytes = Array(notice.text().utf8)
    }
    try io.writeOutput(bytes, to: arguments.value("--output") ?? "-")
  }
}

/// Makes the statement PDF that `settle notice --format eml` attaches.
///
/// Tests inject their own provider; `shared` renders the real statement (`settle statement`'s
/// document) so the `.eml` attaches exactly what `settle statement` writes for the same as-of date.
public struct StatementProvider: Sendable {
  /// Makes the statement PDF for `claim` (read from `claimPath`) as of a date.
  public let makePDF:
    @Sendable (_ claim: Claim, _ claimPath: String, _ asOf: CivilDate) throws(CommandFailure) -> [UInt8]

  /// Creates a provider.
  public init(
    makePDF:
      @escaping @Sendable (_ claim: Claim, _ claimPath: String, _ asOf: CivilDate) throws(CommandFailure) -> [UInt8]
  ) {
    self.makePDF = makePDF
  }

  /// The provider `settle notice` uses: the itemized statement from the report library.
  public static let shared: StatementProvider? = StatementProvider { claim, claimPath, asOf throws(CommandFailure) in
    let ledger = try ClaimLoading.ledger(claim, file: claimPath, asOf: asOf)
    do {
      return try StatementDocument(claim: claim, ledger: ledger).renderPDF()
    } catch {
      throw .io("settle notice: the statement could not be made: \(error)")
    }
  }
}
