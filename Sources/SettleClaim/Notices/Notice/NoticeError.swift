/// Why a notice could not be made.
public enum NoticeError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A template failed to load or render (syntax, unknown variable, forbidden wording…).
  case template(TemplateError)
  /// A rendered template's layout markup is malformed (missing subject, ragged table row).
  case markup(template: String, line: Int, message: String)
  /// The rendered notice breaks wording rules the user did not allow with `--allow`.
  case blockedByWording([WordingFinding])
  /// `--allow` names a rule the guard does not know.
  case unknownRule(String)
  /// A template folder (`--templates DIR`) or file could not be read.
  case unreadableTemplate(path: String, reason: String)
  /// A template folder contains a file that is no known template name, or no template at all.
  case unknownTemplateFile(path: String, suggestion: String?)
  /// The e-mail could not be built (bad address, header injection).
  case mail(MailError)
  /// An e-mail needs the statement PDF, and no statement maker is available in this build.
  case statementUnavailable
  /// The ledger could not be computed (an amount overflowed).
  case ledger(String)

  /// What went wrong, for the terminal.
  public var description: String {
    switch self {
    case .template(let error):
      return error.description
    case let .markup(template, line, message):
      return "\(template): rendered line \(line): \(message)"
    case .blockedByWording(let findings):
      let list = findings.map { "  \($0)" }.joined(separator: "\n")
      let ids = Array(Set(findings.map(\.ruleID))).sorted().joined(separator: ", ")
      return "the notice breaks \(findings.count) wording rule(s) and was not written:\n\(list)\n"
        + "fix the template or the claim, or waive a rule with --allow RULE (\(ids))"
    case .unknownRule(let id):
      let known = WordingRule.catalog.map(\.id).joined(separator: ", ")
      return "--allow: unknown rule '\(id)'; rules are \(known)"
    case let .unreadableTemplate(path, reason):
      return "\(path): cannot read template: \(reason)"
    case let .unknownTemplateFile(path, suggestion):
      let known = NoticeKind.allCases.map(\.fileName).joined(separator: ", ")
      let hint = suggestion.map { "; did you mean '\($0)'?" } ?? ""
      return "\(path): not a known template name\(hint) (known: \(known))"
    case .mail(let error):
      return "cannot build the e-mail: \(error)"
    case .statementUnavailable:
      return
        "--format eml attaches the statement PDF, and this build cannot make statements yet; use --format text or markdown"
    case .ledger(let message):
      return "cannot compute the balance: \(message)"
    }
  }
}
