import SettleModel
import Testing

@testable import SettleClaim

@Suite struct NoticeComposerTests {
  let templates: NoticeTemplateSet

  init() throws {
    templates = try NoticeTemplateSet.builtIn()
  }

  @Test func printsRetailerStages() throws {
    for kind in NoticeKind.allCases {
      let notice = try NoticeComposer.compose(
        kind, claim: NoticeFixtures.retailer, options: NoticeOptions(asOf: NoticeFixtures.date("2026-07-15")),
        templates: templates)
      print(notice.text())
      print(notice.findings)
    }
  }
}
