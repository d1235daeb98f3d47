import TypesetCore
import TypesetText

/// Lays out a table as flow slices: one per row (or per piece of a row taller than a page),
/// header rows glued to the first body row and repeated on every page, footer rows glued to
/// the last body row.
struct TableLayouter {
  let cache: ShapingCache
  let width: Length
  let pageHeight: Length
  /// Whether a large table is shaped and set on several threads (tests compare both ways).
  var isParallel = true

  enum Part { case header, body, footer }

  func slices(for table: Table, location: String, warnings: inout [LayoutWarning]) -> [FlowSlice] {
    // Body rows reserve in the cache that sets them (`setBodyRows`).
    cache.reserveCells((table.headerRows.count + table.footerRows.count) * table.columns.count)
    var sizing = ColumnSizer(cache: cache, isParallel: isParallel).sizing(for: table, available: width)
    // The body's shaped cells go to the pieces that set them, each piece freeing its own share.
    let shapedBody = sizing.shapedCells[1]
    sizing.shapedCells[1] = []
    let columnWidths = sizing.widths
    guard !columnWidths.isEmpty else { return [] }
    var columnX: [Length] = [.zero]
    for w in columnWidths { columnX.append((columnX.last ?? .zero) + w) }
    let geometry = Geometry(columnWidths: columnWidths, columnX: columnX, tableWidth: columnX.last ?? .zero)
    func shaped(_ part: Int, _ row: Int) -> [ShapedParagraph?] {
      row < sizing.shapedCells[part].count ? sizing.shapedCells[part][row] : []
    }

    var out: [FlowSlice] = []
    out.reserveCapacity(table.headerRows.count + table.bodyRows.count + table.footerRows.count)

    var headerFrame = Frame(size: Size(width: geometry.tableWidth, height: .zero))
    var headerSlices: [FlowSlice] = []
    for (i, row) in table.headerRows.enumerated() {
      let place = FlowLocation(block: location, part: "header", row: i + 1)
      let frames = rowFrames(
        row, shaped: shaped(0, i), part: .header, index: i, isLastOfPart: i == table.headerRows.count - 1,
        table: table, geometry: geometry, available: pageHeight, location: place,
        warnings: &warnings)
      for frame in frames {
        headerFrame.push(group: frame, at: Point(x: .zero, y: headerFrame.size.height))
        headerFrame.size.height += frame.size.height
      }
      TableLayouter.append(
        frames, anchors: row.cells.compactMap(\.anchor), to: &headerSlices,
        glue: headerSlices.isEmpty ? FlowSlice.Glue.none : FlowSlice.Glue.strong, repeated: nil,
        location: place)
    }
    out += headerSlices
    let repeated = table.style.repeatsHeader && !headerSlices.isEmpty ? RepeatedHeader(frame: headerFrame) : nil
    let rowRoom = pageHeight - (repeated?.height ?? .zero)

    let body = setBodyRows(
      table, shaped: consume shapedBody, geometry: geometry, available: rowRoom, location: location)
    for (i, (row, set)) in zip(table.bodyRows, body).enumerated() {
      warnings += set.warnings
      // Never leave the header alone at the bottom of a page.
      TableLayouter.append(
        set.frames, anchors: row.cells.compactMap(\.anchor), to: &out,
        glue: i == 0 && !out.isEmpty ? FlowSlice.Glue.strong : FlowSlice.Glue.none,
        repeated: repeated, location: FlowLocation(block: location, part: "body", row: i + 1))
    }
    for (i, row) in table.footerRows.enumerated() {
      let place = FlowLocation(block: location, part: "footer", row: i + 1)
      let frames = rowFrames(
        row, shaped: shaped(2, i), part: .footer, index: i, isLastOfPart: i == table.footerRows.count - 1,
        table: table, geometry: geometry, available: rowRoom, location: place,
        warnings: &warnings)
      // Totals travel with at least the last body row (and footer rows with each other).
      TableLayouter.append(
        frames, anchors: row.cells.compactMap(\.anchor), to: &out,
        glue: out.isEmpty ? FlowSlice.Glue.none : FlowSlice.Glue.strong, repeated: repeated,
        location: place)
    }
    if !out.isEmpty {
      out[0].spaceBefore = table.style.spaceBefore
      out[0].glue = FlowSlice.Glue.none
    }
    return out
  }

  /// A body row after setting: its frames (several when it is taller than a page) and warnings.
  struct SetRow: Sendable {
    var frames: [Frame]
    var warnings: [LayoutWarning]
  }

