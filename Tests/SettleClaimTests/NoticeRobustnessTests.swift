import SettleModel
import SettleTestSupport
import Testing

@testable import SettleClaim

/// Seeded random inputs: the template checker is sound (whatever it accepts renders without a
/// value error), and no input crashes the lexer, parser, markup reader or formatters.
@Suite struct NoticeRobustnessTests {
  static let pieces = [
    "{{ ", " }}", "{% ", " %}", "{# ", " #}", "if ", "for ", "end", "else", "not ", "name", "nickname", "items", "i",
    "i.id",
    "i.amount", " in ", " | ", "upper", "plain", "count", "total", "due", "iso", "isLate", "person.email", ".", "\n",
    "text ", " ",
    "{", "}", "%", "#", "é", "\r\n", "|", "- ", "> ", "# ",
  ]

  @Test func whateverTheCheckerAcceptsRenders() {
    var random = SplitMix64(seed: 0x5E77_1E)
    var accepted = 0
    var rejected = 0
    for _ in 0..<4000 {
      let source = (0..<Int(random.next() % 24)).map { _ in random.pick(Self.pieces) }.joined()
      let template: Template
      do {
        template = try Template(name: "fuzz", source: source, schema: NoticeTemplateTests.schema)
      } catch {
        #expect(!error.description.isEmpty)
        rejected += 1
        continue
      }
      accepted += 1
      do {
        _ = try template.render(NoticeTemplateTests.values, formatting: NoticeTemplateTests.formatting)
      } catch {
        Issue.record("accepted template failed to render: \(source.debugDescription): \(error)")
      }
    }
    #expect(accepted > 100 && rejected > 100, "accepted \(accepted), rejected \(rejected)")
  }

  @Test func markupAndFormattersNeverCrash() {
    var random = SplitMix64(seed: 42)
    let lines = [
      "# Title", "- item", "  more", "> line", "| a | >b |", "| 1 | 2 |", "|= t | 3 |", "| x |", "", "text here",
      "\\| x", "long " + String(repeating: "word ", count: 30),
    ]
    var parsed = 0
    for _ in 0..<2000 {
      let body = (0..<Int(random.next() % 12)).map { _ in random.pick(lines) }.joined(separator: "\n")
      guard let result = try? NoticeMarkup.parse("Subject: s\n---\n" + body, templateName: "fuzz") else { continue }
      parsed += 1
      let document = NoticeDocument(
        kind: .reminder, subject: result.subject, date: NoticeFixtures.date("2026-07-15"), dateLine: "d", sender: [],
        recipient: [],
        blocks: result.blocks)
      let text = PlainTextFormatter().string(for: document)
      for line in text.split(separator: "\n") where line.count > 72 {
        #expect(!line.trimmingCharacters(in: .whitespaces).contains(" "), "\(line)")
      }
      #expect(!MarkdownFormatter().string(for: document).isEmpty)
    }
    #expect(parsed > 500)
  }
}

@Suite struct NoticeLargeClaimTests {
  /// A claim with 2,000 invoices still makes every notice, and the figures still add up.
  @Test func twoThousandInvoices() throws {
    var claim = NoticeFixtures.retailer
    claim.charges = (0..<2000).map { i in
      Charge(
        id: "INV-\(10_000 + i)", date: NoticeFixtures.date("2026-01-01").adding(days: i % 150), description: "Item \(i)",
        amount: NoticeFixtures.usd(Int64(1_000 + i * 7)))
    }
    claim.payments = [Payment(date: NoticeFixtures.date("2026-04-01"), amount: NoticeFixtures.usd(500_000), method: "wire")]
    claim.credits = []
    let notice = try NoticeComposer.compose(
      .demand, claim: claim, options: NoticeOptions(asOf: NoticeFixtures.date("2026-07-15")),
      templates: try NoticeTemplateSet.builtIn())
    #expect(notice.findings.isEmpty, "\(notice.findings.prefix(3))")
    let ledger = notice.facts.ledger
    #expect(notice.document.tables[0].rows.count == ledger.lines.filter { $0.openAmount.isPositive }.count + 1)
    #expect(notice.text().contains("Amount due on July 15, 2026"))
  }
}
