import TypesetCore

/// One positioned glyph from HarfBuzz.
public struct ShapedGlyph: Sendable, Hashable {
  /// The glyph index in the run's font.
  public var id: GlyphID
  /// The UTF-8 byte offset into the paragraph text of the first byte of the cluster this glyph
  /// belongs to.
  public var cluster: Int
  /// How far the pen moves after the glyph.
  public var advance: Length
  /// Horizontal displacement of the glyph from the pen position (positive to the right).
  public var xOffset: Length
  /// Vertical displacement of the glyph from the baseline (positive upwards, as in HarfBuzz).
  public var yOffset: Length

  /// Creates a glyph.
  public init(id: GlyphID, cluster: Int, advance: Length, xOffset: Length = .zero, yOffset: Length = .zero) {
    self.id = id
    self.cluster = cluster
    self.advance = advance
    self.xOffset = xOffset
    self.yOffset = yOffset
  }
}