  /// Rows per piece when body rows are set on several threads: each piece's cache sets a
  /// repeated cell twice before it remembers it, so pieces are larger than for shaping alone.
  static let rowsPerPiece = 500
  /// The fewest rows of a piece when a table shorter than `rowsPerPiece` rows per thread is set
  /// on several threads anyway.
  static let minimumRowsPerPiece = 8

  /// Sets the body rows; a large table in pieces on several threads, each piece with its own
  /// shaping cache (a cache only saves work: a row comes out the same whichever cache set it).
  /// - Parameter shaped: the body's cells as shaped by column sizing, [row][cell].
  private func setBodyRows(
    _ table: Table, shaped: consuming [[ShapedParagraph?]], geometry: Geometry, available: Length, location: String
  ) -> [SetRow] {
    let rows = table.bodyRows
    let pieceSize = ParallelWork.pieceSize(
      for: rows.count, preferred: TableLayouter.rowsPerPiece, minimum: TableLayouter.minimumRowsPerPiece)
    let ranges = ParallelWork.ranges(of: rows.count, minimumSize: isParallel ? pieceSize : Int.max)
    guard ranges.count > 1 else {
      cache.reserveCells(rows.count * table.columns.count)
      return rows.indices.map {
        setBodyRow(
          $0, of: table, shaped: $0 < shaped.count ? shaped[$0] : [], geometry: geometry, available: available,
          location: location)
      }
    }
    let handoff = Handoff(ranges.map { range in Array(shaped[min(range.lowerBound, shaped.count)..<min(range.upperBound, shaped.count)]) })
    _ = consume shaped
    let (shaper, fontBook, width, pageHeight) = (cache.shaper, cache.fontBook, width, pageHeight)
    let pieces = ParallelWork.map(ranges.count) { piece in
      let cache = ShapingCache(shaper: shaper, fontBook: fontBook)
      cache.reserveCells(ranges[piece].count * table.columns.count)
      let layouter = TableLayouter(cache: cache, width: width, pageHeight: pageHeight)
      let mine = handoff.take(piece) ?? []
      let start = ranges[piece].lowerBound
      return ranges[piece].map {
        layouter.setBodyRow(
          $0, of: table, shaped: $0 - start < mine.count ? mine[$0 - start] : [], geometry: geometry,
          available: available, location: location)
      }
    }
    return pieces.flatMap { $0 }
  }

  private func setBodyRow(
    _ i: Int, of table: Table, shaped: [ShapedParagraph?], geometry: Geometry, available: Length,
    location: String
  ) -> SetRow {
    var warnings: [LayoutWarning] = []
    let frames = rowFrames(
      table.bodyRows[i], shaped: shaped, part: .body, index: i,
      isLastOfPart: i == table.bodyRows.count - 1, table: table, geometry: geometry, available: available,
      location: FlowLocation(block: location, part: "body", row: i + 1), warnings: &warnings)
    return SetRow(frames: frames, warnings: warnings)
  }

  /// Appends a row's pieces, preceded by its cells' anchors (markers glued to the row).
  /// Rows are placed as groups: one item per row on the page instead of a copy of every glyph run.
  private static func append(
    _ frames: [Frame], anchors: [String], to out: inout [FlowSlice], glue: Int,
    repeated: RepeatedHeader?, location: FlowLocation
  ) {
    var glue = glue
    for anchor in anchors {
      out.append(FlowSlice(content: .marker(.anchor(anchor)), glue: glue, location: location))
      glue = FlowSlice.Glue.marker
    }
    for frame in frames {
      out.append(
        FlowSlice(content: .frame(frame), glue: glue, repeatedHeader: repeated, isGroup: true, location: location))
      glue = FlowSlice.Glue.none
    }
  }

  struct Geometry {
    var columnWidths: [Length]
    var columnX: [Length]
    var tableWidth: Length
  }

  /// A cell after setting: where its text starts and its lines.
  private struct SetCell {
    var x: Length
    var lines: [SetLine]
  }

