/// The base direction of a paragraph.
public enum ParagraphDirection: Sendable, Hashable {
  /// From the first strong character (UAX #9 rules P2 and P3), left-to-right when there is none.
  case auto
  /// Left-to-right (base level 0).
  case leftToRight
  /// Right-to-left (base level 1).
  case rightToLeft
}
