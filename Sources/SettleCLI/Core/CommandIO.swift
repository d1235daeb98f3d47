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

  /// Creates an I/O context.
  /// - Parameters:
  ///   - clock: the resolved clock.
  ///   - environment: environment variables.
  ///   - standardOutput: receives bytes for standard output.
  ///   - standardError: receives bytes for standard error.
  public init(
    clock: Clock, environment: [String: String], standardOutput: @escaping ([UInt8]) -> Void,
    standardError: @escaping ([UInt8]) -> Void
  ) {
    self.clock = clock
    self.environment = environment
    self.standardOutput = standardOutput
    self.standardError = standardError
  }

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
  /// and this call replaces the file in one rename.
  /// - Throws: `CommandFailure.io` naming the file.
  public func writeOutput(_ bytes: [UInt8], to path: String) throws(CommandFailure) {
    if path == "-" {
      standardOutput(bytes)
      return
    }
    do { try AtomicFile.write(bytes, to: path) } catch { throw .io(error.description) }
  }
}
