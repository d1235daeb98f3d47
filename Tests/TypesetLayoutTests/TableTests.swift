import Testing
import TypesetCore
import TypesetText

@testable import TypesetLayout

@Suite struct TableTests {
  let cell = TextStyle(size: .pt(9))
  let money = TextStyle(size: .pt(9), features: [.tabularNumbers])

  func statementTable(rows: Int, footer: Bool = true, style: TableStyle = TableStyle()) -> Table {
    let columns = [TableColumn(.auto), TableColumn(.fraction(1)), TableColumn(.fixed(.pt(80)), alignment: .right)]
    let header = TableRow([
      TableCell("Date", style: cell), TableCell("Description", style: cell), TableCell("Amount", style: cell),
    ])
    let body = (1...rows).map { i in
      TableRow([
        TableCell("2026-07-\(i % 28 + 1)", style: cell), TableCell("Row \(i) charge", style: cell),
        TableCell("\(i).00", style: money),
      ])
    }
    let totals =
      footer ? [TableRow([TableCell("Total", style: cell, columnSpan: 2), TableCell("999.00", style: money)])] : []
    return Table(columns: columns, headerRows: [header], bodyRows: body, footerRows: totals, style: style)
  }

  @Test func columnsResolveFixedAutoAndFraction() {
    let table = statementTable(rows: 3)
    let widths = ColumnSizer(cache: Fixtures.cache()).widths(for: table, available: .pt(468))
    #expect(widths.count == 3)
    #expect(widths[2] == .pt(80))
    #expect(widths[0] > .pt(40) && widths[0] < .pt(80))
    #expect(widths.reduce(.zero, +) == .pt(468))
  }

  @Test func autoColumnsShrinkWhenTooWide() {
    let long = String(repeating: "wide ", count: 40)
    let table = Table(
      columns: [TableColumn(.auto), TableColumn(.fixed(.pt(100)))],
      bodyRows: [TableRow([TableCell(long), TableCell("x")])])
    let widths = ColumnSizer(cache: Fixtures.cache()).widths(for: table, available: .pt(300))
    #expect(widths == [.pt(200), .pt(100)])
  }

