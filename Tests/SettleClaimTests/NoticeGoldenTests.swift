import Foundation
import SettleModel
import SettleTestSupport
import Testing

@testable import SettleClaim

/// Golden text for every stage of every example claim (`Examples/*/claim.json`) and of the code
/// fixtures, in `Golden/notices/`.
///
/// `SETTLE_RECORD_GOLDEN=1 swift test --filter NoticeGoldenTests` records. Without it, a missing
/// golden is written and the test fails; a mismatch writes `NAME.actual` beside the golden and
/// shows a diff.
@Suite struct NoticeGoldenTests {
  static let asOf = NoticeFixtures.date("2026-07-15")
  /// The examples' dates run into the autumn of 2026; the CLI tests check them as of this day too.
  static let examplesAsOf = NoticeFixtures.date("2026-11-22")
  static let folder = RepositoryRoot.url.appendingPathComponent("Golden/notices")

  /// The claim files under `Examples/`, sorted.
  static var exampleClaims: [URL] {
    let examples = RepositoryRoot.url.appendingPathComponent("Examples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []
    return names.sorted().map { examples.appendingPathComponent($0).appendingPathComponent("claim.json") }
      .filter { FileManager.default.fileExists(atPath: $0.path) }
  }

  /// The text a golden holds: the notice, then any wording findings.
  static func goldenText(_ notice: Notice, body: String) -> String {
    guard !notice.findings.isEmpty else { return body }
    return body + "\n--- wording findings (the notice is blocked) ---\n"
      + notice.findings.map(\.description).joined(separator: "\n") + "\n"
  }

  @Test func examplesMatchTheirGoldens() throws {
    let claims = Self.exampleClaims
    if claims.isEmpty { print("note: no Examples/*/claim.json yet; only the fixture goldens run") }
    let templates = try NoticeTemplateSet.builtIn()
    for url in claims {
      let loaded = ClaimFile.load(url.path)
      let name = url.deletingLastPathComponent().lastPathComponent
      guard let claim = loaded.claim else {
        Issue.record("Examples/\(name)/claim.json does not load: \(loaded.errors.map(\.description))")
        continue
      }
      for kind in NoticeKind.allCases {
        let notice = try NoticeComposer.compose(
          kind, claim: claim, options: NoticeOptions(asOf: Self.examplesAsOf), templates: templates)
        GoldenFile.check(
          Self.goldenText(notice, body: notice.text()),
          at: Self.folder.appendingPathComponent("examples/\(name)/\(kind.rawValue).txt"))
        #expect(notice.findings.isEmpty, "Examples/\(name) \(kind.rawValue): \(notice.findings)")
      }
    }
  }

  @Test(arguments: NoticeFixtures.all.map(\.name))
  func fixturesMatchTheirGoldens(fixture: String) throws {
    let claim = try #require(NoticeFixtures.all.first { $0.name == fixture }?.claim)
    let templates = try NoticeTemplateSet.builtIn()
    for kind in NoticeKind.allCases {
      let notice = try NoticeComposer.compose(
        kind, claim: claim, options: NoticeOptions(asOf: Self.asOf), templates: templates)
      GoldenFile.check(
        Self.goldenText(notice, body: notice.text()),
        at: Self.folder.appendingPathComponent("fixtures/\(fixture)/\(kind.rawValue).txt"))
    }
    let demand = try NoticeComposer.compose(
      .demand, claim: claim, options: NoticeOptions(asOf: Self.asOf), templates: templates)
    GoldenFile.check(demand.markdown(), at: Self.folder.appendingPathComponent("fixtures/\(fixture)/demand.md"))
  }

  @Test func otherLocalesWriteMoneyAndDatesTheirWay() throws {
    let locale = try #require(NoticeLocale(identifier: "de-DE"))
    let notice = try NoticeComposer.compose(
      .reminder, claim: NoticeFixtures.cafe, options: NoticeOptions(asOf: Self.asOf, locale: locale),
      templates: try NoticeTemplateSet.builtIn())
    #expect(notice.findings.isEmpty, "\(notice.findings)")
    let text = notice.text()
    #expect(text.contains("15 July 2026"))
    #expect(text.contains("1.234,56\u{00A0}€"))
    GoldenFile.check(text, at: Self.folder.appendingPathComponent("fixtures/cafe/reminder.de-DE.txt"))
  }
}
