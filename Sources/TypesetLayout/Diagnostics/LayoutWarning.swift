import TypesetCore

/// A problem layout worked around, with where it happened.
public struct LayoutWarning: Sendable, Hashable, CustomStringConvertible {
  /// What went wrong.
  public enum Kind: Sendable, Hashable {
    /// No font has a character; it is drawn as the font's .notdef glyph. `message` names it.
    case missingGlyph(message: String)
    /// A line is wider than its measure by `excess` (a word longer than the column).
    case overfullLine(excess: Length)
    /// A table row is taller than a page's content area; it is split between cell lines.
    case rowTallerThanPage(height: Length)
    /// A block that cannot break is taller than a page's content area; it overflows the bottom margin.
    case blockTallerThanPage(height: Length)
    /// A table row has more cells (after spans) than the table has columns; extras are dropped.
    case tooManyCells(count: Int, columns: Int)
    /// Forward references still changed after the last pass; page numbers may be stale.
    case referencesDidNotConverge(passes: Int)
  }

  /// What went wrong.
  public var kind: Kind
  /// Where: e.g. "block 4 (table), body row 17" or "header of page 2".
  public var location: String
  /// The 1-based page the problem appears on, when known.
  public var page: Int?

  public init(kind: Kind, location: String, page: Int? = nil) {
    self.kind = kind
    self.location = location
    self.page = page
  }

  public var description: String {
    let place = page.map { "page \($0), \(location)" } ?? location
    switch kind {
    case .missingGlyph(let message): return "\(place): \(message)"
    case .overfullLine(let excess): return "\(place): line is \(excess) wider than the measure"
    case .rowTallerThanPage(let height): return "\(place): table row is \(height) tall, taller than a page; split"
    case .blockTallerThanPage(let height): return "\(place): block is \(height) tall, taller than a page; it overflows"
    case .tooManyCells(let count, let columns):
      return "\(place): row has \(count) cells for \(columns) columns; extra cells dropped"
    case .referencesDidNotConverge(let passes): return "\(place): page references still changed after \(passes) passes"
    }
  }
}
