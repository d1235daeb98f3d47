import Testing
import TypesetCore
import TypesetText

@testable import TypesetLayout

@Suite struct EdgeCaseTests {
  func lines(_ tag: String, count: Int) -> Block {
    .paragraph(
      Paragraph(
        (1...count).map { "\(tag)\($0) text" }.joined(separator: "\n"),
        style: ParagraphStyle(lineHeight: .pt(12))))
  }

  @Test func emptyDocumentHasOnePageWithItsFooter() {
    let template = PageTemplate(footer: { [.paragraph(Paragraph("Page \($0.pageNumber) of \($0.pageCount)"))] })
    let result = Fixtures.layouter.layout(Fixtures.document([], template: template))
    #expect(result.document.pages.count == 1)
    #expect(result.lines(ofPage: 0) == ["Page 1 of 1"])
  }

  @Test func keepTogetherTallerThanAPageStillBreaks() {
    let group = Block.keepTogether([lines("A", count: 40), lines("B", count: 40)])
    let result = Fixtures.layouter.layout(Fixtures.document([lines("Intro", count: 1), group]))
    #expect(result.document.pages.count == 2)
    // Every line appears once.
    let all = result.document.pages.flatMap { $0.frame.lines() }
    #expect(all.count == 81)
    #expect(Set(all).count == 81)
    #expect(result.warnings.isEmpty)
  }

  @Test func headingAtTheEndOfTheDocumentIsPlaced() {
    let heading = Block.paragraph(Paragraph("Last", style: ParagraphStyle(keepsWithNext: true)))
    let result = Fixtures.layouter.layout(Fixtures.document([lines("X", count: 2), heading]))
    #expect(result.lines(ofPage: 0) == ["X1 text", "X2 text", "Last"])
  }

  @Test func tableWithOnlyAHeader() {
    let table = Table(
      columns: [TableColumn(.fraction(1))], headerRows: [TableRow([TableCell("Only header")])], bodyRows: [])
    let result = Fixtures.layouter.layout(Fixtures.document([.table(table)]))
    #expect(result.lines(ofPage: 0) == ["Only header"])
  }

  @Test func a4ContentArea() {
    let template = PageTemplate(size: .a4, margins: .all(.mm(20)))
    #expect(template.contentRect.size.width == PageSize.a4.width - .mm(20) * 2)
    #expect(PageSize.a4.width == .pt(595.275591))
    #expect(PageSize.letter.size == Size(width: .pt(612), height: .pt(792)))
  }

  @Test func outlineLevelsMayJump() {
    let tree = DocumentLayouter.outlineTree([
      OutlineMarker(title: "A", anchor: "a"), OutlineMarker(title: "A.1.1", anchor: "a11", level: 2),
      OutlineMarker(title: "B", anchor: "b", level: 0),
    ])
    #expect(tree.map(\.title) == ["A", "B"])
    #expect(tree[0].children.map(\.title) == ["A.1.1"])
  }

  @Test func concurrentLayoutsAgree() async {
    let document = GoldenLayoutTests.statementDocument()
    let expected = Fixtures.layouter.layout(document).document.debugDump()
    let dumps = await withTaskGroup(of: String.self) { group in
      for _ in 0..<6 { group.addTask { Fixtures.layouter.layout(document).document.debugDump() } }
      var out: [String] = []
      for await dump in group { out.append(dump) }
      return out
    }
    #expect(dumps.count == 6)
    #expect(dumps.allSatisfy { $0 == expected })
  }

  @Test func degenerateWidthsDoNotCrash() {
    let table = Table(
      columns: [TableColumn(.fixed(.pt(400))), TableColumn(.fixed(.pt(400))), TableColumn(.fraction(1))],
      bodyRows: [TableRow([TableCell("a b"), TableCell("c"), TableCell("squeezed into nothing")])])
    let image = RasterImage(
      id: "empty", pixelWidth: 0, pixelHeight: 0, encoding: .samples(pixels: [], components: 1, alpha: nil))
    let result = Fixtures.layouter.layout(
      Fixtures.document([
        .table(table), .image(ImageBlock(image, width: .pt(-5))),
        .paragraph(Paragraph("narrow words", style: ParagraphStyle(alignment: .justified, firstLineIndent: .pt(900)))),
      ]))
    #expect(result.document.pages.count >= 1)
    #expect(result.warnings.contains { if case .overfullLine = $0.kind { return true } else { return false } })
    let all = result.document.pages.flatMap { $0.frame.lines() }.joined(separator: " ")
    for word in ["squeezed", "into", "nothing", "narrow", "words"] { #expect(all.contains(word)) }
  }

  @Test func paragraphWithoutSpansTakesOneDefaultLine() {
    let result = Fixtures.layouter.layout(
      Fixtures.document([.paragraph(Paragraph(spans: [])), .paragraph(Paragraph("after"))]))
    let after = result.document.pages[0].frame.texts().first { $0.text == "after" }
    #expect(after != nil)
    // One empty 12 pt line (1.2 × the default 10 pt) above "after".
    #expect(after.map { $0.y > .pt(84) && $0.y < .pt(96) } == true)
  }

  @Test func debugQuotingEscapesControlCharacters() {
    #expect(DebugFormat.quoted("a\"b\\c\nd\u{1}") == "\"a\\\"b\\\\c\\nd\\u{1}\"")
  }
}
