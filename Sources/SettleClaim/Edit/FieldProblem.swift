/// Why one answer or `--field` value was refused.
public struct FieldProblem: Error, Sendable, Hashable, CustomStringConvertible {
  /// Where the value would go in claim.json, e.g. `$.charges[2].amount`.
  public var path: JSONPath
  /// What is wrong and what is expected, in `settle check`'s words.
  public var message: String
  /// The kind of problem `settle check` would report, when it is one of those.
  public var kind: DiagnosticKind?

  /// Creates a problem.
  public init(path: JSONPath, message: String, kind: DiagnosticKind? = nil) {
    self.path = path
    self.message = message
    self.kind = kind
  }

  public var description: String { "\(path): \(message)" }
}
