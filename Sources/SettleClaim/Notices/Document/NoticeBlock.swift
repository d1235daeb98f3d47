/// One block of a notice's body, in reading order: what a text, Markdown or PDF layout lays out.
public enum NoticeBlock: Sendable, Equatable {
  /// A section heading.
  case heading(String)
  /// A paragraph of running text (one string; layouts wrap it).
  case paragraph(String)
  /// Lines kept as written, such as an address or contact details.
  case lines([String])
  /// A bulleted list; each item is running text.
  case list([String])
  /// A table, such as the itemization of the balance.
  case table(NoticeTable)
}

/// A table in a notice: columns with alignment, body rows, and total rows set apart.
public struct NoticeTable: Sendable, Equatable {
  /// The columns, left to right.
  public var columns: [NoticeColumn]
  /// The rows in order; every row has one cell per column.
  public var rows: [NoticeTableRow]

  /// Creates a table.
  public init(columns: [NoticeColumn], rows: [NoticeTableRow]) {
    self.columns = columns
    self.rows = rows
  }
}

/// A table column: its title and how its cells align.
public struct NoticeColumn: Sendable, Equatable {
  /// The column title.
  public var title: String
  /// Whether cells align to the right edge (amounts, counts) rather than the left.
  public var isRightAligned: Bool

  /// Creates a column.
  public init(title: String, isRightAligned: Bool) {
    self.title = title
    self.isRightAligned = isRightAligned
  }
}

/// A table row.
public struct NoticeTableRow: Sendable, Equatable {
  /// One cell per column.
  public var cells: [String]
  /// Whether this row is a total (set apart by a rule above it, bold in print).
  public var isTotal: Bool

  /// Creates a row.
  public init(cells: [String], isTotal: Bool = false) {
    self.cells = cells
    self.isTotal = isTotal
  }
}
