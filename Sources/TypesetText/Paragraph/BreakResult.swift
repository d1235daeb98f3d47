/// The chosen line breaks of a paragraph.
public struct BreakResult: Sendable, Hashable {
  /// Item indices where lines end (the chosen glue or penalty index); the last is `items.count - 1`.
  ///
  /// Line k holds the items after `breaks[k - 1]` (with leading glue and penalties dropped) up to
  /// but not including `breaks[k]`, plus the width of `breaks[k]` when it is a penalty.
  public var breaks: [Int]

  /// The adjustment ratio of each line, for justification: positive means stretch by that fraction
  /// of the line's stretchability, negative means shrink by that fraction of its shrinkability.
  /// Clamped to at least -1 (overfull lines shrink fully); 0 when the line can neither stretch nor
  /// shrink.
  public var ratios: [Double]

  /// Creates a result from breaks and their ratios.
  public init(breaks: [Int], ratios: [Double]) {
    self.breaks = breaks
    self.ratios = ratios
  }
}
