import TypesetCore

/// Everything about how a span of text looks: face, size, colour and OpenType features.
public struct TextStyle: Sendable, Hashable {
  /// The face to use (family role, weight, slant).
  public var font: FontStyle
  /// The font size (the em).
  public var size: Length
  /// The fill colour of the glyphs.
  public var color: Color
  /// Extra OpenType features; HarfBuzz's defaults (kern, liga, …) stay on unless turned off here.
  public var features: [FontFeature]

  /// Creates a style; the default is 10 pt black regular sans with default features.
  public init(
    font: FontStyle = FontStyle(), size: Length = .pt(10), color: Color = .black, features: [FontFeature] = []
  ) {
    self.font = font
    self.size = size
    self.color = color
    self.features = features
  }
}
