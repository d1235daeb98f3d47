import SettleTestSupport
import Testing
import TypesetCore
import TypesetText

@testable import TypesetLayout

/// Frame dumps compared with `Golden/layout/*.txt` (record with SETTLE_RECORD_GOLDEN=1).
@Suite struct GoldenLayoutTests {
  static let body = TextStyle(size: .pt(10))
  static let bold = TextStyle(font: FontStyle(isBold: true), size: .pt(14))
  static let small = TextStyle(size: .pt(8), color: Color(hex: 0x555555))
  static let money = TextStyle(size: .pt(9), features: [.tabularNumbers])

  static func statementDocument() -> Document {
    let template = PageTemplate(
      size: .letter, margins: EdgeInsets(top: .pt(90), left: .pt(72), bottom: .pt(72), right: .pt(72)),
      header: { _ in
        [
          .paragraph(
            Paragraph("Acme Cabinets — Statement of Account", textStyle: small, style: ParagraphStyle(alignment: .end)))
        ]
      },
      footer: { context in
        [
          .rule(
            Rule(
              stroke: Stroke(color: Color(hex: 0x999999), thickness: .pt(0.5)), spaceBefore: .zero, spaceAfter: .pt(2))),
          .paragraph(
            Paragraph(
              "Page \(context.pageNumber) of \(context.pageCount)", textStyle: small,
              style: ParagraphStyle(alignment: .center))),
        ]
      })
    let columns = [TableColumn(.auto), TableColumn(.fraction(1)), TableColumn(.fixed(.pt(72)), alignment: .right)]
    let cell = TextStyle(size: .pt(9))
    let header = TableRow([
      TableCell("Date", style: cell), TableCell("Description", style: cell),
      TableCell("Amount", style: cell),
    ])
    let rows = [
      ("2026-04-01", "Invoice INV-1001: twelve cabinets", "4,800.00"),
      ("2026-05-02", "Payment — thank you", "-1,200.00"),
      ("2026-06-01", "Late fee (1.5% of INV-1001)", "72.00"),
    ]
    .map { TableRow([TableCell($0.0, style: cell), TableCell($0.1, style: cell), TableCell($0.2, style: money)]) }
    let total = TableRow([
      TableCell("Balance due", style: TextStyle(font: FontStyle(isBold: true), size: .pt(9)), columnSpan: 2),
      TableCell("3,672.00", style: TextStyle(font: FontStyle(isBold: true), size: .pt(9), features: [.tabularNumbers])),
    ])
    let table = Table(
      columns: columns, headerRows: [header], bodyRows: rows, footerRows: [total],
      style: TableStyle(zebraFill: Color(hex: 0xF2F2F2), headerFill: Color(hex: 0xDDDDDD), spaceBefore: .pt(6)))
    return Document(
      blocks: [
        .outlineEntry(OutlineMarker(title: "Statement", anchor: "statement", isOpen: true)),
        .paragraph(
          Paragraph(
            "Statement of Account", textStyle: bold, style: ParagraphStyle(spaceAfter: .pt(6), keepsWithNext: true))),
        .paragraph(
          Paragraph(
            "This statement lists every charge, payment and credit on account 0042 up to 15 July 2026. "
              + "Interest is simple and runs from each due date, as the agreement provides; fees are charged once.",
            textStyle: body, style: ParagraphStyle(alignment: .justified, spaceAfter: .pt(6), firstLineIndent: .pt(12)))
        ),
        .outlineEntry(OutlineMarker(title: "Charges and payments", anchor: "ledger", level: 1)),
        .table(table),
        .rule(Rule()),
        .paragraph(Paragraph("See Exhibit A for the invoice.", textStyle: body, link: .anchor("exhibit-a"))),
      ], template: template, metadata: DocumentMetadata(title: "Statement CLM-2026-0042", creationDate: 1_784_073_600))
  }

  @Test func statementPage() {
    let result = Fixtures.layouter.layout(Self.statementDocument())
    #expect(result.warnings.isEmpty, "\(result.warnings)")
    GoldenFile.check(result.document.debugDump(), folder: "layout", name: "statement.txt")
  }

  @Test func bidiParagraphs() {
    let doc = Document(
      blocks: [
        .paragraph(Paragraph("Customer: شركة النور (ID 42)", textStyle: Self.body)),
        .paragraph(Paragraph("שלום כהן, חשבון 42", textStyle: Self.body, style: ParagraphStyle(alignment: .start))),
        .paragraph(
          Paragraph("office ﬁle — Müller Café", textStyle: Self.body, style: ParagraphStyle(alignment: .center))),
      ], template: PageTemplate(size: .a4), metadata: DocumentMetadata(title: "Bidi", creationDate: 0))
    let result = Fixtures.layouter.layout(doc)
    GoldenFile.check(result.document.debugDump(), folder: "layout", name: "bidi.txt")
  }

  @Test func tableAcrossSmallPages() {
    let cell = TextStyle(size: .pt(8))
    let template = PageTemplate(
      size: PageSize(width: .pt(300), height: .pt(200)), margins: .all(.pt(24)),
      footer: {
        [
          .paragraph(
            Paragraph("\($0.pageNumber)/\($0.pageCount)", textStyle: cell, style: ParagraphStyle(alignment: .end)))
        ]
      },
      footerBottom: .pt(8))
    let rows = (1...14).map { i in
      TableRow([
        TableCell("\(i)", style: cell),
        TableCell(i == 5 ? "A description long enough to wrap onto a second line" : "Item \(i)", style: cell),
        TableCell("\(i * 25).00", style: TextStyle(size: .pt(8), features: [.tabularNumbers])),
      ])
    }
    let table = Table(
      columns: [
        TableColumn(.auto, alignment: .right), TableColumn(.fraction(1)), TableColumn(.auto, alignment: .right),
      ],
      headerRows: [
        TableRow([TableCell("#", style: cell), TableCell("Item", style: cell), TableCell("Amount", style: cell)])
      ],
      bodyRows: rows,
      footerRows: [TableRow([TableCell("Total", style: cell, columnSpan: 2), TableCell("2,625.00", style: cell)])],
      style: TableStyle(
        zebraFill: Color(hex: 0xF0F0F0), headerFill: Color(hex: 0xDDDDDD),
        bodyRule: Stroke(color: Color(hex: 0xCCCCCC), thickness: .pt(0.25))))
    let doc = Document(
      blocks: [
        .paragraph(
          Paragraph("Ledger", textStyle: Self.bold, style: ParagraphStyle(spaceAfter: .pt(4), keepsWithNext: true))),
        .table(table),
      ], template: template, metadata: DocumentMetadata(title: "Small pages", creationDate: 0))
    let result = Fixtures.layouter.layout(doc)
    #expect(result.document.pages.count >= 3)
    #expect(result.warnings.isEmpty, "\(result.warnings)")
    GoldenFile.check(result.document.debugDump(), folder: "layout", name: "table-pages.txt")
  }

  @Test func dumpIsDeterministicAndLocaleFree() {
    let first = Fixtures.layouter.layout(Self.statementDocument()).document.debugDump()
    let second = DocumentLayouter(fontBook: Fixtures.fontBook).layout(Self.statementDocument()).document.debugDump()
    #expect(first == second)
    #expect(first.contains("page 1 612x792"))
    #expect(!first.contains("e-"))  // no exponent notation anywhere
  }
}
