/// Where in a template something was found: 1-based line and column (columns count characters).
public struct TemplatePosition: Sendable, Equatable, CustomStringConvertible {
  /// The 1-based line.
  public var line: Int
  /// The 1-based column, in characters.
  public var column: Int

  /// Creates a position.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// `line:column`.
  public var description: String { "\(line):\(column)" }
}

/// Why a template could not be loaded or rendered.
public enum TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The template text breaks the template syntax: an unterminated `{{`, a malformed tag, an
  /// `{% else %}` or `{% end %}` with no open block.
  case syntax(template: String, at: TemplatePosition, message: String)
  /// An `{% if %}` or `{% for %}` block has no matching `{% end %}`.
  case unclosedBlock(template: String, at: TemplatePosition, tag: String)
  /// A name is not in the declared schema (a misspelt field is an error, never an empty string).
  case unknownVariable(template: String, at: TemplatePosition, name: String, suggestion: String?)
  /// A name is used in a way its type does not allow: a list printed, a money value used as a
  /// condition, an optional value printed outside an `{% if %}` that checks it.
  case typeMismatch(template: String, at: TemplatePosition, name: String, message: String)
  /// A `| filter` is unknown or does not apply to the value's type.
  case unknownFilter(template: String, at: TemplatePosition, filter: String, type: TemplateType)
  /// The template's fixed wording breaks a wording rule (for example a threat of arrest).
  case forbiddenWording(template: String, findings: [WordingFinding])
  /// The values handed to the renderer do not match the schema the template was checked against.
  /// This is a programming error in the code that builds the values, not in the template.
  case valueMismatch(template: String, path: String, expected: TemplateType)

  /// A message naming the template, the position and what is wrong.
  public var description: String {
    switch self {
    case let .syntax(template, at, message):
      return "\(template):\(at): \(message)"
    case let .unclosedBlock(template, at, tag):
      return "\(template):\(at): '{% \(tag) %}' is never closed; add '{% end %}'"
    case let .unknownVariable(template, at, name, suggestion):
      let hint = suggestion.map { "; did you mean '\($0)'?" } ?? ""
      return "\(template):\(at): unknown variable '\(name)'\(hint)"
    case let .typeMismatch(template, at, name, message):
      return "\(template):\(at): '\(name)' \(message)"
    case let .unknownFilter(template, at, filter, type):
      return "\(template):\(at): filter '\(filter)' does not apply to a \(type) value"
    case let .forbiddenWording(template, findings):
      let lines = findings.map { "  \($0)" }.joined(separator: "\n")
      return "\(template): the template's wording breaks \(findings.count) rule(s):\n\(lines)"
    case let .valueMismatch(template, path, expected):
      return "\(template): internal error: value for '\(path)' is not a \(expected)"
    }
  }
}
