/// The half-open byte range a JSON value or key occupies in its source text.
public struct SourceRange: Sendable, Hashable {
  /// Where the value starts.
  public var start: SourceLocation
  /// Just past the value's last byte.
  public var end: SourceLocation

  /// Creates a range from its two ends.
  public init(start: SourceLocation, end: SourceLocation) {
    self.start = start
    self.end = end
  }

  /// The range's byte offsets, for slicing the source bytes.
  public var offsets: Range<Int> { start.offset..<end.offset }
}
