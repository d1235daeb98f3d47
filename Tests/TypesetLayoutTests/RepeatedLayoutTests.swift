import Testing
import TypesetCore
import TypesetText

@testable import TypesetLayout

/// A layout repeated for its page references reuses the paragraphs and tables it set in earlier
/// passes (`RepeatedLayoutKey`); the result must equal setting the final document once.
@Suite struct RepeatedLayoutTests {
  let body = TextStyle(size: .pt(10))

  /// A document whose first paragraph and first table print where "target" lands, with running
  /// headers and footers, justified multi-line paragraphs, repeated paragraphs and one paragraph
  /// too wide for its line (a warning that must name each place it is used).
  func document(_ references: PageReferences) -> Document {
    let target = references.pageNumber(of: "target").map(String.init) ?? "?"
    let long = String(repeating: "Justified words wrap over several lines of the measure. ", count: 12)
    let overfull = String(repeating: "x", count: 400)
    let template = PageTemplate(
      header: { page in
        [.paragraph(Paragraph("Running header · \(page.sectionTitle ?? "none")", textStyle: TextStyle(size: .pt(8))))]
      },
      footer: { page in
        [
          .table(
            Table(
              columns: [TableColumn(.fraction(1)), TableColumn(.auto, alignment: .right)],
              bodyRows: [
                TableRow([
                  TableCell("Footer", style: TextStyle(size: .pt(8))),
                  TableCell("Page \(page.pageNumber) of \(page.pageCount)", style: TextStyle(size: .pt(8))),
                ])
              ]))
        ]
      })
    var blocks: [Block] = [
      .outlineEntry(OutlineMarker(title: "Front", anchor: "front")),
      .paragraph(Paragraph("The target is on page \(target).", textStyle: body)),
      .table(
        Table(
          columns: [TableColumn(.auto), TableColumn(.fraction(1))],
          bodyRows: [TableRow([TableCell("Target"), TableCell("page \(target)")])])),
    ]
    for index in 0..<40 {
      blocks.append(.paragraph(Paragraph(long, textStyle: body, style: ParagraphStyle(alignment: .justified, spaceAfter: .pt(4)))))
      if index % 10 == 3 { blocks.append(.paragraph(Paragraph(overfull, textStyle: body))) }
    }
    blocks.append(
      .table(
        Table(
          columns: [TableColumn(.auto), TableColumn(.fraction(1))], headerRows: [TableRow([TableCell("#"), TableCell("Text")])],
          bodyRows: (0..<80).map { TableRow([TableCell("\($0)"), TableCell("Row text \($0 % 7)")]) })))
    blocks.append(.outlineEntry(OutlineMarker(title: "Back", anchor: "back")))
    blocks.append(.anchor("target"))
    blocks.append(.paragraph(Paragraph("Target", textStyle: body)))
    return Fixtures.document(blocks, template: template)
  }

  @Test func repeatedPassesEqualOnePassOfTheFinalDocument() {
    let repeated = Fixtures.layouter.layout { references in self.document(references) }
    #expect(repeated.passCount == 2)
    #expect(repeated.document.pages.count > 3)
    let once = Fixtures.layouter.layout(document(repeated.references))
    #expect(once.references == repeated.references)
    #expect(once.document.pages.count == repeated.document.pages.count)
    for (a, b) in zip(once.document.pages, repeated.document.pages) {
      #expect(a.frame.debugDump() == b.frame.debugDump())
    }
    #expect(once.warnings == repeated.warnings)
    // The overfull paragraph is used four times; each warning names its own block.
    let overfull = repeated.warnings.filter { if case .overfullLine = $0.kind { true } else { false } }
    #expect(Set(overfull.map(\.location)).count == 4)
  }

  @Test func documentsSharingAMemoLayOutAsAlone() {
    // Three documents through one memo: the second and third find the first's paragraphs (the
    // memo keeps a paragraph the second time it is offered), and each equals its layout alone.
    let memo = LayoutMemo()
    let shared = DocumentLayouter(fontBook: Fixtures.fontBook, memo: memo)
    for round in 0..<3 {
      let withMemo = shared.layout { references in self.document(references) }
      let alone = Fixtures.layouter.layout { references in self.document(references) }
      #expect(withMemo.document.pages.count == alone.document.pages.count)
      for (a, b) in zip(withMemo.document.pages, alone.document.pages) {
        #expect(a.frame.debugDump() == b.frame.debugDump(), "round \(round)")
      }
      #expect(withMemo.warnings == alone.warnings)
      if round == 0 { #expect(memo.count == 0) }
    }
    #expect(memo.count > 0)
    // A memo holds no more than it was given room for.
    let tiny = LayoutMemo(maximumEntries: 1)
    let small = DocumentLayouter(fontBook: Fixtures.fontBook, memo: tiny)
    for _ in 0..<3 { _ = small.layout(document(.unknown)) }
    #expect(tiny.count == 1)
  }

  @Test func keysTellContentWidthAndLocationApart() {
    let paragraph = Paragraph("Same text", textStyle: body)
    let a = RepeatedLayoutKey(paragraph: paragraph, width: .pt(100))
    #expect(a == RepeatedLayoutKey(paragraph: paragraph, width: .pt(100)))
    #expect(a.hashValue == RepeatedLayoutKey(paragraph: paragraph, width: .pt(100)).hashValue)
    #expect(a != RepeatedLayoutKey(paragraph: paragraph, width: .pt(101)))
    #expect(a != RepeatedLayoutKey(paragraph: Paragraph("Same text", textStyle: TextStyle(size: .pt(11))), width: .pt(100)))
    #expect(a != RepeatedLayoutKey(paragraph: Paragraph("Same text", textStyle: body, link: .uri("https://example.com")), width: .pt(100)))
    let table = Table(columns: [TableColumn(.auto)], bodyRows: [TableRow([TableCell("x")])])
    let t = RepeatedLayoutKey(table: table, location: "block 1", width: .pt(100), pageHeight: .pt(600))
    #expect(t == RepeatedLayoutKey(table: table, location: "block 1", width: .pt(100), pageHeight: .pt(600)))
    #expect(t != RepeatedLayoutKey(table: table, location: "block 2", width: .pt(100), pageHeight: .pt(600)))
    #expect(t != RepeatedLayoutKey(table: table, location: "block 1", width: .pt(100), pageHeight: .pt(500)))
    var changed = table
    changed.bodyRows[0].cells[0].anchor = "a"
    #expect(t != RepeatedLayoutKey(table: changed, location: "block 1", width: .pt(100), pageHeight: .pt(600)))
  }
}
