/// A piece of paragraph text in one style. A paragraph is a sequence of spans.
public struct StyledSpan: Sendable, Equatable {
  /// The text of the span.
  public var text: String
  /// How the span looks.
  public var style: TextStyle

  /// Creates a span.
  public init(_ text: String, style: TextStyle) {
    self.text = text
    self.style = style
  }
}
