import SettleModel
import SettleReport
import Testing
import Typeset

/// Goldens in `Golden/statement/` (record with `SETTLE_RECORD_GOLDEN=1`).
@Suite("Statement goldens", .serialized)
struct StatementGoldenTests {
  static func golden(_ name: String, _ claim: Claim, asOf: String, options: StatementOptions = StatementOptions()) throws {
    let ledger = try Ledger.compute(claim, asOf: StatementFixtures.date(asOf))
    let statement = StatementDocument(claim: claim, ledger: ledger, options: options)
    let fonts = try FontBook.standard()
    let dump = statement.layout(fontBook: fonts).document.debugDump()
    let pdf = try statement.renderPDF(fontBook: fonts)
    StatementGolden.check(name, dump: dump, pdf: pdf)
  }

  @Test("one page")
  func onePage() throws { try Self.golden("one-page", StatementFixtures.onePage(), asOf: "2026-07-31") }

  @Test("several pages")
  func multiPage() throws { try Self.golden("multi-page", StatementFixtures.manyRows(90), asOf: "2026-07-31") }

  @Test("German, Spanish, Hebrew and Arabic names and an Arabic note")
  func multilingual() throws {
    try Self.golden(
      "multilingual", StatementFixtures.multilingual(), asOf: "2026-07-31",
      options: StatementOptions(note: StatementFixtures.arabicNote))
  }
}
