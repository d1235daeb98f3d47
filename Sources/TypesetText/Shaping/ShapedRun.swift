import TypesetCore

/// A maximal piece of a paragraph in one font, style, script and bidi level, shaped by HarfBuzz.
public struct ShapedRun: Sendable {
  /// The face the glyphs come from.
  public var font: Font
  /// The style of the text (size, colour, features).
  public var style: TextStyle
  /// The UAX #9 embedding level; odd means right-to-left.
  public var bidiLevel: UInt8
  /// The run's text as UTF-8 byte offsets into the paragraph text.
  public var range: Range<Int>
  /// The glyphs in visual order (as HarfBuzz returns them: reversed for right-to-left runs).
  public var glyphs: [ShapedGlyph]
  /// The sum of the glyph advances.
  public var width: Length

  /// Creates a run.
  public init(font: Font, style: TextStyle, bidiLevel: UInt8, range: Range<Int>, glyphs: [ShapedGlyph], width: Length) {
    self.font = font
    self.style = style
    self.bidiLevel = bidiLevel
    self.range = range
    self.glyphs = glyphs
    self.width = width
  }

  /// Whether the run reads right-to-left (its level is odd).
  public var isRightToLeft: Bool { bidiLevel & 1 == 1 }

  /// The indices of the glyphs whose cluster lies in `clusters` (byte offsets). The glyphs of
  /// one range are contiguous because HarfBuzz keeps clusters monotone in visual order
  /// (ascending left-to-right, descending right-to-left). O(log glyphs).
  func glyphIndices(clusters: Range<Int>) -> Range<Int> {
    if isRightToLeft {
      let lower = firstIndex { $0 < clusters.upperBound }
      let upper = firstIndex { $0 < clusters.lowerBound }
      return lower..<max(lower, upper)
    }
    let lower = firstIndex { $0 >= clusters.lowerBound }
    let upper = firstIndex { $0 >= clusters.upperBound }
    return lower..<max(lower, upper)
  }

  /// The first glyph index whose cluster satisfies `predicate` (which is false then true along
  /// the glyph array), or `glyphs.count`.
  private func firstIndex(where predicate: (Int) -> Bool) -> Int {
    var low = 0
    var high = glyphs.count
    while low < high {
      let mid = (low + high) / 2
      if predicate(glyphs[mid].cluster) { high = mid } else { low = mid + 1 }
    }
    return low
  }

  /// The same run restricted to `clusters` (clamped to `range`), or nil when no glyph is left.
  func cut(to clusters: Range<Int>) -> ShapedRun? {
    let lower = max(clusters.lowerBound, range.lowerBound)
    let upper = min(clusters.upperBound, range.upperBound)
    guard lower < upper else { return nil }
    if lower == range.lowerBound && upper == range.upperBound { return self }
    let indices = glyphIndices(clusters: lower..<upper)
    var piece = self
    piece.range = lower..<upper
    piece.glyphs = Array(glyphs[indices])
    var w = Length.zero
    for g in piece.glyphs { w += g.advance }
    piece.width = w
    return piece
  }
}
