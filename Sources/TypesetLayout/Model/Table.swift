import TypesetCore
import TypesetText

/// A table: header rows (repeated on every page), body rows (never split across pages unless a
/// row is taller than a page) and footer rows (kept with the end of the body, e.g. totals).
public struct Table: Sendable, Equatable {
  /// Column widths and default alignments, left to right.
  public var columns: [TableColumn]
  /// Rows at the top, repeated on every page the table continues on.
  public var headerRows: [TableRow]
  /// The data rows; each stays on one page unless taller than a page.
  public var bodyRows: [TableRow]
  /// Rows after the body (totals), kept on the page of the last body row.
  public var footerRows: [TableRow]
  /// Padding, shading, rules and spacing.
  public var style: TableStyle

  public init(
    columns: [TableColumn], headerRows: [TableRow] = [], bodyRows: [TableRow],
    footerRows: [TableRow] = [], style: TableStyle = TableStyle()
  ) {
    self.columns = columns
    self.headerRows = headerRows
    self.bodyRows = bodyRows
    self.footerRows = footerRows
    self.style = style
  }
}

/// A column's width rule and default alignment.
public struct TableColumn: Sendable, Hashable {
  /// How the column's width is found.
  public var width: ColumnWidth
  /// The alignment of cells that do not set their own; numbers read best `.right`.
  public var alignment: TextAlignment

  public init(_ width: ColumnWidth = .auto, alignment: TextAlignment = .start) {
    self.width = width
    self.alignment = alignment
  }
}

/// How wide a column is.
public enum ColumnWidth: Sendable, Hashable {
  /// Exactly this wide (including cell padding).
  case fixed(Length)
  /// As wide as its widest single-column cell set on one line (including padding). When the
  /// automatic and fixed columns together are wider than the table, automatic columns shrink in
  /// proportion and their cells wrap.
  case auto
  /// A share of the width left after fixed and automatic columns: `.fraction(2)` gets twice
  /// what `.fraction(1)` gets.
  case fraction(Int)
}

/// One row of cells. Cells fill columns left to right; a cell may span several columns.
public struct TableRow: Sendable, Equatable {
  /// The cells, left to right; their column spans should sum to the column count.
  public var cells: [TableCell]
  /// A background for the whole row, drawn over zebra shading.
  public var fill: Color?

  public init(_ cells: [TableCell], fill: Color? = nil) {
    self.cells = cells
    self.fill = fill
  }
}

/// One cell: a short paragraph.
public struct TableCell: Sendable, Equatable {
  /// The cell's text, wrapped to the cell's width.
  public var spans: [StyledSpan]
  /// Overrides the column's alignment.
  public var alignment: TextAlignment?
  /// How many columns the cell covers (at least 1).
  public var columnSpan: Int
  /// Makes the cell's text a link.
  public var link: LinkItem.Target?
  /// A named destination at the cell's row.
  public var anchor: String?

  public init(
    spans: [StyledSpan], alignment: TextAlignment? = nil, columnSpan: Int = 1,
    link: LinkItem.Target? = nil, anchor: String? = nil
  ) {
    self.spans = spans
    self.alignment = alignment
    self.columnSpan = max(1, columnSpan)
    self.link = link
    self.anchor = anchor
  }

  /// A cell of one text style.
  public init(
    _ text: String, style: TextStyle = TextStyle(), alignment: TextAlignment? = nil,
    columnSpan: Int = 1, link: LinkItem.Target? = nil, anchor: String? = nil
  ) {
    self.init(
      spans: [StyledSpan(text, style: style)], alignment: alignment, columnSpan: columnSpan,
      link: link, anchor: anchor)
  }
}

/// A table's look: padding, shading, rules and spacing.
public struct TableStyle: Sendable, Hashable {
  /// Space between a cell's edges and its text.
  public var cellPadding: EdgeInsets
  /// Fills every other body row (the second, fourth, …) when set.
  public var zebraFill: Color?
  /// Fills header rows when set.
  public var headerFill: Color?
  /// A line under the last header row (also under repeated headers).
  public var headerRule: Stroke?
  /// A line between body rows.
  public var bodyRule: Stroke?
  /// A line above the first footer row.
  public var footerRule: Stroke?
  /// The distance between baselines in cells; nil for 1.2 × the largest font size.
  public var lineHeight: Length?
  /// Space above the table (dropped at the top of a page after a break).
  public var spaceBefore: Length
  /// Space below the table.
  public var spaceAfter: Length
  /// Repeats the header rows at the top of every page the table continues on.
  public var repeatsHeader: Bool
  /// The base direction of every cell's text; `.auto` (the default) takes each cell's from its
  /// first strong character. A table of data in a left-to-right document wants
  /// `.leftToRight`: a cell that starts with a Hebrew or Arabic name and goes on with digits
  /// (a name, then a phone number) then keeps the digits in reading order after the name.
  public var direction: ParagraphDirection

  public init(
    cellPadding: EdgeInsets = EdgeInsets(top: .pt(3), left: .pt(4), bottom: .pt(3), right: .pt(4)),
    zebraFill: Color? = nil, headerFill: Color? = nil, headerRule: Stroke? = Stroke(),
    bodyRule: Stroke? = nil, footerRule: Stroke? = Stroke(),
    lineHeight: Length? = nil, spaceBefore: Length = .zero, spaceAfter: Length = .zero,
    repeatsHeader: Bool = true, direction: ParagraphDirection = .auto
  ) {
    self.cellPadding = cellPadding
    self.zebraFill = zebraFill
    self.headerFill = headerFill
    self.headerRule = headerRule
    self.bodyRule = bodyRule
    self.footerRule = footerRule
    self.lineHeight = lineHeight
    self.spaceBefore = spaceBefore
    self.spaceAfter = spaceAfter
    self.repeatsHeader = repeatsHeader
    self.direction = direction
  }
}
