/// A position in a source file: 1-based line and column plus the 0-based byte offset.
///
/// Columns count Unicode scalars from the start of the line, so a column points at the same
/// character in an editor whether the line holds ASCII, Hebrew or Arabic text.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The line number, starting at 1.
  public var line: Int
  /// The column number in Unicode scalars, starting at 1.
  public var column: Int
  /// The byte offset from the start of the file (a byte order mark counts), starting at 0.
  public var offset: Int

  /// Creates a location from its line, column and byte offset.
  public init(line: Int, column: Int, offset: Int) {
    self.line = line
    self.column = column
    self.offset = offset
  }

  /// `line:column`, the way compilers print positions.
  public var description: String { "\(line):\(column)" }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool { lhs.offset < rhs.offset }
}
