/// Edits JSON source text in place, keeping every byte outside the edit identical.
///
/// Used by `settle log` (and `settle add`) so a person's formatting, key order and comments-free
/// layout survive machine edits. New text follows the file's style: its line break (`\n` or
/// `\r\n`), its indentation unit (taken from the first indented line) and, for multi-line
/// arrays, the indentation of the existing elements.
public enum JSONTextEdit {
  /// Appends `element` to the array at `path`.
  ///
  /// If the path's last step is a key missing from its object, the member is added holding a
  /// one-element array. Runs in O(n) for a file of n bytes (one parse plus one copy).
  /// - Parameters:
  ///   - element: the value to append.
  ///   - path: where the array is, e.g. `$.events`.
  ///   - bytes: the file's current bytes.
  ///   - keyOrder: preferred key order for objects in `element` (see `JSONWriter.pretty`).
  /// - Returns: the edited file's bytes.
  /// - Throws: `JSONEditError` when the file does not parse or the path does not lead to an array.
  public static func appending(
    _ element: JSONValue, toArrayAt path: JSONPath, in bytes: [UInt8], keyOrder: [String] = []
  ) throws(JSONEditError) -> [UInt8] {
    let root: JSONNode
    do { root = try JSONParser.parse(bytes) } catch { throw .syntax(error) }
    return try appending(element, toArrayAt: path, in: bytes, parsed: root, keyOrder: keyOrder)
  }

  /// `appending(_:toArrayAt:in:keyOrder:)` for a caller that has already parsed `bytes` into `root`.
  static func appending(
    _ element: JSONValue, toArrayAt path: JSONPath, in bytes: [UInt8], parsed root: JSONNode, keyOrder: [String]
  ) throws(JSONEditError) -> [UInt8] {
    let style = TextStyle(bytes: bytes, root: root)

    if let target = root.node(at: path) {
      guard case .array(let elements) = target.value else {
        throw .wrongType(path, expected: "an array", found: target.value.typeName)
      }
      if let last = elements.last {
        let insertion: String
        if style.isFirstOnLine(last.range.start.offset) {
          let indent = style.lineIndent(at: last.range.start.offset)
          insertion = "," + style.newline + indent + style.pretty(element, keyOrder: keyOrder, baseIndent: indent)
        } else {
          insertion = ", " + style.inline(element, keyOrder: keyOrder)
        }
        return splice(bytes, at: last.range.end.offset..<last.range.end.offset, insertion)
      }
      let outer = style.lineIndent(at: target.range.start.offset)
      let inner = outer + style.unit
      let text =
        "[" + style.newline + inner + style.pretty(element, keyOrder: keyOrder, baseIndent: inner) + style.newline
        + outer + "]"
      return splice(bytes, at: target.range.offsets, text)
    }

    // The array is missing: add it to its parent object when only the last key is absent.
    guard let key = path.lastKey else { throw .notFound(path) }
    let parentPath = JSONPath(components: Array(path.components.dropLast()))
    guard let parent = root.node(at: parentPath) else { throw .notFound(parentPath) }
    guard case .object(let members) = parent.value else {
      throw .wrongType(parentPath, expected: "an object", found: parent.value.typeName)
    }
    let array = JSONValue.makeArray([element])
    if let last = members.last {
      let insertion: String
      if style.isFirstOnLine(last.keyRange.start.offset) {
        let indent = style.lineIndent(at: last.keyRange.start.offset)
        insertion =
          "," + style.newline + indent + JSONWriter.quoted(key) + ": "
          + style.pretty(array, keyOrder: keyOrder, baseIndent: indent)
      } else {
        insertion = ", " + JSONWriter.quoted(key) + ": " + style.inline(array, keyOrder: keyOrder)
      }
      return splice(bytes, at: last.value.range.end.offset..<last.value.range.end.offset, insertion)
    }
    let outer = style.lineIndent(at: parent.range.start.offset)
    let inner = outer + style.unit
    let text =
      "{" + style.newline + inner + JSONWriter.quoted(key) + ": "
      + style.pretty(array, keyOrder: keyOrder, baseIndent: inner)
      + style.newline + outer + "}"
    return splice(bytes, at: parent.range.offsets, text)
  }

  /// `bytes` with `range` replaced by `text`.
  static func splice(_ bytes: [UInt8], at range: Range<Int>, _ text: String) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + text.utf8.count)
    out += bytes[..<range.lowerBound]
    out += text.utf8
    out += bytes[range.upperBound...]
    return out
  }
}

/// The layout conventions of an existing JSON file.
struct TextStyle {
  let bytes: [UInt8]
  let newline: String
  let unit: String

  init(bytes: [UInt8], root: JSONNode) {
    self.bytes = bytes
    var crlf = false
    if let lf = bytes.firstIndex(of: 0x0A), lf > 0, bytes[lf - 1] == 0x0D { crlf = true }
    newline = crlf ? "\r\n" : "\n"
    // The indentation unit: the leading whitespace of the root object's first member, when on its own line.
    var unit = "  "
    if case .object(let members) = root.value, let first = members.first {
      let start = first.keyRange.start.offset
      var i = start
      while i > 0 && (bytes[i - 1] == 0x20 || bytes[i - 1] == 0x09) { i -= 1 }
      if i < start && (i == 0 || bytes[i - 1] == 0x0A) {
        unit = String(decoding: bytes[i..<start], as: UTF8.self)
      }
    }
    self.unit = unit
  }

  /// The whitespace at the start of the line holding `offset`.
  func lineIndent(at offset: Int) -> String {
    var lineStart = offset
    while lineStart > 0 && bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
    var end = lineStart
    while end < bytes.count && (bytes[end] == 0x20 || bytes[end] == 0x09) { end += 1 }
    return String(decoding: bytes[lineStart..<end], as: UTF8.self)
  }

  /// Whether only whitespace precedes `offset` on its line.
  func isFirstOnLine(_ offset: Int) -> Bool {
    var i = offset
    while i > 0 && (bytes[i - 1] == 0x20 || bytes[i - 1] == 0x09) { i -= 1 }
    return i == 0 || bytes[i - 1] == 0x0A || (i == 3 && bytes.starts(with: [0xEF, 0xBB, 0xBF]))
  }

  func pretty(_ value: JSONValue, keyOrder: [String], baseIndent: String) -> String {
    JSONWriter.pretty(value, keyOrder: keyOrder, indentUnit: unit, baseIndent: baseIndent, newline: newline)
  }

  /// A one-line form for arrays written inline: `{ "a": 1, "b": 2 }`.
  func inline(_ value: JSONValue, keyOrder: [String]) -> String {
    JSONWriter.pretty(value, keyOrder: keyOrder, indentUnit: "", baseIndent: "", newline: " ")
  }
}
