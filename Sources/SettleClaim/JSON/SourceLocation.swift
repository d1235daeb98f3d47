/// A position in a source file: 1-based line and column plus the 0-based byte offset.
///
/// Columns count Unicode scalars from the start of the line, so a column points at the same
/// character in an editor whether the line holds ASCII, Hebrew or Arabic text.
///
/// The parser keeps two of these per value and per key, so they are stored as 32-bit numbers
/// (12 bytes instead of 24): a claim file is at most `JSONLimits.maxBytes` (64 MiB), far below
/// 2³¹. Values outside the 32-bit range are clamped.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  private var storedLine: Int32
  private var storedColumn: Int32
  private var storedOffset: Int32

  /// The line number, starting at 1.
  public var line: Int {
    get { Int(storedLine) }
    set { storedLine = Int32(clamping: newValue) }
  }
  /// The column number in Unicode scalars, starting at 1.
  public var column: Int {
    get { Int(storedColumn) }
    set { storedColumn = Int32(clamping: newValue) }
  }
  /// The byte offset from the start of the file (a byte order mark counts), starting at 0.
  public var offset: Int {
    get { Int(storedOffset) }
    set { storedOffset = Int32(clamping: newValue) }
  }

  /// Creates a location from its line, column and byte offset.
  public init(line: Int, column: Int, offset: Int) {
    storedLine = Int32(clamping: line)
    storedColumn = Int32(clamping: column)
    storedOffset = Int32(clamping: offset)
  }

  /// `line:column`, the way compilers print positions.
  public var description: String { "\(line):\(column)" }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool { lhs.offset < rhs.offset }
}
