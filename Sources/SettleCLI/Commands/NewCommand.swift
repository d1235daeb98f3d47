import SettleClaim
import SettleModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `settle new [DIR]`: make a claim folder by answering questions, step by step.
public enum NewCommand: Command {
  public static let name = "new"
  public static let abstract = "Create a claim folder by answering questions, step by step"
  public static let discussion = """
    Asks for your business, the customer, what you provided, the payment terms, each unpaid invoice with its \
    file (PDF, PNG or JPEG, checked at once), the payments received (showing the balance left after each) and \
    any late fee or interest agreed in writing, then shows a review with the itemized balance. Every answer is \
    checked as `settle check` checks the claim and asked again when wrong; defaults are in [brackets]. \
    Amounts may be typed as people write them: 1180, 1,180.00, $1,180.00, 1.180,00 €.

    Questions go to standard error and answers are read from standard input, so answers can also be piped in, \
    one per line. Type q, or press Ctrl-D, to leave without writing anything.

    When you confirm, DIR gets claim.json and a copy of each invoice file (invoices/INV-1001.pdf). DIR may \
    exist, but must not hold a claim.json yet. Without DIR, the folder is asked for (default: the claim \
    reference). --as-of sets "today": the default claim year, the latest date an invoice or payment may have, \
    and the date of the review's balance.
    """
  public static let arguments = [ArgumentSpec("DIR", help: "The folder to create the claim in", isOptional: true)]
  public static let options: [OptionSpec] = []

  public static func run(_ arguments: ParsedArguments, _ io: inout CommandIO) throws(CommandFailure) {
    let folder = arguments.positional(0)
    if let folder, let problem = ClaimFolder.problem(with: folder) { throw .invalidInput("settle new: \(problem)") }
    let streams = io
    let console = StreamConsole(
      read: { streams.readInput(upTo: $0) },
      write: { streams.writeError(String(decoding: $0, as: UTF8.self)) },
      style: ConsoleStyle.detect(isTerminal: io.terminals.error, environment: io.environment),
      echoesInput: !io.terminals.input)
    let wizard = ClaimWizard(
      console: console, asOf: io.asOf, folder: folder, workingDirectory: ".", homeDirectory: io.environment["HOME"])
    let draft: ClaimDraft
    do {
      draft = try wizard.run()
    } catch {
      io.writeError("\n")
      throw .invalidInput("settle new: \(error)")
    }
    let written: ClaimFolder.Written
    do {
      // Ctrl-C while the folder is written would leave invoice copies without a claim.json: the
      // signal waits until the write (or its roll-back) is over, then ends the process as usual.
      written = try InterruptionDeferral.during { () throws(ClaimFolderError) -> ClaimFolder.Written in
        try ClaimFolder.write(draft)
      }
    } catch {
      switch error {
      case .unusable: throw .invalidInput("settle new: \(error)")
      case .file, .invalid: throw .io("settle new: \(error)")
      }
    }
    for warning in written.warnings { io.printError(warning.description) }
    var done = "Wrote \(written.claimPath)"
    if !written.copiedFiles.isEmpty {
      done += " and copied " + written.copiedFiles.joined(separator: ", ")
    }
    io.print(done + ".")
    let dir = ShellWord.quoted(draft.folder)
    let next = [
      ("settle check \(dir)", "the balance, aging and any problems"),
      ("settle statement \(dir) -o statement.pdf", "the itemized statement"),
      ("settle notice \(dir) --stage reminder", "a first, friendly reminder"),
      ("settle add payment \(dir) --date DATE --amount AMOUNT --method METHOD", "record a payment later"),
    ]
    let width = next.map(\.0.count).max() ?? 0
    io.print("Next:")
    for (command, purpose) in next {
      io.print("  " + command + String(repeating: " ", count: width - command.count) + "  " + purpose)
    }
  }
}

/// Holds back SIGINT, SIGTERM and SIGHUP while a few files are written together.
private enum InterruptionDeferral {
  static func during<T, Failure: Error>(_ body: () throws(Failure) -> T) throws(Failure) -> T {
    var signals = sigset_t()
    sigemptyset(&signals)
    for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, signal) }
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &signals, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    return try body()
  }
}

/// Words as a POSIX shell reads them, for commands printed for people to copy.
private enum ShellWord {
  /// `word` as is when it needs no quoting, else in single quotes.
  static func quoted(_ word: String) -> String {
    let safe = word.unicodeScalars.allSatisfy { u in
      (u.value >= 0x80) || (u >= "a" && u <= "z") || (u >= "A" && u <= "Z") || (u >= "0" && u <= "9")
        || "-_./+=:@,".unicodeScalars.contains(u)
    }
    if safe && !word.isEmpty { return word }
    return "'" + word.replacingAll("'", with: "'\\''") + "'"
  }
}

extension String {
  fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
    var out = ""
    for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
    return out
  }
}
