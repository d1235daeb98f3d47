import SettleModel
import Testing

@testable import SettleClaim

@Suite struct NoticeWordingGuardTests {
  /// A context allowing nothing optional: no intent, no fee or interest terms.
  static let strict = WordingContext(
    smallClaimsCourt: nil, intendsCollectionAgency: false, intendsCreditHold: false, hasLateFeeTerms: false,
    hasInterestTerms: false, creditorName: "Harbor Hardware LLC", creditorPhone: "+1 415 555 0142",
    hasOpenDispute: false, isCollectionNotice: true, knownAmounts: ["$1,411.29", "$25.00"],
    currencyMarkers: [CurrencyMarker("USD", isBeforeAmount: true), CurrencyMarker("$", isBeforeAmount: true)])

  static let signature = "\nHarbor Hardware LLC, +1 415 555 0142"

  func ruleIDs(_ text: String, _ context: WordingContext = strict, allowing: Set<String> = []) -> [String] {
    WordingGuard().findings(in: text + Self.signature, context: context, allowing: allowing).map(\.ruleID)
  }

  @Test(arguments: [
    ("If you do not pay we will have you arrested.", "threat.criminal"),
    ("We will press charges.", "threat.criminal"),
    ("You could go to jail.", "threat.criminal"),
    ("You'll be sorry.", "threat.violence"),
    ("We will garnish your wages.", "threat.seizure"),
    ("A lawsuit has been filed against you.", "legal.falseProceeding"),
    ("Case No. 2026-1", "legal.falseProceeding"),
    ("OFFICIAL NOTICE", "imitation.government"),
    ("This is a summons.", "imitation.government"),
    ("We have referred this to our attorney.", "imitation.attorney"),
    ("We will sue you.", "intent.court"),
    ("We will take legal action.", "intent.court"),
    ("We will send the account to a collection agency.", "intent.collectionAgency"),
    ("Your account is on credit hold.", "intent.creditHold"),
    ("We will report this to the credit bureaus.", "intent.creditReporting"),
    ("A late fee of $25.00 applies.", "fee.lateFee"),
    ("Interest accrues at 18%.", "fee.interest"),
    ("A collection fee will be added.", "fee.collectionCosts"),
    ("Please pay immediately.", "urgency.false"),
    ("This is your last chance.", "urgency.false"),
    ("Pay within 24 hours.", "urgency.false"),
    ("Don't be a deadbeat.", "language.profanity"),
    ("What the hell, pay your damn bill.", "language.profanity"),
    ("We will call your employer.", "contact.thirdParty"),
  ])
  func eachRuleCatchesItsWords(text: String, rule: String) {
    #expect(ruleIDs(text).contains(rule), "\(text) should break \(rule)")
  }

  @Test func courteousTextPasses() {
    let text = """
      Dear Sam, this is a friendly reminder that $1,411.29 is due. Please pay by July 29, 2026.
      If you believe any part of the balance is wrong, tell us; we will pause collection while we look into it.
      Thank you for your business. We value your policy of prompt payment and your interest-free account.
      """
    // "interest-free" mentions interest, which the strict claim has no terms for: only that.
    #expect(ruleIDs(text) == ["fee.interest"])
    #expect(ruleIDs(text.replacingOccurrences(of: " and your interest-free account", with: "")) == [])
  }

