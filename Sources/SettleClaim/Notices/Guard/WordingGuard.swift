import Foundation

/// Checks notice text against the wording rules and reports every finding.
///
/// A template's fixed text is checked when it loads (rules decided by the words alone); a
/// rendered notice is checked in full against the claim. Findings are values: callers decide
/// whether they block (the CLI blocks on any finding not named by `--allow`).
public struct WordingGuard: Sendable {
  /// The rules this guard applies.
  public let rules: [WordingRule]

  /// A guard applying `rules` (all known rules by default).
  public init(rules: [WordingRule] = WordingRule.catalog) {
    self.rules = rules
  }

  /// Findings in a template's fixed text: only the rules decided by the words alone.
  ///
  /// - Parameters:
  ///   - text: the template's fixed text (what it says whatever the claim).
  ///   - allowed: rule ids the user waived with `--allow`.
  public func findings(inFixedText text: String, allowing allowed: Set<String> = []) -> [WordingFinding] {
    var result: [WordingFinding] = []
    let words = FoldedWords(text)
    for rule in rules where rule.scope == .wordsAlone && !allowed.contains(rule.id) {
      result += Self.matches(of: rule, in: text, words: words)
    }
    return Self.sorted(result)
  }

  /// Findings in a rendered notice, judged against what the claim allows.
  ///
  /// - Parameters:
  ///   - text: the notice as the recipient reads it.
  ///   - context: the claim's terms, intent, log state and ledger figures.
  ///   - allowed: rule ids the user waived with `--allow`.
  /// - Complexity: O(rules × text length).
  public func findings(in text: String, context: WordingContext, allowing allowed: Set<String> = []) -> [WordingFinding]
  {
    var result: [WordingFinding] = []
    let words = FoldedWords(text)
    for rule in rules where !allowed.contains(rule.id) {
      switch rule.id {
      case WordingRule.unintendedCourt.id where context.smallClaimsCourt != nil,
        WordingRule.unintendedAgency.id where context.intendsCollectionAgency,
        WordingRule.unintendedCreditHold.id where context.intendsCreditHold,
        WordingRule.unauthorizedLateFee.id where context.hasLateFeeTerms,
        WordingRule.unauthorizedInterest.id where context.hasInterestTerms:
        continue
      case WordingRule.creditorIdentity.id:
        result += Self.missingIdentity(rule, in: text, context: context)
      case WordingRule.openDispute.id:
        if context.hasOpenDispute && context.isCollectionNotice {
          result.append(WordingFinding(ruleID: rule.id, message: rule.message, line: 0, excerpt: ""))
        }
      case WordingRule.unverifiedAmount.id:
        result += Self.unverifiedAmounts(rule, in: text, context: context)
      default:
        result += Self.matches(of: rule, in: text, words: words)
      }
    }
    return Self.sorted(result)
  }

  // MARK: - Matching

