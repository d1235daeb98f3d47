import SettleClaim
import SettleModel

/// What a running command may touch: its clock, environment, standard output and error, and output files.
public struct CommandIO {
  /// The fixed "today" and "now" for this run.
  public var clock: Clock
  /// The process environment.
  public var environment: [String: String]
  private let standardOutput: ([UInt8]) -> Void
  private let standardError: ([UInt8]) -> Void
  private let standardInput: (Int) -> [UInt8]
  /// Which standard streams are terminals, so a command prompts or decorates text only for people.
  public var terminals: TerminalStreams

  /// Creates an I/O context.
  /// - Parameters:
  ///   - clock: the resolved clock.
  ///   - environment: environment variables.
  ///   - standardOutput: receives bytes for standard output.
  ///   - standardError: receives bytes for standard error.
  ///   - standardInput: reads up to the given number of bytes of standard input; empty at its end.
  ///   - terminals: which standard streams are terminals.
  public init(
    clock: Clock, environment: [String: String], standardOutput: @escaping ([UInt8]) -> Void,
    standardError: @escaping ([UInt8]) -> Void, standardInput: @escaping (Int) -> [UInt8] = { _ in [] },
    terminals: TerminalStreams = TerminalStreams()
  ) {
    self.clock = clock
    self.environment = environment
    self.standardOutput = standardOutput
    self.standardError = standardError
    self.standardInput = standardInput
    self.terminals = terminals
  }

  /// Reads up to `count` bytes of standard input; an empty result means its end.
  public func readInput(upTo count: Int) -> [UInt8] { standardInput(count) }
  /// Writes text to standard error as is (prompts, without a line break).
  public func writeError(_ text: String) { standardError(Array(text.utf8)) }

  /// The as-of date.
  public var asOf: CivilDate { clock.asOf }
  /// The current instant.
  public var now: Instant { clock.now }

  /// Writes text to standard output as is.
  public func write(_ text: String) { standardOutput(Array(text.utf8)) }
  /// Writes bytes to standard output.
  public func write(_ bytes: [UInt8]) { standardOutput(bytes) }
  /// Writes a line to standard output.
  public func print(_ line: String) { standardOutput(Array((line + "\n").utf8)) }
  /// Writes a line to standard error.
  public func printError(_ line: String) { standardError(Array((line + "\n").utf8)) }

  /// Writes an output file atomically, or to standard output when `path` is `-`.
  ///
  /// Build the whole output in memory first: an error before this call leaves nothing behind,
  /// and this call replaces the file in one rename. Output files are documents the claim
  /// reproduces, so the call does not wait for the disk (`AtomicFile`'s `flushes: false`); the
  /// claim file itself is written by `ClaimUpdate`, which does.
  /// - Throws: `CommandFailure.io` naming the file.
  public func writeOutput(_ bytes: [UInt8], to path: String) throws(CommandFailure) {
    if path == "-" {
      standardOutput(bytes)
      return
    }
    do { try AtomicFile.write(bytes, to: path, flushes: false) } catch { throw .io(error.description) }
  }
}

/// Which of the standard streams are terminals (`isatty`).
public struct TerminalStreams: Sendable, Hashable {
  /// Standard input is a terminal.
  public var input: Bool
  /// Standard output is a terminal.
  public var output: Bool
  /// Standard error is a terminal.
  public var error: Bool

  /// Creates the description; all false (pipes and files) by default.
  public init(input: Bool = false, output: Bool = false, error: Bool = false) {
    self.input = input
    self.output = output
    self.error = error
  }
}
