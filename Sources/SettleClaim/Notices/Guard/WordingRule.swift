/// One rule of the wording guard: an id to name it in `--allow`, what it forbids and where the
/// rule comes from.
///
/// The rules are drawn from the FDCPA (15 U.S.C. §1692e/f), California's Rosenthal Act (Civ. Code
/// §1788 ff.), Texas Finance Code ch. 392 and N.Y. General Business Law §601. They are a lint, not
/// legal advice: they catch the wording those laws forbid, and a person still reads every notice.
public struct WordingRule: Sendable, Equatable, Identifiable {
  /// The stable id used in findings and `--allow`, e.g. `threat.criminal`.
  public let id: String
  /// What the rule forbids and why, in one sentence.
  public let message: String
  /// The statutes the rule is drawn from.
  public let basis: String
  /// What the rule needs to know about the claim to decide.
  public let scope: WordingRuleScope
  /// Regular-expression alternatives that trigger the rule (case-insensitive; a space in a
  /// pattern matches any run of white space, `'` matches straight and curly apostrophes).
  let patterns: [String]

  init(id: String, message: String, basis: String, scope: WordingRuleScope, patterns: [String] = []) {
    self.id = id
    self.message = message
    self.basis = basis
    self.scope = scope
    self.patterns = patterns
  }
}

/// When a wording rule can be decided.
public enum WordingRuleScope: Sendable, Equatable {
  /// Decided by the words alone, so it also runs on a template's fixed text when it loads.
  case wordsAlone
  /// Decided against the claim (its terms, intent, ledger or log), so it runs on rendered notices.
  case claim
}
