import SettleModel
import Testing

@testable import SettleClaim

@Suite struct NoticeComposerTests {
  let templates: NoticeTemplateSet
  static let asOf = NoticeFixtures.date("2026-07-15")

  init() throws {
    templates = try NoticeTemplateSet.builtIn()
  }

  func compose(_ kind: NoticeKind, _ claim: Claim = NoticeFixtures.retailer) throws -> Notice {
    try NoticeComposer.compose(kind, claim: claim, options: NoticeOptions(asOf: Self.asOf), templates: templates)
  }

  @Test func sameInputSameNotice() throws {
    for kind in NoticeKind.allCases {
      let a = try compose(kind)
      let b = try compose(kind)
      #expect(a.document == b.document)
      #expect(a.text() == b.text() && a.markdown() == b.markdown())
    }
  }

  @Test func oneBuiltInTemplateComposesAsTheWholeSet() throws {
    for kind in NoticeKind.allCases {
      let template = try NoticeTemplateSet.builtInTemplate(for: kind)
      let alone = try NoticeComposer.compose(
        kind, claim: NoticeFixtures.retailer, options: NoticeOptions(asOf: Self.asOf), template: template)
      let fromSet = try compose(kind)
      #expect(alone.document == fromSet.document)
      #expect(alone.text() == fromSet.text() && alone.findings == fromSet.findings)
    }
  }

  @Test func theDemandLetterIsStructuredForALayout() throws {
    let demand = try compose(.demand)
    let document = demand.document
    #expect(document.kind == .demand)
    #expect(document.subject == "Demand for payment: $1,411.29 owed to Harbor Hardware LLC")
    #expect(
      document.sender == [
        "Harbor Hardware LLC", "200 Embarcadero", "San Francisco, CA 94105", "Phone: +1 415 555 0142",
        "Email: billing@harborhardware.example",
      ])
    #expect(document.recipient == ["Bayview Builders Inc.", "Attn: Sam Ortega", "1 Quarry Road", "Oakland, CA 94607"])
    #expect(document.dateLine == "July 15, 2026")
    // The headings a demand must have, in order.
    let headings = document.blocks.compactMap { block -> String? in
      if case .heading(let h) = block { return h } else { return nil }
    }
    #expect(
      headings == [
        "Basis of the claim", "Amount claimed", "Our earlier contacts", "Deadline and your options",
        "What happens next",
      ])
    // The narrative's paragraphs, the invoice table and the itemization table.
    #expect(document.paragraphs.contains("The goods were delivered and signed for; the invoices below remain unpaid."))
    #expect(document.tables.count == 3)
    #expect(document.tables[0].columns.map(\.title) == ["Invoice", "Date", "Description", "Due date", "Open"])
    #expect(document.tables[0].rows.map { $0.cells[0] } == ["INV-1001", "INV-1002", "INV-1003", "Amount due"])
    #expect(
      document.tables[1].rows.last
        == NoticeTableRow(cells: ["Amount due on July 15, 2026", "$1,411.29"], isTotal: true))
    // Interest rate and basis, deadline 30 days out, and only the intended step.
    #expect(document.paragraphs.contains { $0.hasPrefix("Interest: the rate is 12% a year.") })
    #expect(document.paragraphs.contains { $0.contains("by August 14, 2026, 30 days from the date of this letter") })
    #expect(
      document.blocks.contains(
        .list([
          "file a claim for the amount due in Superior Court of California, County of Alameda (small claims), in California"
        ])))
  }

  @Test func nextStepsAreOnlyTheIntendedOnes() throws {
    let withoutIntent = try compose(.final, NoticeFixtures.plainTerms)
    #expect(withoutIntent.findings.isEmpty)
    let text = withoutIntent.text()
    #expect(!text.contains("court") && !text.contains("collection agency") && !text.contains("on hold"))
    #expect(!text.lowercased().contains("interest") && !text.lowercased().contains("late fee"))
    let cafe = try compose(.final, NoticeFixtures.cafe).text()
    #expect(cafe.contains("- put further credit on your account on hold\n- refer the account to a collection agency\n"))
    #expect(!cafe.contains("court"))
  }

  @Test func payByDatesFollowTheStage() throws {
    #expect(try compose(.reminder).facts.payBy == NoticeFixtures.date("2026-07-29"))
    #expect(try compose(.demand).facts.payBy == NoticeFixtures.date("2026-08-14"))
  }

  @Test func alreadyPaidThanksAndTheThreeWaysForward() throws {
    for kind in NoticeKind.stages {
      let text = try compose(kind).text(width: 10_000)
      #expect(text.contains("If you have already paid, thank you"), "\(kind.rawValue)")
      #expect(text.contains("pay $1,411.29"), "\(kind.rawValue)")
      #expect(text.contains("payment plan") || text.contains("Spread the payments"), "\(kind.rawValue)")
      #expect(text.contains("We will pause collection"), "\(kind.rawValue)")
    }
  }

  @Test func anOpenDisputeBlocksCollectionNotices() throws {
    let blocked = try compose(.followUp, NoticeFixtures.yen)
    #expect(blocked.isBlocked && blocked.findings.map(\.ruleID) == ["dispute.open"])
    let acknowledgement = try compose(.disputeAcknowledgement, NoticeFixtures.yen)
    #expect(!acknowledgement.isBlocked)
    #expect(acknowledgement.document.paragraphs.contains { $0.contains("on June 1, 2026 that you dispute") })
  }

  @Test func theAgreedPlanIsShownAsAgreed() throws {
    let plan = try compose(.planAgreement, NoticeFixtures.yen)
    #expect(plan.facts.isAgreedPlan)
    #expect(plan.document.paragraphs.contains { $0.contains("4 monthly payments totalling ¥300,001") })
    let example = try compose(.planAgreement)
    #expect(!example.facts.isAgreedPlan)
    #expect(example.facts.plan?.map(\.amount.minorUnits) == [470_43, 470_43, 470_43])
  }
}
