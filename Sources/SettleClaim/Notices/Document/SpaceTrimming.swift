extension String {
  /// The string without the white space at its ends: what Foundation's
  /// `trimmingCharacters(in: .whitespaces)` returns (space separators, `Zs`, tab, and on Linux
  /// also U+200B ZERO WIDTH SPACE, as Foundation's set has it), or with
  /// `includingNewlines` what `.whitespacesAndNewlines` returns (also U+000A–U+000D, U+0085,
  /// U+2028 and U+2029). Scalar by scalar like Foundation, without building a `CharacterSet`:
  /// notices trim every line and every value.
  public func trimmingSpaces(includingNewlines: Bool = false) -> String {
    let scalars = unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, Self.isSpace(scalars[start], includingNewlines: includingNewlines) {
      start = scalars.index(after: start)
    }
    while end > start, Self.isSpace(scalars[scalars.index(before: end)], includingNewlines: includingNewlines) {
      end = scalars.index(before: end)
    }
    if start == scalars.startIndex && end == scalars.endIndex { return self }
    return String(scalars[start..<end])
  }

  private static func isSpace(_ scalar: Unicode.Scalar, includingNewlines: Bool) -> Bool {
    switch scalar.value {
    case 0x20, 0x09, 0x200B: return true
    case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return includingNewlines
    case 0..<0x80: return false
    default: return scalar.properties.generalCategory == .spaceSeparator
    }
  }
}
