import Foundation
import Testing

@testable import SettleCLI
import SettleClaim
import SettleModel

/// Runs `settle` in-process with `input` as standard input.
func settle(
  _ arguments: [String], input: String, terminals: TerminalStreams = TerminalStreams(),
  environment: [String: String] = [:]
)
  -> CLIRun
{
  let out = OutputBuffer()
  let err = OutputBuffer()
  var rest = Array(input.utf8)[...]
  let code = SettleCLI.run(
    arguments, environment: environment, wallClock: { 1_795_348_800 },
    standardOutput: { out.bytes += $0 }, standardError: { err.bytes += $0 },
    standardInput: { count in
      let chunk = Array(rest.prefix(count))
      rest = rest.dropFirst(chunk.count)
      return chunk
    }, terminals: terminals)
  return CLIRun(
    code: code, out: String(decoding: out.bytes, as: UTF8.self), err: String(decoding: err.bytes, as: UTF8.self))
}

/// A scratch folder for `settle new` runs, and the answers of a claim with three invoices and a partial payment.
struct NewClaimScratch {
  let base: String
  var dir: String { base + "/harbor" }
  var claim: String { dir + "/claim.json" }

  init() throws {
    base = FileManager.default.temporaryDirectory.path + "/settle-new-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
  }

  func remove() { try? FileManager.default.removeItem(atPath: base) }

  func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

  func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

  static let invoices = Paths.examples + "/us-retailer/invoices"

  /// Answers up to and including the net days.
  static let head = [
    "Harbor Supply Co.", "Dana Whitfield", "accounts@harborsupply.example", "+1 510 555 0142", "1800 Embarcadero",
    "Oakland, CA 94606", "",
    "USD", "CLM-2026-0042", "US-CA",
    "Alvarez Home & Garden LLC", "Rosa Alvarez", "rosa@alvarezhg.example", "+1 510 555 0199", "455 Grand Avenue",
    "Oakland, CA 94610", "",
    "HS-0048-2173",
    "Harbor Supply delivered shelving, display lighting and signage to the new store.", "",
    "30",
  ]
  static let charges = [
    "INV-1001", "2026-05-04", "", "Steel shelving units, 12 bays", "$1,250.00", invoices + "/INV-1001.pdf",
    "INV-1002", "2026-06-02", "2026-07-02", "LED display lighting, 20 fixtures", "860.50", invoices + "/INV-1002.pdf",
    "INV-1003", "2026-07-06", "", "Exterior signage", "415.25", invoices + "/INV-1003.png",
    "",
  ]
  static let payments = ["2026-06-20", "500", "check", "check #4410", "INV-1001", ""]
  static let tail = ["y", "35", "y", "12%", ""]

  static var full: String { (head + charges + payments + tail).map { $0 + "\n" }.joined() }
  static var empty: String { (head + ["", ""] + tail).map { $0 + "\n" }.joined() }
}

