import Testing
import TypesetCore
import TypesetText

@testable import TypesetLayout

@Suite struct PaginationTests {
  let body = TextStyle(size: .pt(10))

  /// A paragraph of `count` lines, each line a short word pair ending in a hard break.
  func lines(_ tag: String, count: Int) -> Block {
    .paragraph(
      Paragraph(
        (1...count).map { "\(tag)\($0) text" }.joined(separator: "\n"), textStyle: body,
        style: ParagraphStyle(lineHeight: .pt(12))))
  }

  /// The content height of a Letter page with 72 pt margins is 648 pt: 54 lines of 12 pt.
  func filler(lines count: Int) -> Block {
    .spacer(Length.pt(12) * count)
  }

  @Test func pageXOfYIsRightOnEveryPage() {
    let template = PageTemplate(footer: { context in
      [
        .paragraph(
          Paragraph(
            "Page \(context.pageNumber) of \(context.pageCount)", textStyle: TextStyle(size: .pt(8)),
            style: ParagraphStyle(alignment: .center)))
      ]
    })
    let blocks = (0..<150).map { Block.paragraph(Paragraph("Line \($0)", textStyle: body)) }
    let result = Fixtures.layouter.layout(Fixtures.document(blocks, template: template))
    let count = result.document.pages.count
    #expect(count >= 3)
    for index in 0..<count {
      #expect(result.lines(ofPage: index).last == "Page \(index + 1) of \(count)")
    }
  }

  @Test func orphanIsAvoided() {
    // Room for one line only at the bottom of page 1: the paragraph's first line must not stay alone.
    let result = Fixtures.layouter.layout(
      Fixtures.document([filler(lines: 53), .paragraph(Paragraph("x")), lines("L", count: 5)]))
    #expect(result.page(containing: "L1 text") == 1)
    #expect(result.page(containing: "L2 text") == 1)
  }

  @Test func widowIsAvoided() {
    // Room for four of five lines: a single last line would be a widow, so two lines move.
    let result = Fixtures.layouter.layout(Fixtures.document([filler(lines: 50), lines("W", count: 5)]))
    #expect(result.page(containing: "W3 text") == 0)
    #expect(result.page(containing: "W4 text") == 1)
    #expect(result.page(containing: "W5 text") == 1)
  }

  @Test func headingKeepsWithNext() {
    let heading = Block.paragraph(
      Paragraph(
        "Payments", textStyle: TextStyle(font: FontStyle(isBold: true), size: .pt(12)),
        style: ParagraphStyle(lineHeight: .pt(12), keepsWithNext: true)))
    let result = Fixtures.layouter.layout(Fixtures.document([filler(lines: 52), heading, lines("P", count: 4)]))
    #expect(result.page(containing: "Payments") == 1)
    #expect(result.page(containing: "P1 text") == 1)
  }

  @Test func keepTogetherMovesTheGroup() {
    let group = Block.keepTogether([lines("A", count: 2), lines("B", count: 2)])
    let result = Fixtures.layouter.layout(Fixtures.document([filler(lines: 51), group]))
    #expect(result.page(containing: "A1 text") == 1)
    #expect(result.page(containing: "B2 text") == 1)
  }

  @Test func pageBreakStartsANewPage() {
    let result = Fixtures.layouter.layout(Fixtures.document([lines("X", count: 1), .pageBreak, lines("Y", count: 1)]))
    #expect(result.document.pages.count == 2)
    #expect(result.page(containing: "Y1 text") == 1)
  }