  @Test func numbersAreRightAligned() throws {
    let result = Fixtures.layouter.layout(Fixtures.document([.table(statementTable(rows: 3))]))
    let texts = result.document.pages[0].frame.texts()
    let amounts = texts.filter { $0.text.hasSuffix(".00") && $0.text != "999.00" }
    #expect(amounts.count == 3)
    // Right edges line up at the column's right padding: 72 + 468 − 4.
    for a in amounts { #expect(a.x + a.width == .pt(536)) }
  }

  @Test func headerRepeatsOnEveryPageAndRowsNeverSplit() {
    let result = Fixtures.layouter.layout(Fixtures.document([.table(statementTable(rows: 120))]))
    #expect(result.document.pages.count >= 3)
    for index in result.document.pages.indices {
      let lines = result.lines(ofPage: index)
      #expect(lines.first == "Date Description Amount", "page \(index + 1) starts with \(lines.first ?? "nothing")")
    }
    // Every row appears exactly once, whole.
    var seen = 0
    for index in result.document.pages.indices {
      seen += result.lines(ofPage: index).filter { $0.contains(" charge ") }.count
    }
    #expect(seen == 120)
  }

  @Test func totalsStayWithTheLastRow() throws {
    // Find how many rows fill page 1 exactly, then add one footer: it must pull the last row along.
    let probe = Fixtures.layouter.layout(Fixtures.document([.table(statementTable(rows: 200, footer: false))]))
    let onFirstPage = probe.lines(ofPage: 0).filter { $0.contains(" charge ") }.count
    let result = Fixtures.layouter.layout(Fixtures.document([.table(statementTable(rows: onFirstPage))]))
    let totalPage = try #require(result.page(containing: "Total"))
    #expect(totalPage == 1)
    #expect(result.page(containing: "Row \(onFirstPage) charge") == 1)
    #expect(result.page(containing: "Row \(onFirstPage - 1) charge") == 0)
  }

  @Test func headerIsNeverAloneAtTheBottom() {
    // One line of room after the filler: the header alone would fit, header + first row would not.
    let blocks: [Block] = [.spacer(.pt(630)), .table(statementTable(rows: 5))]
    let result = Fixtures.layouter.layout(Fixtures.document(blocks))
    #expect(result.lines(ofPage: 0).isEmpty)
    #expect(result.lines(ofPage: 1).first == "Date Description Amount")
  }

  @Test func tallRowIsSplitWithAWarning() {
    let tall = (1...80).map { "line \($0)" }.joined(separator: "\n")
    let table = Table(
      columns: [TableColumn(.fraction(1))], headerRows: [TableRow([TableCell("Notes")])],
      bodyRows: [TableRow([TableCell(tall)])])
    let result = Fixtures.layouter.layout(Fixtures.document([.table(table)]))
    #expect(result.document.pages.count == 2)
    #expect(result.warnings.contains { if case .rowTallerThanPage = $0.kind { return true } else { return false } })
    #expect(result.lines(ofPage: 1).first == "Notes")
    #expect(result.page(containing: "line 80") == 1)
  }

  @Test func zebraShadesEveryOtherBodyRow() {
    let style = TableStyle(zebraFill: Color(hex: 0xEEEEEE), headerRule: nil, footerRule: nil)
    let result = Fixtures.layouter.layout(
      Fixtures.document([.table(statementTable(rows: 4, footer: false, style: style))]))
    let fills = result.document.pages[0].frame.flattened().filter {
      if case .shape(let s) = $0.item { return s.fill == Color(hex: 0xEEEEEE) } else { return false }
    }
    #expect(fills.count == 2)
  }

  @Test func cellAnchorsAreRegisteredWhereTheRowLands() throws {
    var table = statementTable(rows: 120)
    table.bodyRows[99].cells[1].anchor = "row-100"
    let result = Fixtures.layouter.layout(Fixtures.document([.table(table)]))
    let page = try #require(result.references.pageNumber(of: "row-100"))
    #expect(page - 1 == result.page(containing: "Row 100 charge"))
    let anchor = try #require(result.document.pages[page - 1].frame.anchors().first { $0.0 == "row-100" })
    let row = try #require(result.document.pages[page - 1].frame.texts().first { $0.text == "Row 100 charge" })
    #expect(anchor.1.y < row.y && row.y - anchor.1.y < .pt(16))
  }

  @Test func multiLineRowsAreNeverSplit() {
    let columns = [TableColumn(.fixed(.pt(60))), TableColumn(.fraction(1))]
    let rows = (1...60).map { i in
      TableRow([TableCell("R\(i)"), TableCell("first line of (\(i))\nsecond line of (\(i))\nthird line of (\(i))")])
    }
    let result = Fixtures.layouter.layout(Fixtures.document([.table(Table(columns: columns, bodyRows: rows))]))
    #expect(result.document.pages.count >= 2)
    for i in 1...60 {
      let first = result.page(containing: "first line of (\(i))")
      #expect(first != nil)
      #expect(first == result.page(containing: "third line of (\(i))"), "row \(i) split")
    }
  }

  @Test func colspanCellSpansColumns() throws {
    let result = Fixtures.layouter.layout(Fixtures.document([.table(statementTable(rows: 1))]))
    let total = try #require(result.document.pages[0].frame.texts().first { $0.text == "Total" })
    #expect(total.x == .pt(76))
  }
}

/// Large tables are shaped and set in pieces on several threads; the slices must equal those
/// set on one thread.
@Suite struct ParallelTableTests {
  let body = TextStyle(size: .pt(9))
  let figure = TextStyle(size: .pt(9), features: [.tabularNumbers])

