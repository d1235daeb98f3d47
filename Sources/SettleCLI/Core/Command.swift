/// A `settle` subcommand.
///
/// To add a command: write one file with a type conforming to `Command`, and add it to
/// `CommandRegistry.commands`. Usage, help and option parsing are generated from `arguments` and
/// `options`, so the help stays true. `run` never reads the wall clock (use `io.asOf` / `io.now`),
/// writes output files with `io.writeOutput` (atomic; `-` is standard output), and reports
/// failure by throwing `CommandFailure`, which picks the exit code.
public protocol Command: Sendable {
  /// The subcommand word, e.g. `check`.
  static var name: String { get }
  /// One line for the command list.
  static var abstract: String { get }
  /// Paragraphs after the usage line in `--help` (may be empty).
  static var discussion: String { get }
  /// The positional arguments, in order.
  static var arguments: [ArgumentSpec] { get }
  /// The options, besides the global `--as-of`, `--help` and `--version`.
  static var options: [OptionSpec] { get }
  /// Runs the command.
  /// - Throws: `CommandFailure` deciding the exit code.
  static func run(_ arguments: ParsedArguments, _ io: inout CommandIO) throws(CommandFailure)
}
