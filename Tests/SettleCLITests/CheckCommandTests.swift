import Foundation
import SettleModel
import Testing

@testable import SettleCLI
@testable import SettleClaim

@Suite("settle check")
struct CheckCommandTests {
  @Test func everyExampleChecksClean() throws {
    let folders = Paths.exampleFolders()
    #expect(folders.count >= 4)
    for folder in folders {
      let loaded = ClaimFile.load(folder + "/claim.json")
      #expect(loaded.diagnostics.isEmpty, "\(folder): \(loaded.diagnostics.map(\.description))")
      let run = settle(["check", folder, "--as-of", "2026-11-22"])
      #expect(run.code == 0, "\(folder): \(run.err)")
      #expect(run.err.isEmpty, "\(folder): \(run.err)")
      #expect(run.out.contains("Total due: ") || run.out.contains("Credit balance: "))
    }
  }

  @Test func examplesCoverTheCurrenciesAndScripts() throws {
    let claims = Paths.exampleFolders().compactMap { ClaimFile.load($0 + "/claim.json").claim }
    let codes = Set(claims.map(\.currency.code))
    #expect(codes.isSuperset(of: ["USD", "EUR", "JPY", "ILS", "KWD"]))
    let names = claims.map { $0.customer.displayName + " " + $0.customer.contactName }.joined()
    #expect(names.unicodeScalars.contains { (0x0590...0x05FF).contains($0.value) })  // Hebrew
    #expect(names.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) })  // Arabic
    #expect(claims.contains { $0.customer.displayName == "Müller Café" })
    let retailer = try #require(claims.first { $0.currency.code == "USD" })
    #expect(
      retailer.events.count >= 3 && retailer.credits.count >= 1 && retailer.payments.contains { $0.appliesTo != nil })
  }

  @Test func plainReportExplainsTheLedger() throws {
    let run = settle(["check", Paths.examples + "/us-retailer", "--as-of", "2026-11-22"])
    #expect(run.code == 0)
    let claim = try #require(ClaimFile.load(Paths.examples + "/us-retailer").claim)
    let ledger = try Ledger.compute(claim, asOf: try CivilDate(parsing: "2026-11-22"))
    #expect(run.out.contains("Customer: Alvarez Home & Garden LLC (contact: Rosa Alvarez), account •••• 2173"))
    #expect(run.out.contains("12% a year, simple, actual/365, from the due date"))
    #expect(run.out.contains("Total due: \(PlainMoney.text(ledger.balance))\n"))
    for line in ledger.lines {
      #expect(run.out.contains("\(line.charge.id) — \(line.charge.description)"))
      #expect(run.out.contains("due \(line.dueDate)"))
      #expect(run.out.contains("open        \(PlainMoney.text(line.openAmount))"))
    }
    for (bucket, amount) in ledger.aging.buckets {
      #expect(run.out.contains(bucket.description))
      _ = amount
    }
    #expect(!run.out.contains("HS-0048-2173"))  // account number masked
    #expect(
      run.out.contains(
        "Communication log: \(claim.events.count) events, hash chain intact; latest noticeSent at 2026-10-15T17:45:00Z")
    )
  }

  @Test func jsonDocumentMatchesTheLedger() throws {
    let run = settle(["check", Paths.examples + "/mueller-cafe", "--json", "--as-of", "2026-11-22"])
    #expect(run.code == 0)
    let doc = try JSONParser.parse(run.out)
    #expect(doc["schema"]?.value == .string("settle.check/1"))
    #expect(doc["valid"]?.value == .bool(true))
    #expect(doc["asOf"]?.value == .string("2026-11-22"))
    let claim = try #require(ClaimFile.load(Paths.examples + "/mueller-cafe").claim)
    let ledger = try Ledger.compute(claim, asOf: try CivilDate(parsing: "2026-11-22"))
    #expect(doc["claim"]?["balance"]?.value == .string(ledger.balance.description))
    #expect(doc["claim"]?["currency"]?.value == .string("EUR"))
    guard case .array(let charges)? = doc["claim"]?["charges"]?.value else {
      Issue.record("no charges")
      return
    }
    #expect(charges.count == ledger.lines.count)
    for (node, line) in zip(charges, ledger.lines) {
      #expect(node["open"]?.value == .string(line.openAmount.description))
      #expect(node["interest"]?.value == .string(line.interest.amount.description))
    }
    guard case .object(let aging)? = doc["claim"]?["aging"]?.value else { return }
    #expect(aging.map(\.key) == ["current", "1-30", "31-60", "61-90", "90+"])
  }

  @Test func errorsExitWith1NameFileLineAndPathAndWriteNothing() throws {
    let temp = try TemporaryClaim()
    defer { temp.remove() }
    try temp.replace("\"amount\": \"860.50\"", with: "\"amount\": \"860.505\"")
    try temp.replace("\"netDays\": 30", with: "\"netdays\": 30")
    let before = try FileManager.default.contentsOfDirectory(atPath: temp.folder).sorted()
    let run = settle(["check", temp.claim, "--as-of", "2026-11-22"])
    #expect(run.code == 1)
    #expect(run.out.isEmpty)
    #expect(
      run.err.contains(
        "\(temp.claim):40:17: error: $.charges[1].amount: \"860.505\" has 3 decimals; USD allows at most 2"),
      "\(run.err)")
    #expect(run.err.contains("error: $.terms.netdays: unknown field \"netdays\"; did you mean 'netDays'?"))
    #expect(run.err.contains("3 errors, 0 warnings"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: temp.folder).sorted() == before)

    let json = settle(["check", temp.claim, "--json", "--as-of", "2026-11-22"])
    #expect(json.code == 1)
    let doc = try JSONParser.parse(json.out)
    #expect(doc["valid"]?.value == .bool(false))
    #expect(doc["errorCount"]?.value == .number("3"))
    #expect(doc["claim"]?.value == .null)
  }

  @Test func missingClaimFileExitsWith1() {
    let run = settle(["check", "/nonexistent/claim.json"])
    #expect(run.code == 1)
    #expect(run.err.contains("/nonexistent/claim.json: error: no such file"))
  }

  @Test func sameInputSameOutput() {
    let a = settle(
      ["check", Paths.examples + "/osaka-print", "--json"], environment: ["SOURCE_DATE_EPOCH": "1795348800"])
    let b = settle(["check", Paths.examples + "/osaka-print", "--json", "--as-of", "2026-11-22"])
    #expect(a.code == 0 && a.out == b.out)
  }
}

