import TypesetCore

/// One element of a paragraph for line breaking: Knuth and Plass's boxes, glue and penalties.
///
/// The caller ends a paragraph with `glue(width: .zero, stretch: <very large>, shrink: .zero)`
/// followed by `penalty(width: .zero, cost: -10000, isFlagged: false)`, as TeX does.
public enum ParagraphItem: Sendable, Hashable {
  /// Material that is never broken or resized: a word, a syllable, a glyph run.
  case box(width: Length)
  /// Space that can stretch and shrink; a break may happen at glue that directly follows a box,
  /// and the glue then disappears.
  case glue(width: Length, stretch: Length, shrink: Length)
  /// A possible break with a cost. `width` appears only if the line breaks here (a hyphen).
  /// A cost of 10000 or more forbids the break, -10000 or less forces it. A flagged penalty (a
  /// hyphenation point) is discouraged from following another flagged break.
  case penalty(width: Length, cost: Int, isFlagged: Bool)
}

extension ParagraphItem {
  /// The cost at or above which a penalty forbids a break (TeX's `inf_penalty`).
  public static let forbiddingCost = 10_000

  /// The cost at or below which a penalty forces a break (TeX's `eject_penalty`).
  public static let forcingCost = -10_000

  /// Whether the item is a penalty that forces a break.
  var isForcedBreak: Bool {
    if case .penalty(_, let cost, _) = self { return cost <= Self.forcingCost }
    return false
  }

  /// Whether the item is a box.
  var isBox: Bool {
    if case .box = self { return true }
    return false
  }
}