  @Test func forwardReferenceIsResolved() {
    let result = Fixtures.layouter.layout { references in
      let target = references.pageLabel(of: "exhibit-a") ?? "?"
      var blocks: [Block] = [.paragraph(Paragraph("Exhibit A starts on page \(target)", textStyle: self.body))]
      blocks += (0..<120).map { Block.paragraph(Paragraph("Filler \($0)", textStyle: self.body)) }
      blocks.append(.outlineEntry(OutlineMarker(title: "Exhibit A", anchor: "exhibit-a")))
      blocks.append(.paragraph(Paragraph("Exhibit A", textStyle: self.body)))
      return Fixtures.document(blocks)
    }
    let landed = result.page(containing: "Exhibit A")
    let anchorPage = result.references.pageNumber(of: "exhibit-a")
    #expect(anchorPage != nil)
    #expect(result.lines(ofPage: 0).first == "Exhibit A starts on page \(anchorPage ?? -1)")
    #expect(anchorPage == (result.document.pages.lastIndex { $0.frame.lines().contains("Exhibit A") }).map { $0 + 1 })
    #expect(landed == 0)
    #expect(result.passCount == 2)
    #expect(result.document.outline == [OutlineEntry(title: "Exhibit A", anchor: "exhibit-a")])
  }

  @Test func anchorsLandWithTheirContent() throws {
    // The anchor sits where the paragraph it marks lands, even when that paragraph moves on.
    let result = Fixtures.layouter.layout(
      Fixtures.document([
        filler(lines: 53), .paragraph(Paragraph("y")), .anchor("here"),
        lines("H", count: 3),
      ]))
    #expect(result.references.pageNumber(of: "here") == 2)
    let anchor = try #require(result.document.pages[1].frame.anchors().first)
    #expect(anchor.0 == "here")
    #expect(anchor.1 == Point(x: .pt(72), y: .pt(72)))
  }

  @Test func outlineNestsByLevel() {
    let tree = DocumentLayouter.outlineTree([
      OutlineMarker(title: "Statement", anchor: "s"), OutlineMarker(title: "Charges", anchor: "c", level: 1),
      OutlineMarker(title: "Payments", anchor: "p", level: 1), OutlineMarker(title: "Exhibits", anchor: "e"),
    ])
    #expect(tree.map(\.title) == ["Statement", "Exhibits"])
    #expect(tree[0].children.map(\.title) == ["Charges", "Payments"])
  }

  @Test func pageLabelsCountFromWhereTheyStart() {
    let template = PageTemplate(header: { [.paragraph(Paragraph("Label \($0.displayLabel)"))] })
    let result = Fixtures.layouter.layout(
      Fixtures.document(
        [
          lines("Cover", count: 1), .pageBreak, .pageLabels(PageLabelStyle(prefix: "A-")), lines("Ex", count: 1),
          .pageBreak, lines("More", count: 1),
        ], template: template))
    #expect(result.document.pages.map(\.label) == [nil, "A-1", "A-2"])
    #expect(result.lines(ofPage: 2).first == "Label A-2")
  }

  @Test func pageTemplateSwitchesPaperMarginsAndFooters() throws {
    let letter = PageTemplate(footer: { [.paragraph(Paragraph("Letter \($0.pageNumber)/\($0.pageCount)"))] })
    let exhibit = PageTemplate(
      size: .a4, margins: EdgeInsets(top: .pt(36), left: .pt(36), bottom: .pt(80), right: .pt(36)),
      footer: { [.paragraph(Paragraph("EXHIBIT A · ACME-\(String(1000 + $0.pageNumber))"))] })
    let result = Fixtures.layouter.layout(
      Fixtures.document(
        [
          lines("Body", count: 2), .pageTemplate(exhibit), .anchor("exhibit-a"), lines("Tab", count: 1), .pageBreak,
          lines("Second", count: 1),
        ], template: letter))
    let pages = result.document.pages
    #expect(pages.count == 3)
    #expect(pages.map(\.size) == [PageSize.letter.size, PageSize.a4.size, PageSize.a4.size])
    #expect(result.lines(ofPage: 0).last == "Letter 1/3")
    #expect(result.lines(ofPage: 1).last == "EXHIBIT A · ACME-1002")
    #expect(result.lines(ofPage: 2).last == "EXHIBIT A · ACME-1003")
    #expect(result.references.pageNumber(of: "exhibit-a") == 2)
    let tab = try #require(pages[1].frame.texts().first { $0.text == "Tab1 text" })
    #expect(tab.x == .pt(36))
    #expect(tab.y < .pt(36 + 12))
  }

