/// Why `settle add` did not add an entry. Whenever one is thrown, the claim file is unchanged and
/// no file was copied into its folder.
public enum ClaimEditError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Locking, reading or writing a file failed.
  case file(FileAccessError)
  /// The claim already had errors before the edit; they are listed (fix them first).
  case invalidClaim([Diagnostic])
  /// A field was given that this kind of entry does not have, e.g. `invoice` for a payment.
  case unknownField(kind: ClaimItemKind, field: String, suggestion: String?)
  /// A required field was not given.
  case missingField(kind: ClaimItemKind, field: String)
  /// A field's value was refused, in `settle check`'s words.
  case invalidField(field: String, FieldProblem)
  /// The claim with the new entry would not check clean (a duplicate charge id, an `appliesTo`
  /// naming no charge, a due date before the date, …); the problems are listed.
  case rejected([Diagnostic])
  /// The claim's text could not be edited (its lists are not where the schema puts them).
  case edit(JSONEditError)

  public var description: String {
    switch self {
    case .file(let e):
      return e.description
    case .invalidClaim(let diagnostics):
      return "the claim has errors; fix them before adding to it:\n"
        + diagnostics.map(\.description).joined(separator: "\n")
    case .unknownField(let kind, let field, let suggestion):
      var s = "a \(kind.rawValue) has no field \"\(field)\""
      if let suggestion { s += "; did you mean \"\(suggestion)\"?" }
      return s + " (fields: " + kind.fields.joined(separator: ", ") + ")"
    case .missingField(let kind, let field):
      return "a \(kind.rawValue) needs \"\(field)\" (required: " + kind.requiredFields.joined(separator: ", ") + ")"
    case .invalidField(let field, let problem):
      return "\"\(field)\": \(problem.message)"
    case .rejected(let diagnostics):
      return "the claim would not check clean with this entry, so nothing was added:\n"
        + diagnostics.map(\.description).joined(separator: "\n")
    case .edit(let e):
      return e.description
    }
  }
}