  /// Turns a rule pattern into a regular expression: case-insensitive, a space matches any white
  /// space run (so a phrase wrapped across lines still matches), `'` matches both apostrophes.
  static func expression(for pattern: String) -> String {
    pattern.replacingOccurrences(of: " ", with: #"\s+"#).replacingOccurrences(of: "'", with: "['’]")
  }

  /// The findings of `rule`'s expression in `text`; with `words` (the text's `FoldedWords`), only
  /// the patterns whose cues are all in the text are run (none when no pattern's are).
  static func matches(of rule: WordingRule, in text: String, words: FoldedWords? = nil) -> [WordingFinding] {
    let compiled = CompiledRules.shared
    let expression: NSRegularExpression?
    if let words {
      let possible = compiled.cues(for: rule).possiblePatterns(words)
      guard possible.contains(true) else { return [] }
      expression = compiled.expression(for: rule, keeping: possible)
    } else {
      expression = compiled.expression(for: rule)
    }
    guard let regex = expression else { return [] }
    var found: [WordingFinding] = []
    let whole = NSRange(text.startIndex..<text.endIndex, in: text)
    for match in regex.matches(in: text, range: whole) {
      guard let range = Range(match.range, in: text) else { continue }
      let excerpt = String(text[range]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
      found.append(
        WordingFinding(
          ruleID: rule.id, message: "\(rule.message) (\(rule.basis))",
          line: line(of: range.lowerBound, in: text), excerpt: excerpt))
    }
    return found
  }

  static func line(of index: String.Index, in text: String) -> Int {
    1 + text[..<index].utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
  }

  private static func missingIdentity(_ rule: WordingRule, in text: String, context: WordingContext) -> [WordingFinding]
  {
    var flatText: String?
    // The text with each white space run made one space, made only when a value is not found as
    // written (a name wrapped across lines).
    func flatContains(_ value: String) -> Bool {
      if isSingleSpaced(value) && text.contains(value) { return true }
      if flatText == nil { flatText = text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
      return flatText?.contains(value) ?? false
    }
    var missing: [String] = []
    if !context.creditorName.isEmpty && !flatContains(context.creditorName) { missing.append("the creditor's name") }
    if !context.creditorPhone.isEmpty && !flatContains(context.creditorPhone) {
      missing.append("the creditor's phone number")
    }
    if context.creditorName.isEmpty { missing.append("the creditor's name (the claim has none)") }
    if context.creditorPhone.isEmpty { missing.append("the creditor's phone number (the claim has none)") }
    guard !missing.isEmpty else { return [] }
    return [
      WordingFinding(
        ruleID: rule.id, message: "\(rule.message); missing: \(missing.joined(separator: ", ")) (\(rule.basis))",
        line: 0, excerpt: "")
    ]
  }

  /// Whether `value` has white space only as single spaces between other characters: then where
  /// the text holds it as written, the text with its white space runs made single spaces holds it
  /// too (each of its spaces is a run of one between characters that stay).
  static func isSingleSpaced(_ value: String) -> Bool {
    var previousIsSpace = true
    for c in value {
      if c.isWhitespace {
        if c != " " || previousIsSpace { return false }
        previousIsSpace = true
      } else {
        previousIsSpace = false
      }
    }
    return !previousIsSpace
  }

  /// Every amount written next to a currency mark must be one of the known figures (compared by
  /// value, so `$300` matches a figure printed `$300.00`).
  private static func unverifiedAmounts(_ rule: WordingRule, in text: String, context: WordingContext)
    -> [WordingFinding]
  {
    let canonical = AmountCanonicalizer(
      markers: context.currencyMarkers.map(\.text), decimalSeparator: context.decimalSeparator)
    let known = Set(context.knownAmounts.map { canonical.value(of: $0) })
    var found: [WordingFinding] = []
    for match in moneyMatches(in: text, markers: context.currencyMarkers) {
      let written = String(text[match])
      if !known.contains(canonical.value(of: written)) {
        found.append(
          WordingFinding(
            ruleID: rule.id, message: "\(rule.message) (\(rule.basis))",
            line: line(of: match.lowerBound, in: text), excerpt: written))
      }
    }
    return found
  }

  /// An amount reduced to its value: marks, spaces and grouping removed, the decimal separator
  /// made `.`, leading zeros and trailing fraction zeros dropped (`$1,300.50` → `1300.5`).
  static func canonicalAmount(_ written: String, markers: [String], decimalSeparator: String) -> String {
    AmountCanonicalizer(markers: markers, decimalSeparator: decimalSeparator).value(of: written)
  }

  /// The ranges of amounts written with a currency mark, in text order.
  static func moneyMatches(in text: String, markers: [CurrencyMarker]) -> [Range<String.Index>] {
    let number = #"[0-9](?:[0-9.,'\u00A0\u202F]*[0-9]|(?: [0-9]{3})+(?:,[0-9]+)?)?"#
    // (range, marker order): earlier markers win an overlap, as listed.
    var found: [(range: Range<String.Index>, order: Int)] = []
    let whole = NSRange(text.startIndex..<text.endIndex, in: text)
    for (order, marker) in markers.enumerated() {
      let mark = NSRegularExpression.escapedPattern(for: marker.text)
      let pattern =
        marker.isBeforeAmount
        ? #"(?<![A-Za-z0-9])"# + mark + #"[\s\u00A0\u202F]?-?"# + number
        : "-?" + number + #"[\s\u00A0\u202F]?"# + mark + #"(?![A-Za-z0-9])"#
      guard let regex = CompiledRules.amountExpression(pattern) else { continue }
      for match in regex.matches(in: text, range: whole) {
        if let range = Range(match.range, in: text) { found.append((range, order)) }
      }
    }
    // One sort and one sweep (no pairwise overlap test, so long notices stay linear-ish).
    found.sort { ($0.range.lowerBound, $0.order) < ($1.range.lowerBound, $1.order) }
    var kept: [(range: Range<String.Index>, order: Int)] = []
    for candidate in found {
      if let last = kept.last, last.range.overlaps(candidate.range) {
        // Keep the match of the earlier marker; otherwise the one that started first.
        if candidate.order < last.order { kept[kept.count - 1] = candidate }
        continue
      }
      kept.append(candidate)
    }
    return kept.map(\.range)
  }

  private static func sorted(_ findings: [WordingFinding]) -> [WordingFinding] {
    let order = Dictionary(uniqueKeysWithValues: WordingRule.catalog.enumerated().map { ($1.id, $0) })
    return findings.enumerated().sorted { a, b in
      if a.element.line != b.element.line { return a.element.line < b.element.line }
      let ra = order[a.element.ruleID] ?? Int.max, rb = order[b.element.ruleID] ?? Int.max
      if ra != rb { return ra < rb }
      return a.offset < b.offset
    }.map(\.element)
  }
}
