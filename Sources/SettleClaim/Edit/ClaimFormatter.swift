import SettleModel

/// Writes claim files the way people write them by hand: one field per line, short lists inline.
///
/// The layout, chosen so that `settle new` and a series of `settle add` give the same bytes:
/// - 2-space indentation, `"key": value`, `\n` line breaks, a final line break; members in the
///   order they are given (`ClaimEncoder` gives the schema's order).
/// - An array or object holding only strings, numbers and booleans (an address, a late fee) is
///   written on one line, `["1 Main St", "Springfield"]` or `{ "flat": "25.00" }`, when that line
///   fits in `lineWidth` columns; otherwise one element per line.
/// - Objects inside arrays (charges, payments, credits, exhibits, events) are records: always one
///   member per line, written by `JSONWriter.pretty` exactly as `JSONTextEdit.appending` writes an
///   appended element, so appending a record to a formatted claim equals formatting the longer claim.
public enum ClaimFormatter {
  /// The widest line an inline list may make, in Unicode scalars.
  public static let lineWidth = 100

  /// One level of indentation.
  static let unit = "  "

  /// The claim file's text.
  public static func text(of claim: Claim) -> String {
    text(of: ClaimEncoder.encode(claim))
  }

  /// Any JSON value laid out by the rules above, with a final line break.
  public static func text(of value: JSONValue) -> String {
    var out = ""
    write(value, indent: "", prefixWidth: 0, isRoot: true, into: &out)
    return out + "\n"
  }

  /// Writes `value`, which starts after `prefixWidth` columns of its first line.
  private static func write(_ value: JSONValue, indent: String, prefixWidth: Int, isRoot: Bool, into out: inout String)
  {
    switch value {
    case .null, .bool, .number, .string:
      out += JSONWriter.pretty(value)
    case .array(let elements):
      if elements.isEmpty {
        out += "[]"
      } else if !isRoot, let inline = inlineText(value), prefixWidth + inline.unicodeScalars.count + 1 <= lineWidth {
        out += inline
      } else {
        out += "[\n"
        for (i, element) in elements.enumerated() {
          out += indent + unit
          if case .object(let members) = element.value {
            out += JSONWriter.pretty(
              element.value, keyOrder: members.map(\.key), indentUnit: unit, baseIndent: indent + unit)
          } else {
            write(element.value, indent: indent + unit, prefixWidth: (indent + unit).count, isRoot: false, into: &out)
          }
          out += (i + 1 < elements.count ? "," : "") + "\n"
        }
        out += indent + "]"
      }
    case .object(let members):
      if members.isEmpty {
        out += "{}"
      } else if !isRoot, let inline = inlineText(value), prefixWidth + inline.unicodeScalars.count + 1 <= lineWidth {
        out += inline
      } else {
        out += "{\n"
        for (i, member) in members.enumerated() {
          let head = indent + unit + JSONWriter.quoted(member.key) + ": "
          out += head
          write(
            member.value.value, indent: indent + unit, prefixWidth: head.unicodeScalars.count, isRoot: false, into: &out
          )
          out += (i + 1 < members.count ? "," : "") + "\n"
        }
        out += indent + "}"
      }
    }
  }

  /// The one-line form of a container of scalars, or nil when it holds a container.
  private static func inlineText(_ value: JSONValue) -> String? {
    switch value {
    case .array(let elements):
      guard elements.allSatisfy({ isScalar($0.value) }) else { return nil }
      return "[" + elements.map { JSONWriter.pretty($0.value) }.joined(separator: ", ") + "]"
    case .object(let members):
      guard members.allSatisfy({ isScalar($0.value.value) }) else { return nil }
      return "{ "
        + members.map { JSONWriter.quoted($0.key) + ": " + JSONWriter.pretty($0.value.value) }.joined(separator: ", ")
        + " }"
    default:
      return nil
    }
  }

  private static func isScalar(_ value: JSONValue) -> Bool {
    switch value {
    case .null, .bool, .number, .string: true
    case .array, .object: false
    }
  }
}
