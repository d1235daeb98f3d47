import SettleTestSupport
import Testing
@testable import SettleModel

@Suite("Ledger: scale")
struct LedgerPerformanceTests {
  /// A claim with 20,000 lines: 10,000 charges, 7,000 payments (a third directed) and 3,000 credits.
  static func largeClaim() -> Claim {
    var generator = SplitMix64(seed: 20_000)
    let origin = Fixture.date("2020-01-01")
    let charges = (0..<10_000).map { index in
      Charge(
        id: "INV-\(index)", date: origin.adding(days: Int.random(in: 0...2000, using: &generator)),
        description: "Service \(index)",
        amount: Money(minorUnits: Int64.random(in: 1...500_000, using: &generator), currency: .usd))
    }
    let payments = (0..<7_000).map { index in
      Payment(
        date: origin.adding(days: Int.random(in: 0...2100, using: &generator)),
        amount: Money(minorUnits: Int64.random(in: 1...600_000, using: &generator), currency: .usd), method: "ach",
        appliesTo: index % 3 == 0 ? "INV-\(Int.random(in: 0..<10_000, using: &generator))" : nil)
    }
    let credits = (0..<3_000).map { _ in
      Credit(
        date: origin.adding(days: Int.random(in: 0...2100, using: &generator)),
        amount: Money(minorUnits: Int64.random(in: 1...50_000, using: &generator), currency: .usd), reason: "allowance")
    }
    return Fixture.claim(
      terms: Terms(
        netDays: 30, lateFee: .percent(Fixture.rate("1.5")), interest: InterestTerms(annualPercent: Fixture.rate("10"))),
      charges: charges, payments: payments, credits: credits)
  }

  /// The release build computes this in a few milliseconds (see the module's notes); the debug
  /// build used by `swift test` is far slower, so the bound here only catches quadratic behaviour
  /// (a quadratic allocation loop takes minutes at this size).
  @Test("a 20,000-line claim computes without quadratic behaviour")
  func largeClaim() throws {
    let claim = Self.largeClaim()
    let asOf = Fixture.date("2026-01-01")
    let clock = ContinuousClock()
    var ledger: LedgerResult?
    let elapsed = try clock.measure { ledger = try Ledger.compute(claim, asOf: asOf) }
    let result = try #require(ledger)
    #expect(elapsed < .seconds(3), "took \(elapsed)")
    #expect(result.lines.count == 10_000)
    #expect(result.statement.count >= 20_000)
    #expect(result.statement.last?.runningBalance == result.balance)
    #expect(result.aging.total == result.openBalance)
  }
}
