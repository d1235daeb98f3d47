import SettleModel

/// Readers for single values. Each reports its own problems and returns nil when the value is unusable.
extension ClaimDecoder {
  /// A human description of a JSON value for "found …" messages: `the number 12.5`, `a string`, ….
  static func describe(_ value: JSONValue) -> String {
    switch value {
    case .null: "null"
    case .bool(let b): b ? "true" : "false"
    case .number(let t): "the number \(t)"
    case .string(let s): "the string \(JSONValue.string(s).briefDescription)"
    case .array: "an array"
    case .object: "an object"
    }
  }

  mutating func wrongType(_ node: JSONNode, _ path: @autoclosure () -> JSONPath, expected: String) {
    error(
      .wrongType, node, path(), "expected \(expected), found \(ClaimDecoder.describe(node.value))",
      found: node.value.briefDescription, expected: expected)
  }

  mutating func missing(_ key: String, in object: JSONNode, _ path: @autoclosure () -> JSONPath) {
    error(.missingField, object, path(), "missing required field \"\(key)\"", expected: key)
  }

  /// The members of an object, after reporting unknown and missing fields. Lookups by key only,
  /// so no output depends on member order.
  mutating func object(
    _ node: JSONNode, _ path: @autoclosure () -> JSONPath, allowed: [String], required: [String]
  ) -> Fields? {
    guard case .object(let members) = node.value else {
      wrongType(node, path(), expected: "an object")
      return nil
    }
    for member in members where !allowed.contains(member.key) {
      var message = "unknown field \(JSONWriter.quoted(member.key))"
      if let near = Suggestion.nearest(
        to: member.key, in: allowed.filter { key in !members.contains { $0.key == key } })
      {
        message += "; did you mean '\(near)'?"
      } else {
        message += "; allowed here: " + allowed.joined(separator: ", ")
      }
      diagnostics.append(
        Diagnostic(
          .error, .unknownField, file: file, location: member.keyRange.start, path: path().appending(member.key),
          message: message,
          found: member.key, expected: allowed.joined(separator: ", ")))
    }
    let fields = Fields(members: members)
    for key in required where !fields.contains(key) { missing(key, in: node, path()) }
    return fields
  }