  @Test func drawingIsPlacedWholeAtTheContentStart() throws {
    var drawing = Frame(size: Size(width: .pt(200), height: .pt(40)))
    drawing.push(
      .shape(ShapeItem(.line(to: Point(x: .pt(200), y: .zero)), stroke: Stroke())), at: Point(x: .zero, y: .pt(20)))
    let result = Fixtures.layouter.layout(Fixtures.document([filler(lines: 52), .drawing(drawing)]))
    #expect(result.document.pages.count == 2)
    let line = try #require(result.document.pages[1].frame.flattened().first)
    #expect(line.position == Point(x: .pt(72), y: .pt(92)))
  }

  @Test func makeFrameStacksBlocksToTheirHeight() {
    let made = Fixtures.layouter.makeFrame(
      [
        .paragraph(Paragraph("Filed", style: ParagraphStyle(lineHeight: .pt(12)))),
        .paragraph(Paragraph("2026-07-01", style: ParagraphStyle(spaceBefore: .pt(3), lineHeight: .pt(12)))),
      ], width: .pt(80))
    #expect(made.warnings.isEmpty)
    #expect(made.frame.size == Size(width: .pt(80), height: .pt(27)))
    #expect(made.frame.lines() == ["Filed", "2026-07-01"])
  }

  @Test func headersSeeTheSectionAndReferencesSeeLabels() {
    let template = PageTemplate(header: { [.paragraph(Paragraph("Section: \($0.sectionTitle ?? "-")"))] })
    let result = Fixtures.layouter.layout(
      Fixtures.document(
        [
          lines("Cover", count: 1), .pageBreak,
          .outlineEntry(OutlineMarker(title: "Statement", anchor: "statement")), lines("S", count: 1),
          .outlineEntry(OutlineMarker(title: "Detail", anchor: "detail", level: 1)), lines("D", count: 1), .pageBreak,
          .pageLabels(PageLabelStyle(prefix: "EX-", firstNumber: 7)),
          .outlineEntry(OutlineMarker(title: "Exhibits", anchor: "exhibits")), lines("E", count: 1),
        ], template: template))
    #expect(
      result.document.pages.map { $0.frame.lines().first } == ["Section: -", "Section: Statement", "Section: Exhibits"])
    #expect(result.references.pageLabel(of: "exhibits") == "EX-7")
    #expect(result.references.pageLabel(of: "detail") == "2")
    #expect(result.document.outline.map(\.title) == ["Statement", "Exhibits"])
    #expect(result.document.outline[0].children.map(\.anchor) == ["detail"])
  }

  @Test func embeddedPageFillsTheRestOfThePage() throws {
    struct Page: EmbeddedPage {
      var identifier: String { "invoice#1" }
      var displaySize: Size { Size(width: .pt(612), height: .pt(792)) }
    }
    let result = Fixtures.layouter.layout(
      Fixtures.document([
        lines("Title", count: 1), .embeddedPage(EmbeddedPageBlock(Page())),
        lines("After", count: 1),
      ]))
    #expect(result.document.pages.count == 2)
    let item = try #require(
      result.document.pages[0].frame.items.compactMap { p -> (Point, EmbeddedPageItem)? in
        if case .embeddedPage(let e) = p.item { return (p.position, e) } else { return nil }
      }.first)
    // 468 × 636 pt are left; a Letter page is width-limited there: 468 × (792 × 468 / 612).
    #expect(item.1.size.width == .pt(468))
    #expect(item.1.size.height == .pt(605.647))
    #expect(item.0.x == .pt(72))
    #expect(item.0.y == .pt(84))
    #expect(result.page(containing: "After1 text") == 1)
  }
}