  func largeTable(rows: Int) -> Table {
    let descriptions = [
      "Cloud hosting – Pro plan", "Payment (bank transfer)", "Müller Café catering – team lunch",
      "Zoë Design Studio – design hours, office signage and file preparation for print", "Late fee",
    ]
    let body = (0..<rows).map { i in
      TableRow([
        TableCell("2024-\(i % 12 + 10)-\(i % 28 + 10)", style: figure),
        TableCell(descriptions[i % descriptions.count], style: self.body),
        TableCell("\(i * 37 % 1_000).\(i % 90 + 10)", style: figure),
        TableCell("-\(i * 1_234 % 100_000).00", style: figure),
      ])
    }
    let columns = [
      TableColumn(.fixed(.pt(56))), TableColumn(.fraction(1)), TableColumn(.auto, alignment: .right),
      TableColumn(.auto, alignment: .right),
    ]
    let header = TableRow([
      TableCell("Date", style: self.body), TableCell("Description", style: self.body),
      TableCell("Amount", style: self.body), TableCell("Balance", style: self.body),
    ])
    return Table(columns: columns, headerRows: [header], bodyRows: body, style: TableStyle())
  }

  /// Everything a slice draws: the frame dump plus every glyph's id, position and advance.
  static func fingerprint(_ frame: Frame) -> String {
    var out = frame.debugDump()
    func glyphs(_ frame: Frame) {
      for positioned in frame.items {
        switch positioned.item {
        case .group(let inner): glyphs(inner)
        case .text(let text):
          for g in text.glyphs { out += "\(g.id)@\(g.x.microPoints)+\(g.advance.microPoints) " }
          out += "\n"
        default: break
        }
      }
    }
    glyphs(frame)
    return out
  }

  static func fingerprints(_ slices: [FlowSlice]) -> [String] {
    slices.map { slice in
      switch slice.content {
      case .frame(let frame): return "glue \(slice.glue) \(slice.location.text)\n" + fingerprint(frame)
      case .marker: return "marker"
      case .pageBreak: return "page break"
      case .embeddedPage: return "embedded page"
      }
    }
  }

  /// `table`'s slices set in pieces on several threads and on this thread alone, with the
  /// warnings each way gave.
  static func slicesBothWays(
    _ table: Table, width: Length = .pt(300), pageHeight: Length = .pt(648), location: String = "block 1"
  ) -> (parallel: [FlowSlice], serial: [FlowSlice], parallelWarnings: [LayoutWarning], serialWarnings: [LayoutWarning]) {
    var parallelWarnings: [LayoutWarning] = []
    var serialWarnings: [LayoutWarning] = []
    let parallel = TableLayouter(cache: Fixtures.cache(), width: width, pageHeight: pageHeight)
      .slices(for: table, location: location, warnings: &parallelWarnings)
    let serial = TableLayouter(cache: Fixtures.cache(), width: width, pageHeight: pageHeight, isParallel: false)
      .slices(for: table, location: location, warnings: &serialWarnings)
    return (parallel, serial, parallelWarnings, serialWarnings)
  }

  @Test func piecesOnSeveralThreadsGiveTheSameSlices() {
    let table = largeTable(rows: 1_600)
    let (parallel, serial, parallelWarnings, serialWarnings) = Self.slicesBothWays(table)
    #expect(parallel.count == 1_601)
    #expect(Self.fingerprints(parallel) == Self.fingerprints(serial))
    #expect(parallelWarnings == serialWarnings)
    // The long description wraps: some rows are two lines tall.
    #expect(Set(parallel.map(\.height)).count > 1)
  }

  @Test func shortTableOnSeveralThreadsGivesTheSameSlices() {
    // Below `rowsPerPiece` rows per thread a table is still split (`ParallelWork.pieceSize`).
    for rows in [2, 20, 37, 600] {
      let table = largeTable(rows: rows)
      let (parallel, serial, parallelWarnings, serialWarnings) = Self.slicesBothWays(table)
      #expect(parallel.count == rows + 1)
      #expect(Self.fingerprints(parallel) == Self.fingerprints(serial), "\(rows) rows")
      #expect(parallelWarnings == serialWarnings)
    }
  }

