/// A character that no face in the fallback chain covers; it is drawn as `.notdef` of the
/// style's primary face.
public struct MissingGlyph: Sendable, Hashable, CustomStringConvertible {
  /// The character.
  public var scalar: Unicode.Scalar
  /// Its UTF-8 byte offset in the paragraph text.
  public var offset: Int
  /// The paragraph text around it (shortened with “…” when long).
  public var context: String

  /// Creates a record.
  public init(scalar: Unicode.Scalar, offset: Int, context: String) {
    self.scalar = scalar
    self.offset = offset
    self.context = context
  }

  /// A sentence for warnings, e.g. `no font has U+1F600 in “Thanks 😀” (shown as .notdef)`.
  public var message: String { "no font has \(MissingGlyph.codePointName(scalar)) in “\(context)” (shown as .notdef)" }

  /// The same as `message`.
  public var description: String { message }

  /// `U+` and at least four upper-case hex digits.
  static func codePointName(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// The characters around `scalars[index]`: all of them when there are at most `limit`, else
  /// `limit` characters centred on it, with “…” marking the cuts.
  static func context(of scalars: [Unicode.Scalar], around index: Int, limit: Int = 40) -> String {
    var out = ""
    guard scalars.count > limit else {
      out.unicodeScalars.append(contentsOf: scalars)
      return out
    }
    let start = max(0, min(index - limit / 2, scalars.count - limit))
    let end = min(scalars.count, start + limit)
    if start > 0 { out += "…" }
    out.unicodeScalars.append(contentsOf: scalars[start..<end])
    if end < scalars.count { out += "…" }
    return out
  }
}
