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
    for rule in rules where rule.scope == .wordsAlone && !allowed.contains(rule.id) {
      result += Self.matches(of: rule, in: text)
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
        result += Self.matches(of: rule, in: text)
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

  static func matches(of rule: WordingRule, in text: String) -> [WordingFinding] {
    guard let regex = CompiledRules.shared.expression(for: rule) else { return [] }
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
    let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    var missing: [String] = []
    if !context.creditorName.isEmpty && !flat.contains(context.creditorName) { missing.append("the creditor's name") }
    if !context.creditorPhone.isEmpty && !flat.contains(context.creditorPhone) {
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

  /// Every amount written next to a currency mark must be one of the known figures (compared by
  /// value, so `$300` matches a figure printed `$300.00`).
  private static func unverifiedAmounts(_ rule: WordingRule, in text: String, context: WordingContext)
    -> [WordingFinding]
  {
    let markers = context.currencyMarkers.map(\.text)
    let known = Set(
      context.knownAmounts.map { canonicalAmount($0, markers: markers, decimalSeparator: context.decimalSeparator) })
    var found: [WordingFinding] = []
    for match in moneyMatches(in: text, markers: context.currencyMarkers) {
      let written = String(text[match])
      if !known.contains(canonicalAmount(written, markers: markers, decimalSeparator: context.decimalSeparator)) {
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
    var s = compact(written)
    for marker in markers.sorted(by: { $0.count > $1.count }) {
      s = s.replacingOccurrences(of: compact(marker), with: "")
    }
    let isNegative = s.hasPrefix("-")
    let separator: Character = decimalSeparator == "," ? "," : "."
    var whole = ""
    var fraction = ""
    var inFraction = false
    for c in s where c.isASCII {
      if c == separator {
        inFraction = true
      } else if c.isNumber {
        if inFraction { fraction.append(c) } else { whole.append(c) }
      }
    }
    while whole.hasPrefix("0") { whole.removeFirst() }
    while fraction.hasSuffix("0") { fraction.removeLast() }
    let value = (whole.isEmpty ? "0" : whole) + (fraction.isEmpty ? "" : "." + fraction)
    return (isNegative && value != "0" ? "-" : "") + value
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
      guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
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

  /// An amount with all white space removed, so `1 234,56 €` and `1 234,56 €` compare equal.
  static func compact(_ s: String) -> String {
    String(
      s.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\u{202F}" && $0 != "\u{00A0}" }.map(
        Character.init))
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
