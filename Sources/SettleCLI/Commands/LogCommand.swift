import SettleClaim
import SettleModel

/// `settle log CLAIM --kind KIND --summary TEXT [--channel C] [--at INSTANT]`: append to the communication log.
public enum LogCommand: Command, RequiredOptions {
  public static let name = "log"
  public static let abstract = "Append an event to the claim's communication log, safely"
  public static let discussion = """
    Adds one event to "events" in the claim file with its hash chain value (see Docs/CLAIM_LOG.md). The claim \
    must be valid and its existing chain intact. The file is locked (claim.json.lock) while it is re-read, \
    edited and replaced atomically, so concurrent runs never lose an event and an interrupted run never leaves \
    a half-written file; every other byte of the file stays as it was. --at defaults to now: the --as-of date \
    at 00:00:00Z if given, else SOURCE_DATE_EPOCH, else the system clock.
    """
  public static let arguments = [ArgumentSpec("CLAIM", help: "The claim file, or the folder holding claim.json")]
  public static let options: [OptionSpec] = [
    .value("--kind", "KIND", help: "What happened", allowed: EventKind.allCases.map(\.rawValue)),
    .value("--summary", "TEXT", help: "What happened, in your words"),
    .value("--channel", "C", help: "How it happened, e.g. email, letter, phone"),
    .value("--at", "INSTANT", help: "When, as RFC 3339 with offset, e.g. 2026-07-15T10:00:00Z; default now"),
  ]
  public static let requiredOptions = ["--kind", "--summary"]

  public static func run(_ arguments: ParsedArguments, _ io: inout CommandIO) throws(CommandFailure) {
    let kindText = try arguments.requiredValue("--kind")
    guard let kind = EventKind(rawValue: kindText) else {
      throw .usage("settle log: --kind \(kindText) is not an event kind")
    }
    let summary = try arguments.requiredValue("--summary")
    if summary.allSatisfy(\.isWhitespace) { throw .usage("settle log: --summary must not be empty") }
    if let channel = arguments.value("--channel"), channel.allSatisfy(\.isWhitespace) {
      throw .usage("settle log: --channel must not be empty")
    }
    var at = io.now
    if let atText = arguments.value("--at") {
      switch Instant.parse(atText) {
      case .success(let i): at = i
      case .failure(let e): throw .usage("settle log: --at \(atText): \(e)")
      }
    }
    let (_, loaded) = try ClaimLoading.loadValidClaim(arguments.positionals[0], verifiesChain: false, io: io)
    let draft = EventDraft(
      at: at.description, kind: kind.rawValue, channel: arguments.value("--channel"), summary: summary)
    do {
      let appended = try EventLog.append(draft, toClaimAt: loaded.path)
      io.print(
        "\(loaded.path): logged event \(appended.index) (\(kind.rawValue) at \(at)), chain \(appended.chain.prefix(16))…"
      )
    } catch {
      switch error {
      case .file(let e): throw .io(e.description)
      case .malformed, .brokenChain: throw .invalidInput(error.description)
      }
    }
  }
}