@Suite("settle plan")
struct PlanCommandTests {
  @Test func scheduleSumsExactlyToTheBalance() throws {
    let run = settle([
      "plan", Paths.examples + "/us-retailer", "--installments", "7", "--first-due", "2026-12-31", "--json", "--as-of",
      "2026-11-22",
    ])
    #expect(run.code == 0, "\(run.err)")
    let doc = try JSONParser.parse(run.out)
    let claim = try #require(ClaimFile.load(Paths.examples + "/us-retailer").claim)
    let balance = try Ledger.compute(claim, asOf: try CivilDate(parsing: "2026-11-22")).balance
    #expect(doc["total"]?.value == .string(balance.description))
    guard case .array(let items)? = doc["installments"]?.value else {
      Issue.record("no installments")
      return
    }
    #expect(items.count == 7)
    var sum = Money.zero(claim.currency)
    for item in items {
      guard case .string(let text)? = item["amount"]?.value else { continue }
      sum = try sum.adding(try Money(parsing: text, currency: claim.currency))
    }
    #expect(sum == balance)
    #expect(
      items.compactMap { item -> String? in
        if case .string(let d)? = item["dueDate"]?.value { return d } else { return nil }
      }
        == ["2026-12-31", "2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31", "2027-06-30"])
  }

  @Test func plainScheduleAndWeeklyFrequency() {
    let run = settle([
      "plan", Paths.examples + "/osaka-print", "--installments", "2", "--first-due", "2026-12-01", "--frequency",
      "weekly", "--as-of", "2026-11-22",
    ])
    #expect(run.code == 0)
    #expect(run.out.contains("2026-12-01") && run.out.contains("2026-12-08"))
    #expect(run.out.contains("in 2 weekly installments"))
  }

  @Test func tooManyInstallmentsForTheBalanceIsACommandLineError() throws {
    let temp = try TemporaryClaim(copying: Paths.examples + "/kuwait-parts")
    defer { temp.remove() }
    try temp.replace("\"amount\": \"412.750\"", with: "\"amount\": \"0.500\"")
    // 500 fils cannot be split into 600 installments of at least one fils.
    let run = settle([
      "plan", temp.claim, "--installments", "600", "--first-due", "2026-12-01", "--as-of", "2026-07-21",
    ])
    #expect(run.code == 2)
    #expect(run.err.hasPrefix("settle plan: "))
    let fine = settle([
      "plan", temp.claim, "--installments", "500", "--first-due", "2026-12-01", "--as-of", "2026-07-21", "--json",
    ])
    #expect(fine.code == 0)
    let nothing = settle([
      "plan", temp.claim, "--installments", "2", "--first-due", "2026-12-01", "--as-of", "2026-01-01",
    ])
    #expect(nothing.code == 1)
    #expect(nothing.err.contains("nothing is owed"))
  }
}
