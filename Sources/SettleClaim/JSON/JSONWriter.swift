/// Writes `JSONValue`s as text: canonical (for the event log's hash chain) or pretty (for files people read).
///
/// Both forms escape strings minimally: `"` → `\"`, `\` → `\\`, U+0008/0009/000A/000C/000D →
/// `\b \t \n \f \r`, every other code point below U+0020 → `\u00xx` (lowercase hex), and
/// everything else — including `/`, U+007F, U+2028 and non-ASCII letters — as raw UTF-8.
/// Numbers are written as their exact source text. See `Docs/CLAIM_LOG.md`.
public enum JSONWriter {
  /// The canonical form: object keys sorted by their UTF-8 bytes (which is code point order),
  /// no whitespace outside strings, minimal escapes, UTF-8.
  ///
  /// Two values equal as JSON data (same keys, strings and number texts) give the same bytes,
  /// whatever their original formatting or key order.
  public static func canonical(_ value: JSONValue) -> String {
    var out = ""
    writeCanonical(value, into: &out)
    return out
  }

  private static func writeCanonical(_ value: JSONValue, into out: inout String) {
    switch value {
    case .null, .bool, .number, .string:
      writeScalar(value, into: &out)
    case .array(let elements):
      out += "["
      for (i, e) in elements.enumerated() {
        if i > 0 { out += "," }
        writeCanonical(e.value, into: &out)
      }
      out += "]"
    case .object(let members):
      out += "{"
      let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
      for (i, m) in sorted.enumerated() {
        if i > 0 { out += "," }
        out += quoted(m.key)
        out += ":"
        writeCanonical(m.value.value, into: &out)
      }
      out += "}"
    }
  }

  /// The pretty form: 2-space indent (or `indentUnit`), one member or element per line, `": "`
  /// after keys, empty containers as `{}`/`[]`, no trailing newline.
  ///
  /// - Parameters:
  ///   - value: the value to write.
  ///   - keyOrder: keys listed here come first in this order, in every object; other keys follow in
  ///     UTF-8 byte order, so the output never depends on dictionary order.
  ///   - indentUnit: one level of indentation.
  ///   - baseIndent: the indentation of the line the value starts on, prefixed to every following line.
  ///   - newline: the line break to use (`"\n"` or `"\r\n"`).
  ///   - keepsMemberOrder: when true, every object's members are written in the order they have in
  ///     `value` and `keyOrder` is ignored (for documents whose objects each have their own order).
  public static func pretty(
    _ value: JSONValue, keyOrder: [String] = [], indentUnit: String = "  ", baseIndent: String = "",
    newline: String = "\n", keepsMemberOrder: Bool = false
  ) -> String {
    var out = ""
    let rank = Dictionary(keyOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    writePretty(
      value, indent: baseIndent, unit: indentUnit, rank: keepsMemberOrder ? nil : rank, newline: newline, into: &out)
    return out
  }

  private static func writePretty(
    _ value: JSONValue, indent: String, unit: String, rank: [String: Int]?, newline: String, into out: inout String
  ) {
    switch value {
    case .null, .bool, .number, .string:
      writeScalar(value, into: &out)
    case .array(let elements):
      if elements.isEmpty {
        out += "[]"
        return
      }
      out += "[" + newline
      for (i, e) in elements.enumerated() {
        out += indent + unit
        writePretty(e.value, indent: indent + unit, unit: unit, rank: rank, newline: newline, into: &out)
        out += (i + 1 < elements.count ? "," : "") + newline
      }
      out += indent + "]"
    case .object(let members):
      if members.isEmpty {
        out += "{}"
        return
      }
      let sorted = rank.map { rank in
        members.sorted { a, b in
          switch (rank[a.key], rank[b.key]) {
          case (let x?, let y?): return x < y
          case (.some, nil): return true
          case (nil, .some): return false
          case (nil, nil): return a.key.utf8.lexicographicallyPrecedes(b.key.utf8)
          }
        }
      } ?? members
      out += "{" + newline
      for (i, m) in sorted.enumerated() {
        out += indent + unit + quoted(m.key) + ": "
        writePretty(m.value.value, indent: indent + unit, unit: unit, rank: rank, newline: newline, into: &out)
        out += (i + 1 < sorted.count ? "," : "") + newline
      }
      out += indent + "}"
    }
  }

  private static func writeScalar(_ value: JSONValue, into out: inout String) {
    switch value {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .number(let text): out += text
    case .string(let s): out += quoted(s)
    case .array, .object: break
    }
  }

  /// A string as a JSON string literal with minimal escapes.
  public static func quoted(_ s: String) -> String {
    var out = "\""
    out.unicodeScalars.reserveCapacity(s.unicodeScalars.count + 2)
    let hexDigits = Array("0123456789abcdef".unicodeScalars)
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\u{08}": out += "\\b"
      case "\u{09}": out += "\\t"
      case "\u{0A}": out += "\\n"
      case "\u{0C}": out += "\\f"
      case "\u{0D}": out += "\\r"
      case "\u{00}"..."\u{1F}":
        out += "\\u00"
        out.unicodeScalars.append(hexDigits[Int(u.value >> 4)])
        out.unicodeScalars.append(hexDigits[Int(u.value & 15)])
      default: out.unicodeScalars.append(u)
      }
    }
    out += "\""
    return out
  }
}
