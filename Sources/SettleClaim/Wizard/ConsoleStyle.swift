/// Whether the wizard decorates its text with terminal control codes.
///
/// Codes are used only when the prompts go to a terminal (`isatty`), the terminal is not `dumb`
/// and `NO_COLOR` is not set; piped and captured output is plain text.
public enum ConsoleStyle: Sendable, Hashable {
  /// No control codes at all.
  case plain
  /// ANSI SGR codes: bold questions, dim defaults, red problems, green confirmations.
  case terminal

  /// The style for a prompt stream.
  /// - Parameters:
  ///   - isTerminal: whether the stream is a terminal.
  ///   - environment: the process environment (`TERM`, `NO_COLOR`).
  public static func detect(isTerminal: Bool, environment: [String: String]) -> ConsoleStyle {
    guard isTerminal, environment["TERM"] != "dumb", environment["NO_COLOR"] == nil else { return .plain }
    return .terminal
  }

  /// A section heading.
  func heading(_ text: String) -> String { wrap(text, "1;4") }
  /// A question.
  func question(_ text: String) -> String { wrap(text, "1") }
  /// A default value or a hint.
  func hint(_ text: String) -> String { wrap(text, "2") }
  /// A refused answer.
  func problem(_ text: String) -> String { wrap(text, "31") }
  /// A confirmation.
  func success(_ text: String) -> String { wrap(text, "32") }

  private func wrap(_ text: String, _ code: String) -> String {
    switch self {
    case .plain: text
    case .terminal: "\u{1B}[" + code + "m" + text + "\u{1B}[0m"
    }
  }
}