  mutating func string(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> String? {
    guard case .string(let s) = node.value else {
      wrongType(node, path(), expected: "a string")
      return nil
    }
    return s
  }

  /// A string that must hold something other than whitespace.
  mutating func text(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> String? {
    guard let s = string(node, path()) else { return nil }
    if ClaimDecoder.isBlank(s) {
      error(.invalidValue, node, path(), "is empty; expected text", found: "\"\(s)\"", expected: "non-empty text")
      return nil
    }
    return s
  }

  /// Whether `s` is empty or only whitespace. A first byte that is printable ASCII other than a
  /// space starts a character that is not whitespace, which settles nearly every string at once.
  static func isBlank(_ s: String) -> Bool {
    if let first = s.utf8.first, first > 0x20 && first < 0x7F { return false }
    return s.allSatisfy(\.isWhitespace)
  }

  /// An address: an array of strings.
  mutating func lines(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> [String]? {
    guard case .array(let elements) = node.value else {
      wrongType(node, path(), expected: "an array of address lines")
      return nil
    }
    var out: [String] = []
    var ok = true
    for (i, e) in elements.enumerated() {
      if let s = string(e, path().appending(i)) { out.append(s) } else { ok = false }
    }
    return ok ? out : nil
  }

  mutating func bool(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> Bool? {
    guard case .bool(let b) = node.value else {
      wrongType(node, path(), expected: "true or false")
      return nil
    }
    return b
  }

  /// A JSON integer in `range` (no fraction, no exponent).
  mutating func count(
    _ node: JSONNode, _ path: @autoclosure () -> JSONPath, in range: ClosedRange<Int>, example: String
  ) -> Int? {
    let expected = "a whole number from \(range.lowerBound) to \(range.upperBound), e.g. \(example)"
    switch node.value {
    case .number(let t):
      guard
        t.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
          || (t.hasPrefix("-") && t.utf8.dropFirst().allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }))
      else {
        error(.invalidCount, node, path(), "expected \(expected), found \(t)", found: t, expected: expected)
        return nil
      }
      guard let n = Int(t), range.contains(n) else {
        error(.invalidCount, node, path(), "\(t) is out of range; expected \(expected)", found: t, expected: expected)
        return nil
      }
      return n
    case .string(let s):
      error(
        .wrongType, node, path(),
        "expected \(expected) as a JSON number (without quotes), found the string \(JSONWriter.quoted(s))", found: s,
        expected: expected)
      return nil
    default:
      wrongType(node, path(), expected: expected)
      return nil
    }
  }

  /// One of an enumeration's raw values, with a "did you mean" for typos.
  mutating func word<E: RawRepresentable & CaseIterable>(
    _ node: JSONNode, _ path: @autoclosure () -> JSONPath, as type: E.Type
  ) -> E?
  where E.RawValue == String {
    guard let s = string(node, path()) else { return nil }
    if let v = E(rawValue: s) { return v }
    let allowed = E.allCases.map(\.rawValue)
    var message = "\(JSONWriter.quoted(s)) is not one of " + allowed.map { "\"\($0)\"" }.joined(separator: ", ")
    if let near = Suggestion.nearest(to: s, in: allowed) { message += "; did you mean '\(near)'?" }
    error(.invalidValue, node, path(), message, found: s, expected: allowed.joined(separator: ", "))
    return nil
  }

  /// The message for a value `text` refused for `reason`: the quoted text, then the reason, unless the
  /// reason already starts with the quoted text (`"x" is not a date …`, not `"x": "x" is not a date …`).
  static func explaining(_ text: String, _ reason: some CustomStringConvertible) -> String {
    let why = reason.description
    let quoted = JSONWriter.quoted(text)
    if why.hasPrefix(quoted) || why.hasPrefix("\"\(text)\"") { return why }
    return "\(quoted): \(why)"
  }

  mutating func date(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> CivilDate? {
    guard let s = string(node, path()) else { return nil }
    switch CivilDate.parse(s) {
    case .success(let d): return d
    case .failure(let e):
      error(.invalidDate, node, path(), Self.explaining(s, e), found: s, expected: "a date YYYY-MM-DD")
      return nil
    }
  }

  mutating func instant(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> Instant? {
    guard let s = string(node, path()) else { return nil }
    switch Instant.parse(s) {
    case .success(let i): return i
    case .failure(let e):
      error(
        .invalidInstant, node, path(), Self.explaining(s, e), found: s,
        expected: "an RFC 3339 instant such as 2026-07-15T10:00:00Z")
      return nil
    }
  }

  mutating func rate(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> Rate? {
    if case .number(let t) = node.value {
      error(
        .wrongType, node, path(), "found the number \(t); rates are decimal strings: write \"\(t)\"", found: t,
        expected: "a decimal string such as \"12\"")
      return nil
    }
    guard let s = string(node, path()) else { return nil }
    switch Rate.parse(s) {
    case .success(let r): return r
    case .failure(let e):
      error(
        .invalidRate, node, path(), Self.explaining(s, e), found: s,
        expected: "a decimal string such as \"12\" or \"10.27\"")
      return nil
    }
  }

  /// An amount in the claim's currency: a decimal string with at most the currency's minor digits.
  mutating func amount(_ node: JSONNode, _ path: @autoclosure () -> JSONPath, positive: Bool) -> Money? {
    var expected: String { ClaimDecoder.amountExpectation(in: currency) }
    if case .number(let t) = node.value {
      error(
        .numberForAmount, node, path(),
        "found the number \(t); amounts are decimal strings (never binary numbers): write \"\(ClaimDecoder.suggestedText(forNumber: t, currency: currency))\"",
        found: t, expected: expected)
      return nil
    }
    guard let s = string(node, path()) else { return nil }
    guard let currency else { return nil }  // the currency's own error explains this
    if s.hasPrefix("-") || s.hasPrefix("\u{2212}") {
      error(
        .nonPositiveAmount, node, path(),
        "\(JSONWriter.quoted(s)) is negative; amounts are positive (record refunds and write-offs as credits)",
        found: s, expected: "a positive amount")
      return nil
    }
    switch Money.parse(s, currency: currency) {
    case .success(let m):
      if positive && !m.isPositive {
        error(
          .nonPositiveAmount, node, path(), "\(JSONWriter.quoted(s)) is zero; expected an amount greater than zero",
          found: s, expected: "a positive amount")
        return nil
      }
      return m
    case .failure(.tooManyFractionDigits(let found, let c)):
      let allowance =
        c.minorUnitDigits == 0
        ? "\(c.code) has no minor unit, so amounts are whole numbers" : "\(c.code) allows at most \(c.minorUnitDigits)"
      error(
        .tooManyDecimals, node, path(),
        "\(JSONWriter.quoted(s)) has \(found) decimal\(found == 1 ? "" : "s"); \(allowance)", found: s,
        expected: expected)
      return nil
    case .failure(let e):
      switch Money.parseHumanInput(s, currency: currency) {
      case .failure(.currencyMismatch(let other, _)):
        error(
          .currencyMismatch, node, path(),
          "\(JSONWriter.quoted(s)) is in \(other), but the claim's currency is \(currency.code); convert it and write digits only",
          found: s, expected: expected)
      case .success(let m):
        error(
          .invalidAmount, node, path(), "\(JSONWriter.quoted(s)): \(e); write \"\(m.description)\"", found: s,
          expected: expected)
      case .failure:
        error(.invalidAmount, node, path(), Self.explaining(s, e), found: s, expected: expected)
      }
      return nil
    }
  }

  /// What an amount must look like, for messages: made only when there is a problem to report.
  static func amountExpectation(in currency: Currency?) -> String {
    currency.map {
      "a decimal string with at most \($0.minorUnitDigits) decimals, e.g. \"\(ClaimDecoder.example(for: $0))\""
    }
      ?? "a decimal string such as \"1250.00\""
  }

  /// An example amount in a currency: "1250.00", "1250", "1250.000".
  static func example(for currency: Currency) -> String {
    currency.minorUnitDigits == 0 ? "1250" : "1250." + String(repeating: "0", count: currency.minorUnitDigits)
  }

  /// The string to suggest for an amount written as a JSON number: `12.5` → `"12.50"` in USD.
  static func suggestedText(forNumber text: String, currency: Currency?) -> String {
    guard let currency, text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }) else { return text }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2 else { return text }
    let fraction = parts.count == 2 ? String(parts[1]) : ""
    guard fraction.count <= currency.minorUnitDigits else { return text }
    if currency.minorUnitDigits == 0 { return String(parts[0]) }
    return String(parts[0]) + "." + fraction + String(repeating: "0", count: currency.minorUnitDigits - fraction.count)
  }

  /// An optional array of objects decoded element by element; nil when absent is `[]`, nil on any error.
  /// `decode` gets each element's path as a closure, so paths are built only for messages.
  mutating func list<T>(
    _ node: JSONNode?, _ path: JSONPath, _ decode: (inout ClaimDecoder, JSONNode, () -> JSONPath) -> T?
  ) -> [T]? {
    guard let node else { return [] }
    guard case .array(let elements) = node.value else {
      wrongType(node, path, expected: "an array")
      return nil
    }
    var out: [T] = []
    out.reserveCapacity(elements.count)
    var ok = true
    for (i, e) in elements.enumerated() {
      if let v = decode(&self, e, { path.appending(i) }) { out.append(v) } else { ok = false }
    }
    return ok ? out : nil
  }
}
