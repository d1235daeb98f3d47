import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `settle` command line: dispatch, help, version and exit codes.
public enum SettleCLI {
  /// The toolkit's version, printed by `--version`.
  public static let version = "0.1.0"

  /// Runs `settle` for the real process: real environment, standard streams and clock.
  /// - Returns: the exit code.
  public static func main(_ arguments: [String]) -> Int32 {
    return run(
      arguments, environment: processEnvironment(),
      wallClock: { Int64(time(nil)) },
      standardOutput: { bytes in write(descriptor: 1, bytes) },
      standardError: { bytes in write(descriptor: 2, bytes) },
      standardInput: { count in read(descriptor: 0, upTo: count) },
      terminals: TerminalStreams(input: isatty(0) == 1, output: isatty(1) == 1, error: isatty(2) == 1))
  }

  /// The process's environment variables, read from `environ` (Foundation's
  /// `ProcessInfo.environment` costs about 0.7 M instructions, a tenth of `settle --version`).
  /// An entry without `=` is skipped; of repeated names the first wins, as `getenv` answers.
  static func processEnvironment() -> [String: String] {
    var variables: [String: String] = [:]
    // `environ` is NULL only after `clearenv()`, which nothing in the process calls.
    var entry = environ
    while let pointer = entry.pointee {
      let text = String(cString: pointer)
      if let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
        let name = String(text[..<equals])
        if variables[name] == nil { variables[name] = String(text[text.index(after: equals)...]) }
      }
      entry += 1
    }
    return variables
  }

  private static func read(descriptor: Int32, upTo count: Int) -> [UInt8] {
    var buffer = [UInt8](repeating: 0, count: max(1, count))
    while true {
      let n = buffer.withUnsafeMutableBytes { raw -> Int in
        guard let base = raw.baseAddress else { return 0 }
        return Glibc.read(descriptor, base, raw.count)
      }
      if n < 0 && errno == EINTR { continue }
      return n > 0 ? Array(buffer[0..<n]) : []
    }
  }

  private static func write(descriptor: Int32, _ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { raw -> Int in
        guard let base = raw.baseAddress else { return 0 }
        return Glibc.write(descriptor, base + offset, bytes.count - offset)
      }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return }
      offset += n
    }
  }

  /// Runs `settle` with explicit inputs and outputs (tests call this in-process).
  /// - Parameters:
  ///   - arguments: the words after `settle`.
  ///   - environment: environment variables (`SOURCE_DATE_EPOCH` is read from here).
  ///   - wallClock: seconds since 1970 UTC; called only when neither `--as-of` nor `SOURCE_DATE_EPOCH` is set.
  ///   - standardOutput: receives standard output.
  ///   - standardError: receives standard error.
  ///   - standardInput: reads up to the given number of bytes of standard input (empty at its end).
  ///   - terminals: which standard streams are terminals.
  /// - Returns: the exit code: 0 done, 1 input wrong, 2 command line wrong, 3 I/O or internal failure.
  public static func run(
    _ arguments: [String], environment: [String: String], wallClock: () -> Int64,
    standardOutput: @escaping ([UInt8]) -> Void, standardError: @escaping ([UInt8]) -> Void,
    standardInput: @escaping (Int) -> [UInt8] = { _ in [] }, terminals: TerminalStreams = TerminalStreams()
  ) -> Int32 {
    func out(_ s: String) { standardOutput(Array(s.utf8)) }
    func err(_ s: String) { standardError(Array((s + "\n").utf8)) }

    // Global options may come before the command word.
    var index = 0
    var wantsHelp = false
    while index < arguments.count, arguments[index].hasPrefix("-"), arguments[index] != "-" {
      switch arguments[index] {
      case "--version":
        out("settle \(version)\n")
        return 0
      case "--help", "-h":
        wantsHelp = true
        index += 1
      case "--as-of":
        index += 2
      default:
        if arguments[index].hasPrefix("--as-of=") {
          index += 1
        } else {
          err("settle: unknown option '\(arguments[index])' before the command (see settle --help)")
          return 2
        }
      }
    }
    guard index < arguments.count else {
      out(HelpText.overview(CommandRegistry.commands))
      if wantsHelp { return 0 }
      err("settle: missing command")
      return 2
    }
    let leading = Array(arguments[..<index])
    var word = arguments[index]
    var rest = leading + Array(arguments[(index + 1)...])
    if word == "help" {
      guard let name = rest.first(where: { !$0.hasPrefix("-") }) else {
        out(HelpText.overview(CommandRegistry.commands))
        return 0
      }
      word = name
      rest = ["--help"]
    }
    guard let command = CommandRegistry.command(named: word) else {
      var message = "settle: unknown command '\(word)'"
      if let near = ArgumentParser.nearest(word, CommandRegistry.commands.map { $0.name }) {
        message += "; did you mean '\(near)'?"
      }
      err(message + " (see settle --help)")
      return 2
    }
    // --help and --version win over any other mistake on the line (up to a "--").
    let optionWords = rest.prefix { $0 != "--" }
    if wantsHelp || optionWords.contains("--help") || optionWords.contains("-h") {
      out(HelpText.help(command))
      return 0
    }
    if optionWords.contains("--version") {
      out("settle \(version)\n")
      return 0
    }
    do {
      let parsed = try ArgumentParser.parse(
        rest, arguments: command.arguments, options: command.options, command: command.name)
      if parsed.isSet("--help") {
        out(HelpText.help(command))
        return 0
      }
      if parsed.isSet("--version") {
        out("settle \(version)\n")
        return 0
      }
      let clock = try Clock.resolve(asOfText: parsed.value("--as-of"), environment: environment, wallClock: wallClock)
      var io = CommandIO(
        clock: clock, environment: environment, standardOutput: standardOutput, standardError: standardError,
        standardInput: standardInput, terminals: terminals)
      try command.run(parsed, &io)
      return 0
    } catch {
      if !error.description.isEmpty { err(error.description) }
      return error.exitCode
    }
  }
}