@Suite("settle new")
struct NewCommandTests {
  @Test("piped answers make a claim folder that checks clean, and the command says what to run next")
  func pipedRun() throws {
    let scratch = try NewClaimScratch()
    defer { scratch.remove() }
    let run = settle(["new", scratch.dir, "--as-of", "2026-11-22"], input: NewClaimScratch.full)
    #expect(run.code == 0, "\(run.err)")
    #expect(
      run.out.contains(
        "Wrote \(scratch.claim) and copied invoices/INV-1001.pdf, invoices/INV-1002.pdf, invoices/INV-1003.png."))
    #expect(run.out.contains("settle statement \(scratch.dir) -o statement.pdf"))
    #expect(run.out.contains("settle notice \(scratch.dir) --stage reminder"))
    #expect(!run.err.contains("\u{1B}["), "no control codes when standard error is not a terminal")
    #expect(run.err.contains("Business name: Harbor Supply Co.\n"), "piped answers are echoed")
    #expect(
      try scratch.bytes(scratch.dir + "/invoices/INV-1003.png")
        == (try scratch.bytes(NewClaimScratch.invoices + "/INV-1003.png")))

    let check = settle(["check", scratch.dir, "--as-of", "2026-11-22", "--json"])
    #expect(check.code == 0, "\(check.err)")
    // By hand, as of 2026-11-22 (12% simple interest, 35.00 late fee per overdue invoice):
    // INV-1001 1250.00 due 06-03: 1250.00 × 17 days (to 06-20) + 750.00 × 155 days → 6.9863 + 38.2192 = 45.2055 → 45.21
    // INV-1002  860.50 due 07-02: 860.50 × 143 days → 40.4553 → 40.46
    // INV-1003  415.25 due 08-05: 415.25 × 109 days → 14.8807 → 14.88
    // Balance = 2525.75 + 105.00 + 100.55 − 500.00 = 2231.30
    let text = settle(["check", scratch.dir, "--as-of", "2026-11-22"]).out
    #expect(text.contains("Total due: 2,231.30 USD"), "\(text)")
    let claim = try #require(ClaimFile.load(scratch.claim).claim)
    let ledger = try Ledger.compute(claim, asOf: try CivilDate(parsing: "2026-11-22"))
    #expect(ledger.lines.map(\.interest.amount.minorUnits) == [4521, 4046, 1488])
    #expect(ledger.balance.minorUnits == 223_130)
    #expect(claim.jurisdiction == .usCA)
  }

  @Test("the same answers give the same bytes, and equal settle new without charges plus settle add")
  func newEqualsAdd() throws {
    let scratch = try NewClaimScratch()
    defer { scratch.remove() }
    #expect(settle(["new", scratch.dir, "--as-of", "2026-11-22"], input: NewClaimScratch.full).code == 0)
    let again = scratch.base + "/again"
    #expect(settle(["new", again, "--as-of", "2026-11-22"], input: NewClaimScratch.full).code == 0)
    #expect(try scratch.bytes(again + "/claim.json") == (try scratch.bytes(scratch.claim)))

    let grown = scratch.base + "/grown"
    let empty = settle(["new", grown, "--as-of", "2026-11-22"], input: NewClaimScratch.empty)
    #expect(empty.code == 0)
    #expect(empty.err.contains("warning: $.charges: the claim has no charges"))
    let adds: [[String]] = [
      [
        "charge", grown, "--id", "INV-1001", "--date", "2026-05-04", "--description", "Steel shelving units, 12 bays",
        "--amount",
        "$1,250.00",
        "--invoice", NewClaimScratch.invoices + "/INV-1001.pdf",
      ],
      [
        "charge", grown, "--id", "INV-1002", "--date", "2026-06-02", "--dueDate", "2026-07-02", "--description",
        "LED display lighting, 20 fixtures",
        "--amount", "860.50", "--invoice", NewClaimScratch.invoices + "/INV-1002.pdf",
      ],
      [
        "charge", grown, "--id", "INV-1003", "--date", "2026-07-06", "--description", "Exterior signage", "--amount",
        "415.25",
        "--invoice", NewClaimScratch.invoices + "/INV-1003.png",
      ],
      [
        "payment", grown, "--date", "2026-06-20", "--amount", "500", "--method", "check", "--reference", "check #4410",
        "--appliesTo",
        "INV-1001",
      ],
    ]
    for arguments in adds {
      let run = settle(["add"] + arguments)
      #expect(run.code == 0, "\(run.err)")
    }
    #expect(try scratch.bytes(grown + "/claim.json") == (try scratch.bytes(scratch.claim)))
  }

  @Test("a folder that already holds a claim is refused before any question")
  func refusesExistingClaim() throws {
    let scratch = try NewClaimScratch()
    defer { scratch.remove() }
    try FileManager.default.createDirectory(atPath: scratch.dir, withIntermediateDirectories: true)
    try Data("{}".utf8).write(to: URL(fileURLWithPath: scratch.claim))
    let run = settle(["new", scratch.dir], input: NewClaimScratch.full)
    #expect(run.code == 1)
    #expect(run.err.contains("\(scratch.claim) already exists; use `settle add`"))
    #expect(!run.err.contains("Business name"))
    #expect(try scratch.bytes(scratch.claim) == Array("{}".utf8))
  }

  @Test(
    "leaving early (q, end of input, no at the review) writes nothing",
    arguments: [
      NewClaimScratch.head.prefix(5).map { $0 + "\n" }.joined() + "q\n",
      (NewClaimScratch.head + NewClaimScratch.charges.prefix(8)).map { $0 + "\n" }.joined(),
      (NewClaimScratch.head + NewClaimScratch.charges + NewClaimScratch.payments + ["n", "n", "n"]).map { $0 + "\n" }
        .joined(),
    ])
  func leavingWritesNothing(_ input: String) throws {
    let scratch = try NewClaimScratch()
    defer { scratch.remove() }
    let run = settle(["new", scratch.dir, "--as-of", "2026-11-22"], input: input)
    #expect(run.code == 1)
    #expect(run.err.contains("written"))
    #expect(run.out.isEmpty)
    #expect(!scratch.exists(scratch.dir))
  }

  @Test("prompts are decorated only for a terminal")
  func terminalStyle() throws {
    let scratch = try NewClaimScratch()
    defer { scratch.remove() }
    let run = settle(
      ["new", scratch.dir, "--as-of", "2026-11-22"], input: NewClaimScratch.full,
      terminals: TerminalStreams(input: true, output: true, error: true),
      environment: ["TERM": "xterm-256color"])
    #expect(run.code == 0)
    #expect(run.err.contains("\u{1B}[1mBusiness name\u{1B}[0m: "))
    #expect(!run.err.contains("Harbor Supply Co.\n"), "a terminal echoes answers itself")
    #expect(!run.out.contains("\u{1B}["), "the result on standard output stays plain")
    let noColor = settle(
      ["new", scratch.base + "/b", "--as-of", "2026-11-22"], input: NewClaimScratch.full,
      terminals: TerminalStreams(input: true, output: true, error: true),
      environment: ["TERM": "xterm", "NO_COLOR": "1"])
    #expect(noColor.code == 0 && !noColor.err.contains("\u{1B}["))
  }

  @Test("the built binary reads piped answers from standard input")
  func binaryWithPipe() throws {
    guard let binary = Paths.settleBinary() else { return }
    let scratch = try NewClaimScratch()
    defer { scratch.remove() }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = ["new", scratch.dir, "--as-of", "2026-11-22"]
    let input = Pipe()
    let output = Pipe()
    let error = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()
    input.fileHandleForWriting.write(Data(NewClaimScratch.full.utf8))
    try input.fileHandleForWriting.close()
    let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let err = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(err)")
    #expect(out.contains("settle notice \(scratch.dir) --stage reminder"))
    #expect(!err.contains("\u{1B}["))
    let inProcess = scratch.base + "/in-process"
    #expect(settle(["new", inProcess, "--as-of", "2026-11-22"], input: NewClaimScratch.full).code == 0)
    #expect(try scratch.bytes(scratch.claim) == (try scratch.bytes(inProcess + "/claim.json")))
  }

  /// Drives the binary in a pseudo-terminal with python3's `pty` module: the answers are typed,
  /// then the transcript and exit status come back.
  static func runInTerminal(_ binary: String, _ arguments: [String], typing input: String) throws -> (
    status: Int32, transcript: String
  )? {
    guard
      let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: {
        FileManager.default.isExecutableFile(atPath: $0)
      })
    else {
      return nil
    }
    let script = """
      import os, pty, sys, select, signal, time
      argv = sys.argv[1:]
      data = sys.stdin.buffer.read()
      pid, fd = pty.fork()
      if pid == 0:
          os.environ["TERM"] = "xterm"
          os.environ.pop("NO_COLOR", None)
          os.execv(argv[0], argv)
      out = b""
      sent = 0
      deadline = time.time() + 60
      while True:
          if time.time() > deadline:
              os.kill(pid, signal.SIGKILL)
              break
          if sent < len(data):
              line_end = data.find(b"\\n", sent)
              chunk = data[sent:] if line_end < 0 else data[sent:line_end + 1]
              os.write(fd, chunk)
              sent += len(chunk)
          r, _, _ = select.select([fd], [], [], 0.05)
          if r:
              try:
                  piece = os.read(fd, 65536)
              except OSError:
                  break
              if not piece:
                  break
              out += piece
      _, status = os.waitpid(pid, 0)
      sys.stdout.buffer.write(out)
      sys.exit(os.waitstatus_to_exitcode(status))
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = ["-c", script, binary] + arguments
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let transcript = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, transcript)
  }

  @Test("in a pseudo-terminal: decorated prompts, a written claim; Ctrl-D leaves without writing")
  func pseudoTerminal() throws {
    guard let binary = Paths.settleBinary() else { return }
    let scratch = try NewClaimScratch()
    defer { scratch.remove() }
    guard
      let run = try Self.runInTerminal(
        binary, ["new", scratch.dir, "--as-of", "2026-11-22"], typing: NewClaimScratch.full)
    else {
      return
    }
    #expect(run.status == 0, "\(run.transcript)")
    #expect(run.transcript.contains("\u{1B}[1mBusiness name\u{1B}[0m"))
    #expect(run.transcript.contains("Harbor Supply Co."), "the terminal echoes what was typed")
    #expect(ClaimFile.load(scratch.claim).diagnostics.isEmpty)

    let left = scratch.base + "/left"
    let typed = NewClaimScratch.head.prefix(4).map { $0 + "\n" }.joined() + "\u{04}"
    guard let stopped = try Self.runInTerminal(binary, ["new", left, "--as-of", "2026-11-22"], typing: typed) else {
      return
    }
    #expect(stopped.status == 1, "\(stopped.transcript)")
    #expect(stopped.transcript.contains("nothing was written"))
    #expect(!scratch.exists(left))
  }
}