  @Test func tallRowsLinksAnchorsAndSpansMatchOneThread() {
    // Rows taller than the page (cut into several frames), links, anchors, spanning and
    // mixed-style cells, across piece boundaries.
    let long = String(repeating: "Line of a very long note that wraps again and again. ", count: 12)
    let rows = (0..<1_100).map { i -> TableRow in
      if i % 97 == 0 {
        return TableRow([TableCell(long, style: body, columnSpan: 2, anchor: "tall-\(i)"), TableCell("\(i).00", style: figure)])
      }
      if i % 13 == 0 {
        return TableRow([
          TableCell(spans: [StyledSpan("Mixed ", style: body), StyledSpan("\(i)", style: figure)]),
          TableCell("Paid – thank you", style: body, link: .uri("https://example.com/\(i)")),
          TableCell("\(i % 50).00", style: figure),
        ])
      }
      return TableRow([
        TableCell("Row \(i % 40)", style: body), TableCell("Payment (check)", style: body),
        TableCell("\(i).\(i % 90 + 10)", style: figure),
      ])
    }
    let table = Table(
      columns: [TableColumn(.auto), TableColumn(.fraction(1)), TableColumn(.auto, alignment: .right)],
      headerRows: [TableRow([TableCell("A"), TableCell("B"), TableCell("C")])], bodyRows: rows,
      footerRows: [TableRow([TableCell("Total", columnSpan: 2), TableCell("1.00", style: figure)])])
    let (parallel, serial, parallelWarnings, serialWarnings) = Self.slicesBothWays(
      table, width: .pt(240), pageHeight: .pt(120), location: "block 2")
    #expect(parallel.count > 1_102)  // tall rows give several slices, anchors add markers
    #expect(parallel.contains { if case .marker = $0.content { return true } else { return false } })
    #expect(parallelWarnings.contains { if case .rowTallerThanPage = $0.kind { return true } else { return false } })
    #expect(Self.fingerprints(parallel) == Self.fingerprints(serial))
    #expect(parallel.map(\.glue) == serial.map(\.glue))
    #expect(parallelWarnings == serialWarnings)
  }

  @Test func handoffGivesEachValueOnce() {
    let handoff = Handoff([[1, 2], [3]])
    #expect(handoff.take(1) == [3])
    #expect(handoff.take(1) == nil)
    #expect(handoff.take(0) == [1, 2])
    #expect(handoff.take(2) == nil)
    #expect(handoff.take(-1) == nil)
  }

  @Test func warningsKeepRowOrderAcrossPieces() {
    // A text too wide for its fixed column overflows in every row: warnings for every row, in
    // row order, the same as on one thread.
    let rows = (0..<1_200).map { i in TableRow([TableCell("Overlong-reference-\(i)-that-cannot-break", style: body)]) }
    let table = Table(columns: [TableColumn(.fixed(.pt(40)))], bodyRows: rows)
    var parallel: [LayoutWarning] = []
    var serial: [LayoutWarning] = []
    _ = TableLayouter(cache: Fixtures.cache(), width: .pt(300), pageHeight: .pt(648))
      .slices(for: table, location: "block 1", warnings: &parallel)
    _ = TableLayouter(cache: Fixtures.cache(), width: .pt(300), pageHeight: .pt(648), isParallel: false)
      .slices(for: table, location: "block 1", warnings: &serial)
    let rowNumbers = parallel.compactMap { Int($0.location.split(separator: " ").last ?? "") }
    #expect(rowNumbers.count == parallel.count)
    #expect(Set(rowNumbers) == Set(1...1_200))
    #expect(rowNumbers == rowNumbers.sorted())
    #expect(parallel.count == serial.count)
    #expect(parallel == serial, "warnings differ from the one-thread layout")
  }
}
