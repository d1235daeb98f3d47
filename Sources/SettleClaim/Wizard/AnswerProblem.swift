/// Why an answer was refused; shown, then the question is asked again.
struct AnswerProblem: Error, Sendable, Hashable {
  /// The explanation.
  var message: String

  init(_ message: String) { self.message = message }

  init(_ problem: FieldProblem) { self.message = problem.message }
}

extension Result where Failure == FieldProblem {
  /// The result with the problem as an answer problem, for `Interviewer.ask`.
  var asAnswer: Result<Success, AnswerProblem> { mapError(AnswerProblem.init) }
}
