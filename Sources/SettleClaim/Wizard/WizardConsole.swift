/// Where the claim wizard asks its questions and reads the answers.
///
/// Prompts and messages go out as text; answers come in one line at a time. `StreamConsole` works
/// over any pair of byte streams (a terminal, a pipe, an in-memory script).
public protocol WizardConsole: AnyObject {
  /// The next line of input without its line break (`\n` or `\r\n`), as raw bytes; nil at the
  /// end of input (Ctrl-D on a terminal, the end of a pipe).
  func readLine() -> [UInt8]?
  /// Shows text to the person answering (standard error for `settle new`).
  func write(_ text: String)
  /// How text is decorated: plain for pipes and files, with colour for terminals.
  var style: ConsoleStyle { get }
}