  /// The row's frame, or several frames when the row is taller than a page.
  /// - Parameter available: the height a piece of the row may take on a page (less than the
  ///   page when a repeated header sits above it).
  private func rowFrames(
    _ row: TableRow, shaped: [ShapedParagraph?], part: Part, index: Int, isLastOfPart: Bool, table: Table,
    geometry: Geometry, available: Length, location: FlowLocation,
    warnings: inout [LayoutWarning]
  ) -> [Frame] {
    let style = table.style
    let padding = style.cellPadding
    let layouter = ParagraphLayouter(cache: cache)
    var cells: [SetCell] = []
    cells.reserveCapacity(row.cells.count)
    var column = 0
    var given = 0
    for (cellIndex, cell) in row.cells.enumerated() {
      guard column < geometry.columnWidths.count else { break }
      let last = min(column + cell.columnSpan, geometry.columnWidths.count)
      let cellWidth = geometry.columnX[last] - geometry.columnX[column]
      let alignment = cell.alignment ?? table.columns[column].alignment
      let paragraphStyle = ParagraphStyle(alignment: alignment, direction: style.direction, lineHeight: style.lineHeight)
      let set = layouter.layout(
        cell.spans, style: paragraphStyle, width: max(cellWidth - padding.left - padding.right, .zero),
        link: cell.link, shaped: cellIndex < shaped.count ? shaped[cellIndex] : nil,
        location: location.text)
      warnings += set.warnings
      cells.append(SetCell(x: geometry.columnX[column] + padding.left, lines: set.lines))
      column = last
      given += 1
    }
    if given < row.cells.count {
      let spanned = row.cells.reduce(0) { $0 + $1.columnSpan }
      warnings.append(
        LayoutWarning(
          kind: .tooManyCells(count: spanned, columns: geometry.columnWidths.count), location: location.text))
    }

    let fill: Color?
    switch part {
    case .header: fill = row.fill ?? style.headerFill
    case .body: fill = row.fill ?? (index % 2 == 1 ? style.zebraFill : nil)
    case .footer: fill = row.fill
    }
    let topRule = part == .footer && index == 0 ? style.footerRule : nil
    let bottomRule: Stroke?
    switch part {
    case .header: bottomRule = isLastOfPart ? style.headerRule : nil
    case .body: bottomRule = isLastOfPart ? nil : style.bodyRule
    case .footer: bottomRule = nil
    }

    var contentHeight = Length.zero
    for cell in cells { contentHeight = max(contentHeight, cell.lines.reduce(.zero) { $0 + $1.height }) }
    let rowHeight = contentHeight + padding.top + padding.bottom
    guard rowHeight > available, available > padding.top + padding.bottom else {
      let ranges = cells.map { 0..<$0.lines.count }
      return [
        rowFrame(
          cells, lineRanges: ranges, height: rowHeight, fill: fill, topRule: topRule, bottomRule: bottomRule,
          geometry: geometry, padding: padding)
      ]
    }

    // Taller than a page: cut between lines, each piece as tall as a page allows.
    warnings.append(LayoutWarning(kind: .rowTallerThanPage(height: rowHeight), location: location.text))
    let limit = available - padding.top - padding.bottom
    var cursors = [Int](repeating: 0, count: cells.count)
    var frames: [Frame] = []
    while zip(cursors, cells).contains(where: { $0 < $1.lines.count }) {
      var ranges: [Range<Int>] = []
      var pieceHeight = Length.zero
      for (c, cell) in cells.enumerated() {
        var end = cursors[c]
        var used = Length.zero
        while end < cell.lines.count && (used + cell.lines[end].height <= limit || end == cursors[c]) {
          used += cell.lines[end].height
          end += 1
        }
        ranges.append(cursors[c]..<end)
        pieceHeight = max(pieceHeight, used)
        cursors[c] = end
      }
      let isLast = !zip(cursors, cells).contains(where: { $0 < $1.lines.count })
      frames.append(
        rowFrame(
          cells, lineRanges: ranges, height: pieceHeight + padding.top + padding.bottom, fill: fill,
          topRule: frames.isEmpty ? topRule : nil, bottomRule: isLast ? bottomRule : nil,
          geometry: geometry, padding: padding))
    }
    return frames
  }

  private func rowFrame(
    _ cells: [SetCell], lineRanges: [Range<Int>], height: Length, fill: Color?, topRule: Stroke?,
    bottomRule: Stroke?, geometry: Geometry, padding: EdgeInsets
  ) -> Frame {
    var frame = Frame(size: Size(width: geometry.tableWidth, height: height))
    var count = 3
    for (cell, range) in zip(cells, lineRanges) { for line in cell.lines[range] { count += line.frame.items.count } }
    frame.reserveCapacity(count)
    if let fill {
      frame.push(.shape(ShapeItem(.rect(Size(width: geometry.tableWidth, height: height)), fill: fill)), at: .zero)
    }
    for (cell, range) in zip(cells, lineRanges) {
      var y = padding.top
      for line in cell.lines[range] {
        frame.push(contentsOf: line.frame, at: Point(x: cell.x, y: y))
        y += line.height
      }
    }
    if let topRule {
      frame.push(.shape(ShapeItem(.line(to: Point(x: geometry.tableWidth, y: .zero)), stroke: topRule)), at: .zero)
    }
    if let bottomRule {
      frame.push(
        .shape(ShapeItem(.line(to: Point(x: geometry.tableWidth, y: .zero)), stroke: bottomRule)),
        at: Point(x: .zero, y: height))
    }
    return frame
  }
}
