import Testing
import TypesetCore
import TypesetText

@testable import TypesetLayout

@Suite struct WarningTests {
  @Test func missingGlyphIsReportedWithItsBlock() throws {
    let result = Fixtures.layouter.layout(
      Fixtures.document([
        .paragraph(Paragraph("Fine")),
        .paragraph(Paragraph("Thanks \u{1F600}")),
      ]))
    let warning = try #require(result.warnings.first)
    guard case .missingGlyph(let message) = warning.kind else {
      Issue.record("expected a missing glyph, got \(warning)")
      return
    }
    #expect(message.contains("U+1F600"))
    #expect(warning.location == "block 2")
    #expect(warning.page == 1)
    #expect(warning.description.hasPrefix("page 1, block 2: "))
  }

  @Test func warningsNameThePageTheirRowLandedOn() throws {
    let rows = (1...150).map { TableRow([TableCell($0 == 120 ? "Supercalifragilisticexpialidocious" : "row \($0)")]) }
    let table = Table(columns: [TableColumn(.fixed(.pt(60)))], bodyRows: rows)
    let result = Fixtures.layouter.layout(Fixtures.document([.table(table)]))
    let warning = try #require(result.warnings.first)
    #expect(warning.location == "block 1 (table), body row 120")
    #expect(warning.page == result.page(containing: "row 119").map { $0 + 1 })
    #expect((warning.page ?? 0) > 1)
  }

  @Test func emptyParagraphsAndCellsTakeOneLine() {
    let table = Table(
      columns: [TableColumn(.auto), TableColumn(.fraction(1))],
      bodyRows: [TableRow([TableCell(""), TableCell("x")]), TableRow([TableCell("y"), TableCell("")])])
    let result = Fixtures.layouter.layout(
      Fixtures.document([
        .paragraph(Paragraph("", style: ParagraphStyle(lineHeight: .pt(20)))),
        .paragraph(Paragraph("after", style: ParagraphStyle(lineHeight: .pt(12)))),
        .table(table),
      ]))
    #expect(result.warnings.isEmpty)
    let after = result.document.pages[0].frame.texts().first { $0.text == "after" }
    // The empty paragraph still takes its 20 pt line; "after" sits on the next baseline.
    #expect(after.map { $0.y > .pt(92) && $0.y < .pt(104) } == true)
    #expect(result.lines(ofPage: 0) == ["after", "x", "y"])
  }

  @Test func tooManyCellsAreDroppedWithAWarning() {
    let table = Table(columns: [TableColumn(.fraction(1))], bodyRows: [TableRow([TableCell("a"), TableCell("b")])])
    let result = Fixtures.layouter.layout(Fixtures.document([.table(table)]))
    #expect(result.warnings.map(\.kind) == [.tooManyCells(count: 2, columns: 1)])
    #expect(result.lines(ofPage: 0) == ["a"])
  }

  @Test func imageScalesToItsWidth() throws {
    let image = RasterImage(
      id: "logo", pixelWidth: 200, pixelHeight: 100,
      encoding: .samples(pixels: [UInt8](repeating: 0, count: 200 * 100), components: 1, alpha: nil))
    let result = Fixtures.layouter.layout(
      Fixtures.document([.image(ImageBlock(image, width: .pt(120), placement: .right))]))
    let placed = try #require(
      result.document.pages[0].frame.items.compactMap { p -> (Point, ImageItem)? in
        if case .image(let i) = p.item { return (p.position, i) } else { return nil }
      }.first)
    #expect(placed.1.size == Size(width: .pt(120), height: .pt(60)))
    #expect(placed.0 == Point(x: .pt(72 + 468 - 120), y: .pt(72)))
  }

  @Test func nonConvergingReferencesWarn() {
    // Each pass moves the anchor one page further: never stable.
    let result = Fixtures.layouter.layout { references in
      let pages = (references.pageNumber(of: "moving") ?? 0) + 1
      var blocks: [Block] = []
      for _ in 0..<pages { blocks += [.paragraph(Paragraph("page")), .pageBreak] }
      blocks.append(.anchor("moving"))
      blocks.append(.paragraph(Paragraph("target")))
      return Fixtures.document(blocks)
    }
    #expect(result.passCount == 3)
    #expect(result.warnings.map(\.kind) == [.referencesDidNotConverge(passes: 3)])
  }
}

/// `DocumentLayouter.firstPages` skips making the location text of rows no warning names; it
/// must find the same pages as reading every slice's text.
@Suite struct WarningPageTests {
  @Test func firstPagesEqualsReadingEverySlice() {
    let style = TextStyle(size: .pt(9))
    let rows = (0..<300).map { i in TableRow([TableCell("Row \(i)", style: style), TableCell("x", style: style)]) }
    let table = Table(
      columns: [TableColumn(.fixed(.pt(60))), TableColumn(.fraction(1))], headerRows: [TableRow([TableCell("H")])],
      bodyRows: rows, footerRows: [TableRow([TableCell("Total")])])
    var warnings: [LayoutWarning] = []
    var slices = BlockLayouter(cache: Fixtures.cache(), width: .pt(300), pageHeight: .pt(600))
      .slices(for: [.table(table), .paragraph(Paragraph("After"))], path: "block", warnings: &warnings)
    slices += TableLayouter(cache: Fixtures.cache(), width: .pt(300), pageHeight: .pt(600))
      .slices(for: table, location: "block 3, block 1", warnings: &warnings)
    let pages = slices.indices.map { $0 / 37 }
    let wanted: Set<String> = [
      "block 1 (table), body row 1", "block 1 (table), body row 150", "block 1 (table), body row 300",
      "block 1 (table), header row 1", "block 1 (table), footer row 1", "block 2", "block 1 (table), body row 301",
      "block 3, block 1 (table), body row 7", "block 9 (table), body row 2", "row 5", "block 1 (table), body row x",
    ]
    var expected: [String: Int] = [:]
    for (slice, page) in zip(slices, pages) where wanted.contains(slice.location.text) {
      if expected[slice.location.text] == nil { expected[slice.location.text] = page + 1 }
    }
    #expect(expected.count == 7)
    #expect(DocumentLayouter.firstPages(of: wanted, slices: slices, pages: pages) == expected)
  }

  @Test func rowLocationsSplitIntoPrefixAndNumber() {
    #expect(DocumentLayouter.splitRow("block 4 (table), body row 17")! == ("block 4 (table), body", 17))
    #expect(DocumentLayouter.splitRow("a row 0")! == ("a", 0))
    #expect(DocumentLayouter.splitRow(" row 12")! == ("", 12))
    #expect(DocumentLayouter.splitRow("block 4 (table), body row ") == nil)
    #expect(DocumentLayouter.splitRow("block 4 (table), body row +5") == nil)
    #expect(DocumentLayouter.splitRow("block 4") == nil)
    #expect(DocumentLayouter.splitRow("row 5") == nil)
    #expect(DocumentLayouter.splitRow("x row 1234567890123456789") == nil)
  }
}
