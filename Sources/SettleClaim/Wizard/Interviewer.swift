/// Asks one question at a time and asks again until the answer is accepted.
///
/// Every question shows its default in brackets (Enter takes it). An answer of `q` leaves, as does
/// the end of input; both throw `WizardStop` so the caller writes nothing. Answers are trimmed of
/// spaces at both ends and otherwise kept exactly as typed (no Unicode normalization).
final class Interviewer {
  let console: any WizardConsole
  var style: ConsoleStyle { console.style }

  init(console: any WizardConsole) { self.console = console }

  /// Shows a line of text.
  func say(_ text: String = "") { console.write(text + "\n") }

  /// Shows a section heading with a blank line before it.
  func section(_ title: String) {
    say()
    say(style.heading(title))
  }

  /// Shows why an answer was refused.
  func refuse(_ message: String) { say("  " + style.problem("! " + message)) }

  /// Reads one answer, trimmed; throws on `q` and at the end of input.
  private func answer() throws(WizardStop) -> String? {
    guard let bytes = console.readLine() else { throw .endOfInput }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      refuse("that answer is not UTF-8 text; check your terminal's character encoding")
      return nil
    }
    let trimmed = text.trimmingSpaces
    if trimmed == "q" { throw .quit }
    return trimmed
  }

  /// Asks `question` until `parse` accepts the answer.
  /// - Parameters:
  ///   - question: the question, without a colon.
  ///   - defaultAnswer: the answer Enter gives, shown in brackets; nil when there is none.
  ///   - parse: turns the answer into a value, or explains why it is refused.
  func ask<T>(_ question: String, default defaultAnswer: String? = nil, _ parse: (String) -> Result<T, AnswerProblem>)
    throws(WizardStop)
    -> T
  {
    while true {
      var prompt = style.question(question)
      if let defaultAnswer, !defaultAnswer.isEmpty { prompt += " " + style.hint("[\(defaultAnswer)]") }
      console.write(prompt + ": ")
      guard var text = try answer() else { continue }
      if text.isEmpty, let defaultAnswer { text = defaultAnswer }
      switch parse(text) {
      case .success(let value): return value
      case .failure(let problem): refuse(problem.message)
      }
    }
  }

  /// Asks for several lines (an address, a few sentences); an empty line ends the answer.
  /// - Parameters:
  ///   - question: shown once before the first line.
  ///   - minimum: the fewest lines accepted.
  ///   - check: checks each line; nil accepts any.
  func askLines(_ question: String, minimum: Int, check: ((String) -> AnswerProblem?)? = nil) throws(WizardStop)
    -> [String]
  {
    say(style.question(question) + " " + style.hint("(an empty line ends it)"))
    var lines: [String] = []
    while true {
      console.write("  " + style.hint("\(lines.count + 1)>") + " ")
      guard let text = try answer() else { continue }
      if text.isEmpty {
        if lines.count >= minimum { return lines }
        refuse(minimum == 1 ? "enter at least one line" : "enter at least \(minimum) lines")
        continue
      }
      if let problem = check?(text) {
        refuse(problem.message)
        continue
      }
      lines.append(text)
    }
  }

  /// Asks a yes/no question; `y`, `yes`, `n`, `no` in any case, Enter for the default.
  func askYesNo(_ question: String, default defaultAnswer: Bool) throws(WizardStop) -> Bool {
    try ask(question, default: defaultAnswer ? "y" : "n") { text in
      switch text.lowercased() {
      case "y", "yes": .success(true)
      case "n", "no": .success(false)
      default: .failure(AnswerProblem("answer y (yes) or n (no)"))
      }
    }
  }
}
