/// A family role plus weight and slant: what a `FontBook` needs to pick a face.
public struct FontStyle: Sendable, Hashable {
  /// The family role.
  public var family: FontFamilyRole
  /// Whether the bold face is wanted.
  public var isBold: Bool
  /// Whether the italic face is wanted (mono has no italic and falls back to upright).
  public var isItalic: Bool

  /// Creates a style; the default is upright regular sans.
  public init(family: FontFamilyRole = .sans, isBold: Bool = false, isItalic: Bool = false) {
    self.family = family
    self.isBold = isBold
    self.isItalic = isItalic
  }

  /// A dense index in `0..<8`, used to keep one fallback chain per style in an array.
  var index: Int { (family == .mono ? 4 : 0) | (isBold ? 2 : 0) | (isItalic ? 1 : 0) }

  /// Every style, in `index` order.
  static let all: [FontStyle] = (0..<8).map {
    FontStyle(family: $0 & 4 != 0 ? .mono : .sans, isBold: $0 & 2 != 0, isItalic: $0 & 1 != 0)
  }
}
