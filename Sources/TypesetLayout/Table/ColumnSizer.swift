import TypesetCore
import TypesetText

/// Resolves column widths: fixed columns as given, automatic columns to their widest
/// single-column cell, fraction columns share what is left.
struct ColumnSizer {
  let cache: ShapingCache
  /// Whether a large table's cells are shaped on several threads (tests compare both ways).
  var isParallel = true

  /// Resolved widths, plus the cells of automatic columns as shaped while measuring them (so
  /// they are not shaped twice), indexed [part][row][cell] with parts header, body, footer.
  struct Sizing {
    var widths: [Length]
    var shapedCells: [[[ShapedParagraph?]]]
  }

  /// The widths of `table`'s columns for a table at most `available` wide.
  func widths(for table: Table, available: Length) -> [Length] { sizing(for: table, available: available).widths }

  /// The widths of `table`'s columns and the shaped cells of automatic columns.
  /// - Complexity: O(cells of automatic columns) shaping, O(columns) otherwise.
  func sizing(for table: Table, available: Length) -> Sizing {
    let columns = table.columns
    var shapedCells: [[[ShapedParagraph?]]] = [[], [], []]
    guard !columns.isEmpty else { return Sizing(widths: [], shapedCells: shapedCells) }
    var widths = [Length](repeating: .zero, count: columns.count)
    var autoColumns: [Int] = []
    var fractionTotal = 0
    for (i, column) in columns.enumerated() {
      switch column.width {
      case .fixed(let w): widths[i] = max(w, .zero)
      case .auto: autoColumns.append(i)
      case .fraction(let f): fractionTotal += max(f, 0)
      }
    }
    if !autoColumns.isEmpty {
      let padding = table.style.cellPadding.left + table.style.cellPadding.right
      var natural = [Length](repeating: .zero, count: columns.count)
      for (part, rows) in [table.headerRows, table.bodyRows, table.footerRows].enumerated() {
        let shapedRows = ColumnSizer.shapeAutomaticCells(
          of: rows, columns: columns, shaper: cache.shaper, direction: table.style.direction,
          rowsPerPiece: isParallel ? Self.rowsPerPiece : Int.max)
        for (row, shapedRow) in zip(rows, shapedRows) {
          var column = 0
          for (index, cell) in row.cells.enumerated() {
            guard column < columns.count else { break }
            if let shaped = shapedRow[index] {
              natural[column] = max(natural[column], naturalWidth(of: shaped) + padding)
            }
            column += cell.columnSpan
          }
        }
        shapedCells[part] = shapedRows
      }
      for i in autoColumns { widths[i] = natural[i] }
      let fixedTotal = widths.indices.filter { !autoColumns.contains($0) }.reduce(Length.zero) { $0 + widths[$1] }
      let autoTotal = autoColumns.reduce(Length.zero) { $0 + widths[$1] }
      let room = max(available - fixedTotal, .zero)
      if autoTotal > room && autoTotal > .zero {
        // Too wide: automatic columns give up width in proportion to what they asked for.
        var given = Length.zero
        for (k, i) in autoColumns.enumerated() {
          if k == autoColumns.count - 1 {
            widths[i] = room - given
          } else {
            widths[i] = widths[i].scaled(by: room.microPoints, over: autoTotal.microPoints)
            given += widths[i]
          }
        }
      }
    }
    if fractionTotal > 0 {
      let used = widths.reduce(Length.zero, +)
      let rest = max(available - used, .zero)
      var given = Length.zero
      var remaining = fractionTotal
      for (i, column) in columns.enumerated() {
        guard case .fraction(let f) = column.width, f > 0 else { continue }
        remaining -= f
        // The last fraction column takes the rounding remainder so widths sum exactly.
        widths[i] = remaining == 0 ? rest - given : rest.scaled(by: Int64(f), over: Int64(fractionTotal))
        given += widths[i]
      }
    }
    return Sizing(widths: widths, shapedCells: shapedCells)
  }

  /// Rows per piece when a table's cells are shaped on several threads (a piece of 250 rows
  /// takes about a millisecond, far more than handing it to a thread).
  static let rowsPerPiece = 250

  /// The cells of `rows` in automatic columns shaped (nil for the others), indexed [row][cell];
  /// large tables are shaped in pieces on several threads (shaping depends on nothing else, so
  /// the result is the same).
  static func shapeAutomaticCells(
    of rows: [TableRow], columns: [TableColumn], shaper: Shaper, direction: ParagraphDirection, rowsPerPiece: Int
  )
    -> [[ShapedParagraph?]]
  {
    let pieceSize = ParallelWork.pieceSize(
      for: rows.count, preferred: rowsPerPiece, minimum: TableLayouter.minimumRowsPerPiece)
    let ranges = ParallelWork.ranges(of: rows.count, minimumSize: pieceSize)
    let pieces = ParallelWork.map(ranges.count) { piece in
      ranges[piece].map { shapeAutomaticCells(of: rows[$0], columns: columns, shaper: shaper, direction: direction) }
    }
    return pieces.flatMap { $0 }
  }

  private static func shapeAutomaticCells(
    of row: TableRow, columns: [TableColumn], shaper: Shaper, direction: ParagraphDirection
  ) -> [ShapedParagraph?]
  {
    var column = 0
    var shapedRow = [ShapedParagraph?](repeating: nil, count: row.cells.count)
    for (index, cell) in row.cells.enumerated() {
      guard column < columns.count else { break }
      if cell.columnSpan == 1, case .auto = columns[column].width {
        shapedRow[index] = shaper.shape(cell.spans, direction: direction)
      }
      column += cell.columnSpan
    }
    return shapedRow
  }

  /// The width of `spans` set on one line, without trailing spaces.
  func naturalWidth(of shaped: ShapedParagraph) -> Length {
    guard let last = shaped.text.utf8.last, ParagraphLayouter.isTrailingWhitespace(last) else {
      return shaped.runs.reduce(Length.zero) { $0 + $1.width }
    }
    let visible = ParagraphLayouter.trimmed(0..<shaped.text.utf8.count, in: Array(shaped.text.utf8))
    return shaped.width(of: visible)
  }
}
