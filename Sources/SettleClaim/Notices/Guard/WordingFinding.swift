/// One place where a text breaks a wording rule.
public struct WordingFinding: Sendable, Equatable, CustomStringConvertible {
  /// The broken rule's id (what `--allow` takes).
  public let ruleID: String
  /// The rule's explanation, sometimes made specific to the claim.
  public let message: String
  /// The 1-based line of the checked text where the words were found (0 when the finding is about
  /// something missing from the whole text).
  public let line: Int
  /// The words that triggered the rule, as written (empty when something is missing).
  public let excerpt: String

  /// Creates a finding.
  public init(ruleID: String, message: String, line: Int, excerpt: String) {
    self.ruleID = ruleID
    self.message = message
    self.line = line
    self.excerpt = excerpt
  }

  /// `line 12: [threat.criminal] "have you arrested": threats of arrest … (FDCPA …)`.
  public var description: String {
    let place = line > 0 ? "line \(line): " : ""
    let quote = excerpt.isEmpty ? "" : "\"\(excerpt)\": "
    return "\(place)[\(ruleID)] \(quote)\(message)"
  }
}
