import Foundation
import Synchronization

/// Each rule's patterns compiled once into one case-insensitive expression, with the cues that
/// tell when it cannot match.
final class CompiledRules: @unchecked Sendable {
  // The dictionaries are immutable after init and the partial expressions sit behind a Mutex;
  // NSRegularExpression is safe to use from several threads.
  static let shared = CompiledRules(WordingRule.catalog)

  private let expressions: [String: NSRegularExpression]
  private let cues: [String: RuleCues]
  /// Expressions of some of a catalog rule's patterns, by rule id and the patterns kept.
  private let partialExpressions = Mutex<[PartialKey: NSRegularExpression]>([:])

  private struct PartialKey: Hashable {
    var ruleID: String
    var kept: [Bool]
  }

  init(_ rules: [WordingRule]) {
    var expressions: [String: NSRegularExpression] = [:]
    var cues: [String: RuleCues] = [:]
    for rule in rules where !rule.patterns.isEmpty {
      expressions[rule.id] = Self.compile(rule.patterns)
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
    return Self.compile(rule.patterns)
  }

  /// The expression of the patterns of `rule` for which `kept` is true, in their order; as the
  /// left-out patterns have no match in the text, it finds what the whole expression finds.
  /// Compiled once per set of patterns for catalog rules.
  func expression(for rule: WordingRule, keeping kept: [Bool]) -> NSRegularExpression? {
    if !kept.contains(false) { return expression(for: rule) }
    let patterns = zip(rule.patterns, kept).filter(\.1).map(\.0)
    guard WordingRule.named(rule.id) == rule else { return Self.compile(patterns) }
    let key = PartialKey(ruleID: rule.id, kept: kept)
    if let known = partialExpressions.withLock({ $0[key] }) { return known }
    guard let compiled = Self.compile(patterns) else { return nil }
    partialExpressions.withLock { $0[key] = compiled }
    return compiled
  }

  /// Compiled amount expressions (`WordingGuard.moneyMatches`), by pattern: one per currency
  /// marker and side, so a batch of notices compiles each once. Bounded: a full cache is cleared.
  private static let amountExpressions = Mutex<[String: NSRegularExpression]>([:])

  /// The expression for an amount pattern, compiled once (nil when it does not compile).
  static func amountExpression(_ pattern: String) -> NSRegularExpression? {
    if let known = amountExpressions.withLock({ $0[pattern] }) { return known }
    guard let compiled = try? NSRegularExpression(pattern: pattern) else { return nil }
    amountExpressions.withLock { cache in
      if cache.count >= 256 { cache.removeAll() }
      cache[pattern] = compiled
    }
    return compiled
  }

  private static func compile(_ patterns: [String]) -> NSRegularExpression? {
    let alternatives = patterns.map { "(?:" + WordingGuard.expression(for: $0) + ")" }.joined(separator: "|")
    return try? NSRegularExpression(pattern: alternatives, options: [.caseInsensitive])
  }
}
