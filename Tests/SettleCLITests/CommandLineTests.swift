import Foundation
import SettleClaim
import Testing

@testable import SettleCLI

@Suite("Command line: parsing, help, exit codes")
struct CommandLineTests {
  @Test func helpAndVersionWorkEverywhere() {
    let top = settle(["--help"])
    #expect(top.code == 0)
    for command in CommandRegistry.commands { #expect(top.out.contains("  \(command.name) ")) }
    #expect(settle(["--version"]).out == "settle \(SettleCLI.version)\n")
    for command in CommandRegistry.commands {
      let help = settle([command.name, "--help"])
      #expect(help.code == 0)
      #expect(help.out.hasPrefix("USAGE: settle \(command.name)"))
      #expect(settle(["help", command.name]).out == help.out)
      #expect(settle(["-h", command.name]).out == help.out)
      #expect(settle([command.name, "--version"]).code == 0)
      // Every option the parser accepts is in the help, and vice versa.
      for option in command.options + GlobalOptions.all { #expect(help.out.contains(option.name)) }
    }
    #expect(settle(["check", "--bogus", "--help"]).code == 0)
    #expect(settle(["log", "--version", "--kind", "nonsense"]).out == "settle \(SettleCLI.version)\n")
    #expect(
      settle(["plan", "--help"]).out.contains(
        "USAGE: settle plan CLAIM --installments N --first-due DATE [--frequency F] [--json]"))
  }

  @Test func helpListsOnlyOptionsTheParserAccepts() throws {
    for command in CommandRegistry.commands {
      let help = HelpText.help(command)
      for word in Set(Self.optionNames(in: help)).sorted() {
        let known = (command.options + GlobalOptions.all).contains { $0.name == word }
        #expect(known, "\(command.name) help mentions \(word), which the parser does not accept")
      }
    }
  }

  /// The `--name` words in `text`: "--" at the start of a word, then letters, digits and inner
  /// hyphens; punctuation after the name ("--json;", "--as-of.", "(--json)", "--as-of=DATE") is not
  /// part of it, and a bare "--" is not an option.
  static func optionNames(in text: String) -> [String] {
    let chars = Array(text)
    var names: [String] = []
    var i = 0
    func isNameCharacter(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || c == "-") }
    while i + 1 < chars.count {
      let startsWord = i == 0 || !isNameCharacter(chars[i - 1])
      guard startsWord, chars[i] == "-", chars[i + 1] == "-" else {
        i += 1
        continue
      }
      var end = i + 2
      while end < chars.count, isNameCharacter(chars[end]) { end += 1 }
      var name = String(chars[i..<end])
      while name.hasSuffix("-") && name.count > 2 { name.removeLast() }
      if name.count > 2 && name.dropFirst(2).first?.isLetter == true { names.append(name) }
      i = end
    }
    return names
  }

  @Test func optionScannerStopsAtPunctuation() {
    #expect(Self.optionNames(in: "Use --json; or --as-of. Then (--force), `--out`, --as-of=DATE") == [
      "--json", "--as-of", "--force", "--out", "--as-of",
    ])
    #expect(Self.optionNames(in: "a -- b --- c --1 x--y [--json]\n--help,") == ["--json", "--help"])
    #expect(Self.optionNames(in: "no options here - at all") == [])
  }

  @Test(arguments: [
    ([], "missing command"),
    (["chek", "x"], "unknown command 'chek'; did you mean 'check'?"),
    (["check"], "missing CLAIM"),
    (["check", "a", "b"], "unexpected argument 'b'"),
    (["check", "a", "--jsn"], "unknown option '--jsn'; did you mean '--json'?"),
    (["check", "a", "--json=yes"], "--json takes no value"),
    (["check", "a", "--as-of"], "--as-of needs a value"),
    (["check", "a", "--as-of", "2026-02-30"], "--as-of 2026-02-30: February 2026 has no day 30"),
    (
      ["plan", "a", "--installments", "0", "--first-due", "2026-12-01"],
      "--installments 0: expected a whole number from 1 to 600"
    ),
    (["plan", "a", "--installments", "3"], "missing --first-due"),
    (
      ["plan", "a", "--installments", "3", "--first-due", "2026-12-01", "--frequency", "monthy"],
      "did you mean 'monthly'?"
    ),
    (["log", "a", "--kind", "email", "--summary", "x"], "--kind email: expected one of statementSent"),
    (["log", "a", "--kind", "note", "--summary", "x", "--at", "2026-07-15"], "--at 2026-07-15:"),
    (["--bogus", "check"], "unknown option '--bogus' before the command"),
  ])
  func commandLineMistakesExitWith2(arguments: [String], message: String) {
    let run = settle(arguments)
    #expect(run.code == 2)
    #expect(run.err.contains(message), "stderr: \(run.err)")
  }

  @Test func parserAcceptsBothValueForms() throws {
    let options: [OptionSpec] = [.value("--output", short: "-o", "FILE", help: ""), .flag("--json", help: "")]
    let a = try ArgumentParser.parse(
      ["x", "--output=a.pdf", "--json"], arguments: [ArgumentSpec("X", help: "")], options: options, command: "t")
    #expect(a.value("--output") == "a.pdf" && a.isSet("--json") && a.positionals == ["x"])
    let b = try ArgumentParser.parse(
      ["-o", "-", "--", "--json"], arguments: [ArgumentSpec("X", help: "")], options: options, command: "t")
    #expect(b.value("--output") == "-" && !b.isSet("--json") && b.positionals == ["--json"])
  }

  @Test func clockPrefersAsOfThenSourceDateEpochThenWallClock() throws {
    var wallClockReads = 0
    let fixed = try Clock.resolve(asOfText: "2026-03-01", environment: ["SOURCE_DATE_EPOCH": "0"]) {
      wallClockReads += 1
      return 0
    }
    #expect(fixed.asOf.description == "2026-03-01" && fixed.now.description == "2026-03-01T00:00:00Z")
    let epoch = try Clock.resolve(asOfText: nil, environment: ["SOURCE_DATE_EPOCH": "1795348800"]) {
      wallClockReads += 1
      return 0
    }
    #expect(epoch.asOf.description == "2026-11-22" && epoch.now.description == "2026-11-22T12:00:00Z")
    #expect(wallClockReads == 0)
    let wall = try Clock.resolve(asOfText: nil, environment: [:]) {
      wallClockReads += 1
      return 86_400
    }
    #expect(wall.asOf.description == "1970-01-02" && wallClockReads == 1)
    #expect(throws: CommandFailure.self) {
      try Clock.resolve(asOfText: nil, environment: ["SOURCE_DATE_EPOCH": "-5"]) { 0 }
    }
  }

  @Test func outputsAreAtomicAndDashMeansStandardOutput() throws {
    let out = OutputBuffer()
    let io = CommandIO(
      clock: Clock(asOf: .init(daysSinceEpoch: 0), now: .init(secondsSinceEpoch: 0)), environment: [:],
      standardOutput: { out.bytes += $0 }, standardError: { _ in })
    try io.writeOutput(Array("hello".utf8), to: "-")
    #expect(out.bytes == Array("hello".utf8))
    let folder = FileManager.default.temporaryDirectory.path + "/settle-out-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try io.writeOutput(Array("data".utf8), to: folder + "/a.txt")
    #expect(try String(contentsOfFile: folder + "/a.txt", encoding: .utf8) == "data")
    #expect(throws: CommandFailure.self) { try io.writeOutput([1], to: folder + "/no/such/dir/a.txt") }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["a.txt"])
  }
}
