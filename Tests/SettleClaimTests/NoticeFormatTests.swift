import Foundation
import SettleModel
import SettleTestSupport
import Testing

@testable import SettleClaim

@Suite struct NoticeFormatTests {
  static let document = NoticeDocument(
    kind: .reminder, subject: "Reminder: *bold* [link] | pipe", date: NoticeFixtures.date("2026-07-15"),
    dateLine: "July 15, 2026",
    sender: ["Harbor Hardware LLC", "200 Embarcadero"], recipient: ["# Not a heading", "1. Not a list"],
    blocks: [
      .heading("Your balance"),
      .paragraph(
        String(repeating: "word ", count: 40)
          + "averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword end"),
      .lines(["> quoted", "plain"]),
      .list([
        "first item that is long enough to wrap around the seventy-two column limit of the plain text layout", "second",
      ]),
      .table(
        NoticeTable(
          columns: [
            NoticeColumn(title: "Invoice", isRightAligned: false),
            NoticeColumn(title: "Description", isRightAligned: false),
            NoticeColumn(title: "Open", isRightAligned: true),
          ],
          rows: [
            NoticeTableRow(cells: [
              "INV-1", "A description long enough that the table must be squeezed to fit in the column limit", "$1.00",
            ]),
            NoticeTableRow(cells: ["Total", "", "$1.00"], isTotal: true),
          ])),
    ])

  @Test func plainTextNeverExceedsTheWidthExceptForOneLongWord() {
    let text = PlainTextFormatter().string(for: Self.document)
    for line in text.split(separator: "\n") where line.count > 72 {
      #expect(!line.trimmingCharacters(in: .whitespaces).contains(" "), "line too long: \(line)")
    }
    #expect(text.contains("- first item that is long enough to wrap around the seventy-two column\n  limit"))
    #expect(text.contains("Your balance\n------------"))
    // Right-aligned amounts line up at the column's right edge; the total row is ruled off.
    let rows = text.split(separator: "\n").filter { $0.hasPrefix("INV-1") || $0.hasPrefix("Total") }
    #expect(
      rows.count == 2 && rows[0].hasSuffix("$1.00") && rows[1].hasSuffix("$1.00") && rows[0].count == rows[1].count)
    #expect(
      PlainTextFormatter(width: 40).string(for: Self.document).split(separator: "\n").allSatisfy {
        $0.count <= 40 || !$0.trimmingCharacters(in: .whitespaces).contains(" ")
      })
  }

  @Test func markdownEscapesTextThatWouldBecomeMarkup() {
    let md = MarkdownFormatter().string(for: Self.document)
    #expect(md.contains(#"## Reminder: \*bold\* \[link\] \| pipe"#))
    #expect(md.contains("\\# Not a heading\\\n1\\. Not a list"))
    #expect(md.contains(#"\> quoted"#))
    #expect(md.contains("| Invoice | Description | Open |\n| --- | --- | ---: |"))
    #expect(md.contains("| **Total** |  | **$1.00** |"))
    #expect(md.hasPrefix("**Harbor Hardware LLC**\\\n200 Embarcadero\n"))
  }

  @Test func markupReadsBlocks() throws {
    let parsed = try NoticeMarkup.parse(
      """
      Subject: Hello \\| world
      ---
      # Title
      first line
      second line

      > Line one
      > Line two
      - item one
        continued
      - item two
      | Name | >Amount |
      | A \\| B | $1.00 |
      |= Total | $1.00 |
      """, templateName: "t")
    #expect(parsed.subject == "Hello | world")
    #expect(
      parsed.blocks == [
        .heading("Title"), .paragraph("first line second line"), .lines(["Line one", "Line two"]),
        .list(["item one continued", "item two"]),
        .table(
          NoticeTable(
            columns: [
              NoticeColumn(title: "Name", isRightAligned: false), NoticeColumn(title: "Amount", isRightAligned: true),
            ],
            rows: [
              NoticeTableRow(cells: ["A | B", "$1.00"]), NoticeTableRow(cells: ["Total", "$1.00"], isTotal: true),
            ])),
      ])
  }

  @Test func markupErrorsNameTheLine() {
    #expect(
      throws: NoticeError.markup(
        template: "t", line: 1, message: "a template must start with 'Subject: …' and a line '---'")
    ) {
      try NoticeMarkup.parse("Hello\n", templateName: "t")
    }
    #expect(
      throws: NoticeError.markup(template: "t", line: 4, message: "table row has 3 cells; the table has 2 columns")
    ) {
      try NoticeMarkup.parse("Subject: x\n---\n| a | b |\n| 1 | 2 | 3 |\n", templateName: "t")
    }
  }

  @Test func aRenderedValueCannotAddMarkup() throws {
    var claim = NoticeFixtures.retailer
    claim.customer.contactName = "Eve\n# Heading | cell"
    claim.charges[0].description = "Nails | screws\n- not an item"
    claim.narrative = "- not a list item\n\n# Not a heading\n\n> not kept as lines\n\n  | not a table |"
    let notice = try NoticeComposer.compose(
      .demand, claim: claim, options: NoticeOptions(asOf: NoticeFixtures.date("2026-07-15")),
      templates: try NoticeTemplateSet.builtIn())
    #expect(
      notice.document.blocks.filter {
        if case .heading(let h) = $0 { return h.contains("Heading") } else { return false }
      }.isEmpty)
    #expect(notice.document.paragraphs.contains("Dear Eve # Heading | cell,"))
    for paragraph in ["- not a list item", "# Not a heading", "> not kept as lines", "| not a table |"] {
      #expect(notice.document.paragraphs.contains(paragraph), "\(paragraph)")
    }
    #expect(
      !notice.document.blocks.contains {
        if case .list(let items) = $0 { return items.contains { $0.contains("not a list") } } else { return false }
      })
    let invoices = try #require(notice.document.tables.first)
    #expect(invoices.rows[0].cells[2] == "Nails | screws - not an item")
  }

  @Test func goldenFilesAreWrittenWhenMissingAndDiffedWhenDifferent() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("settle-golden-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let golden = folder.appendingPathComponent("a.txt")
    guard !GoldenFile.isRecording else { return }
    withKnownIssue { GoldenFile.check("one\ntwo\n", at: golden) }
    #expect(try String(contentsOf: golden, encoding: .utf8) == "one\ntwo\n")
    GoldenFile.check("one\ntwo\n", at: golden)
    withKnownIssue { GoldenFile.check("one\nthree\n", at: golden) }
    #expect(try String(contentsOf: golden.appendingPathExtension("actual"), encoding: .utf8) == "one\nthree\n")
    #expect(GoldenFile.lineDiff(expected: "one\ntwo\n", actual: "one\nthree\n") == "2- two\n2+ three")
    GoldenFile.check("one\ntwo\n", at: golden)
    #expect(!FileManager.default.fileExists(atPath: golden.appendingPathExtension("actual").path))
  }
}
