extension JSONTextEdit {
  /// Adds the member `key: value` to the object at `path`, at its place in a preferred key order.
  ///
  /// The member goes right after the last existing member whose key comes before `key` in
  /// `memberOrder` (so `"payments"` lands after `"charges"`, not after `"jurisdiction"`), or before
  /// the first member when none does. Every other byte stays as it was; the new text follows the
  /// file's line break, indentation unit and layout (one member per line, or all on one line).
  /// - Parameters:
  ///   - key: the new member's key; it must not exist yet.
  ///   - value: the new member's value.
  ///   - path: the object to add to.
  ///   - memberOrder: the preferred order of the object's keys.
  ///   - bytes: the file's current bytes.
  ///   - keyOrder: preferred key order for objects inside `value` (see `JSONWriter.pretty`).
  /// - Returns: the edited file's bytes.
  /// - Throws: `JSONEditError` when the file does not parse, the path leads nowhere or to a
  ///   non-object, or the key already exists.
  public static func insertingMember(
    _ key: String, _ value: JSONValue, intoObjectAt path: JSONPath, memberOrder: [String], in bytes: [UInt8],
    keyOrder: [String] = []
  ) throws(JSONEditError) -> [UInt8] {
    let root: JSONNode
    do { root = try JSONParser.parse(bytes) } catch { throw .syntax(error) }
    guard let target = root.node(at: path) else { throw .notFound(path) }
    guard case .object(let members) = target.value else {
      throw .wrongType(path, expected: "an object", found: target.value.typeName)
    }
    if members.contains(where: { $0.key == key }) {
      throw .wrongType(path.appending(key), expected: "no member yet", found: "an existing member")
    }
    let style = TextStyle(bytes: bytes, root: root)
    let rank = memberOrder.firstIndex(of: key) ?? memberOrder.count
    let preceding = members.lastIndex { member in (memberOrder.firstIndex(of: member.key) ?? Int.max) < rank }

    guard let first = members.first else {
      let outer = style.lineIndent(at: target.range.start.offset)
      let inner = outer + style.unit
      let text =
        "{" + style.newline + inner + JSONWriter.quoted(key) + ": "
        + style.pretty(value, keyOrder: keyOrder, baseIndent: inner)
        + style.newline + outer + "}"
      return splice(bytes, at: target.range.offsets, text)
    }
    if let preceding {
      let anchor = members[preceding]
      let end = anchor.value.range.end.offset
      if style.isFirstOnLine(anchor.keyRange.start.offset) {
        let indent = style.lineIndent(at: anchor.keyRange.start.offset)
        let text =
          "," + style.newline + indent + JSONWriter.quoted(key) + ": "
          + style.pretty(value, keyOrder: keyOrder, baseIndent: indent)
        return splice(bytes, at: end..<end, text)
      }
      return splice(bytes, at: end..<end, ", " + JSONWriter.quoted(key) + ": " + style.inline(value, keyOrder: keyOrder))
    }
    // Before the first member: the new member takes its place and the first member follows.
    let start = first.keyRange.start.offset
    if style.isFirstOnLine(start) {
      let indent = style.lineIndent(at: start)
      let text =
        JSONWriter.quoted(key) + ": " + style.pretty(value, keyOrder: keyOrder, baseIndent: indent) + ","
        + style.newline + indent
      return splice(bytes, at: start..<start, text)
    }
    return splice(bytes, at: start..<start, JSONWriter.quoted(key) + ": " + style.inline(value, keyOrder: keyOrder) + ", ")
  }
}