  @Test func intentAndTermsAllowWhatTheClaimSays() {
    var context = Self.strict
    let text =
      "We will file a claim in small claims court, refer the account to a collection agency, put further credit on hold. A late fee of $25.00 applies; interest accrues."
    #expect(
      Set(ruleIDs(text, context)) == [
        "intent.court", "intent.collectionAgency", "intent.creditHold", "fee.lateFee", "fee.interest",
      ])
    context.smallClaimsCourt = "Alameda County Small Claims"
    context.intendsCollectionAgency = true
    context.intendsCreditHold = true
    context.hasLateFeeTerms = true
    context.hasInterestTerms = true
    #expect(ruleIDs(text, context) == [])
  }

  @Test func allowWaivesARule() {
    #expect(ruleIDs("Act now.", allowing: ["urgency.false"]) == [])
    #expect(ruleIDs("Act now.", allowing: ["threat.criminal"]) == ["urgency.false"])
  }

  @Test func creditorIdentityMustBeStated() {
    let findings = WordingGuard().findings(in: "Please pay $1,411.29.", context: Self.strict)
    #expect(findings.map(\.ruleID) == ["identity.creditor"])
    #expect(findings.first?.message.contains("the creditor's name, the creditor's phone number") == true)
    // Wrapped across lines still counts.
    #expect(ruleIDs("Harbor Hardware\nLLC at +1 415\n555 0142") == [])
  }

  @Test func anOpenDisputeBlocksCollectionButNotTheAcknowledgement() {
    var context = Self.strict
    context.hasOpenDispute = true
    #expect(ruleIDs("Please pay $1,411.29.", context) == ["dispute.open"])
    context.isCollectionNotice = false
    #expect(ruleIDs("Please pay $1,411.29.", context) == [])
  }

  @Test func amountsMustBeLedgerFigures() {
    let findings = WordingGuard().findings(
      in: "Pay $1,411.29 now plus $50.00, or USD 1,411.29, or USD 2.00." + Self.signature, context: Self.strict)
    #expect(findings.map(\.excerpt) == ["$50.00", "USD 2.00"])
    #expect(findings.allSatisfy { $0.ruleID == "amount.unverified" && $0.line == 1 })
    // Amounts written after the number (de-DE), with no-break spaces.
    var euro = Self.strict
    euro.currencyMarkers = [CurrencyMarker("€", isBeforeAmount: false)]
    euro.knownAmounts = ["1.234,56\u{00A0}€"]
    #expect(ruleIDs("Offen: 1.234,56\u{00A0}€ und 99,00 €", euro) == ["amount.unverified"])
  }

  @Test func amountsCompareByValue() {
    #expect(ruleIDs("A deposit of $1411.29 and $25 were agreed.") == [])
    #expect(ruleIDs("A deposit of $1411.3 was agreed.") == ["amount.unverified"])
    #expect(WordingGuard.canonicalAmount("$1,300.50", markers: ["$"], decimalSeparator: ".") == "1300.5")
    #expect(WordingGuard.canonicalAmount("1.300,00\u{00A0}€", markers: ["€"], decimalSeparator: ",") == "1300")
    #expect(WordingGuard.canonicalAmount("-USD 0.00", markers: ["USD"], decimalSeparator: ".") == "0")
  }

  @Test func findingsNameLineAndWords() {
    let findings = WordingGuard().findings(
      in: "Hello.\nWe will\nhave you ARRESTED today.", context: Self.strict, allowing: ["identity.creditor"])
    #expect(
      findings == [
        WordingFinding(
          ruleID: "threat.criminal",
          message: "\(WordingRule.criminalThreat.message) (\(WordingRule.criminalThreat.basis))", line: 3,
          excerpt: "ARRESTED")
      ])
    #expect(findings.first?.description.hasPrefix("line 3: [threat.criminal] \"ARRESTED\": threatens arrest") == true)
  }

  @Test func everyRulePatternCompilesAndIdsAreUnique() {
    #expect(Set(WordingRule.catalog.map(\.id)).count == WordingRule.catalog.count)
    for rule in WordingRule.catalog where !rule.patterns.isEmpty {
      #expect(CompiledRules.shared.expression(for: rule) != nil, "\(rule.id) does not compile")
      for pattern in rule.patterns {
        #expect((try? NSRegularExpressionCheck.compile(pattern)) != nil, "\(rule.id): \(pattern)")
      }
    }
  }

  /// The Done-when case: a custom template that mentions a late fee, for a claim whose terms have none.
  @Test func aCustomTemplateWithALateFeeIsRefusedForAClaimWithoutOne() throws {
    let source = """
      Subject: Reminder from {{ creditor.name }}
      ---
      Please pay {{ balance.due }} by {{ payBy }}. A late fee will be added to your account.

      > {{ creditor.name }}, {{ creditor.phone }}
      """
    let custom = try Template(name: "reminder.txt", source: source, schema: NoticeSchema.root)
    let templates = try NoticeTemplateSet.with([.reminder: custom])
    let options = NoticeOptions(asOf: NoticeFixtures.date("2026-07-15"))
    let refused = try NoticeComposer.compose(
      .reminder, claim: NoticeFixtures.plainTerms, options: options, templates: templates)
    #expect(refused.isBlocked)
    #expect(refused.findings.map(\.ruleID) == ["fee.lateFee"])
    // The same template is fine for a claim whose terms have a late fee.
    let allowed = try NoticeComposer.compose(
      .reminder, claim: NoticeFixtures.retailer, options: options, templates: templates)
    #expect(allowed.findings == [])
    // And --allow waives it.
    var waived = options
    waived.allowedRules = ["fee.lateFee"]
    #expect(
      try NoticeComposer.compose(.reminder, claim: NoticeFixtures.plainTerms, options: waived, templates: templates)
        .findings == [])
  }

  @Test func unknownAllowedRuleIsAnError() throws {
    let options = NoticeOptions(asOf: NoticeFixtures.date("2026-07-15"), allowedRules: ["urgency.fals"])
    #expect(throws: NoticeError.unknownRule("urgency.fals")) {
      try NoticeComposer.compose(
        .reminder, claim: NoticeFixtures.retailer, options: options, templates: try NoticeTemplateSet.builtIn())
    }
  }

  @Test func shippedNoticesPassForEveryFixtureExceptAnOpenDispute() throws {
    let templates = try NoticeTemplateSet.builtIn()
    for (name, claim) in NoticeFixtures.all {
      for kind in NoticeKind.allCases {
        let notice = try NoticeComposer.compose(
          kind, claim: claim, options: NoticeOptions(asOf: NoticeFixtures.date("2026-07-15")), templates: templates)
        let expected = name == "yen" && kind.isCollectionNotice ? ["dispute.open"] : []
        #expect(notice.findings.map(\.ruleID) == expected, "\(name) \(kind.rawValue): \(notice.findings)")
      }
    }
  }
}

import Foundation

enum NSRegularExpressionCheck {
  static func compile(_ pattern: String) throws -> NSRegularExpression {
    try NSRegularExpression(pattern: WordingGuard.expression(for: pattern), options: [.caseInsensitive])
  }
}
