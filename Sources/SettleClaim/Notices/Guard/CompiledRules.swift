import Foundation

/// Each rule's patterns compiled once into one case-insensitive expression, with the cues that
/// tell when it cannot match.
final class CompiledRules: @unchecked Sendable {
  // Immutable after init; NSRegularExpression is safe to use from several threads.
  static let shared = CompiledRules(WordingRule.catalog)

  private let expressions: [String: NSRegularExpression]
  private let cues: [String: RuleCues]

  init(_ rules: [WordingRule]) {
    var expressions: [String: NSRegularExpression] = [:]
    var cues: [String: RuleCues] = [:]
    for rule in rules where !rule.patterns.isEmpty {
      let alternatives = rule.patterns.map { "(?:" + WordingGuard.expression(for: $0) + ")" }.joined(separator: "|")
      expressions[rule.id] = try? NSRegularExpression(pattern: alternatives, options: [.caseInsensitive])
      cues[rule.id] = RuleCues(patterns: rule.patterns)
    }
    self.expressions = expressions
    self.cues = cues
  }

  /// The cues of `rule` (read on the spot for a rule outside the catalog).
  func cues(for rule: WordingRule) -> RuleCues {
    if let known = cues[rule.id], WordingRule.named(rule.id) == rule { return known }
    return RuleCues(patterns: rule.patterns)
  }

  /// The compiled expression for `rule` (compiled on the spot for a rule outside the catalog).
  func expression(for rule: WordingRule) -> NSRegularExpression? {
    if let known = expressions[rule.id], WordingRule.named(rule.id) == rule { return known }
    let alternatives = rule.patterns.map { "(?:" + WordingGuard.expression(for: $0) + ")" }.joined(separator: "|")
    return try? NSRegularExpression(pattern: alternatives, options: [.caseInsensitive])
  }
}
