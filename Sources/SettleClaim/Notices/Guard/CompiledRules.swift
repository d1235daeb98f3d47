import Foundation

/// Each rule's patterns compiled once into one case-insensitive expression.
final class CompiledRules: @unchecked Sendable {
  // Immutable after init; NSRegularExpression is safe to use from several threads.
  static let shared = CompiledRules(WordingRule.catalog)

  private let expressions: [String: NSRegularExpression]

  init(_ rules: [WordingRule]) {
    var expressions: [String: NSRegularExpression] = [:]
    for rule in rules where !rule.patterns.isEmpty {
      let alternatives = rule.patterns.map { "(?:" + WordingGuard.expression(for: $0) + ")" }.joined(separator: "|")
      expressions[rule.id] = try? NSRegularExpression(pattern: alternatives, options: [.caseInsensitive])
    }
    self.expressions = expressions
  }

  /// The compiled expression for `rule` (compiled on the spot for a rule outside the catalog).
  func expression(for rule: WordingRule) -> NSRegularExpression? {
    if let known = expressions[rule.id], WordingRule.named(rule.id) == rule { return known }
    let alternatives = rule.patterns.map { "(?:" + WordingGuard.expression(for: $0) + ")" }.joined(separator: "|")
    return try? NSRegularExpression(pattern: alternatives, options: [.caseInsensitive])
  }
}
