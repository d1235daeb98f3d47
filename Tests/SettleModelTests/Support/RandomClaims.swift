import SettleTestSupport
@testable import SettleModel

/// Random claims for property tests, drawn from a seeded generator.
struct RandomClaims {
  var generator: SplitMix64
  let origin = Fixture.date("2026-01-01")

  init(seed: UInt64) { generator = SplitMix64(seed: seed) }

  mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }
  mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }

  mutating func amount(_ currency: Currency) -> Money {
    let magnitude: Int64
    switch int(0...9) {
    case 0: magnitude = 0
    case 1: magnitude = Int64.random(in: 1...1_000_000_000_000_000, using: &generator)
    case 2: magnitude = Int64.random(in: 1...99, using: &generator)
    default: magnitude = Int64.random(in: 1...2_000_000, using: &generator)
    }
    return Money(minorUnits: magnitude, currency: currency)
  }

  mutating func rate(max: Int) -> Rate {
    // Whole percents, two decimals or six decimals.
    let step: Int64 = [1, 10_000, 1_000_000][int(0...2)]
    return Rate(millionthsOfPercent: Int64.random(in: 0...Int64(max) * 1_000_000, using: &generator) / step * step)
  }

  mutating func day(within days: Int) -> CivilDate { origin.adding(days: int(0...days)) }

  mutating func claim() -> (Claim, CivilDate) {
    let currency = [Currency.usd, .jpy, .kwd][int(0...2)]
    var lateFee: LateFee? = nil
    switch int(0...2) {
    case 1: lateFee = .flat(Money(minorUnits: Int64(int(0...5000)), currency: currency))
    case 2: lateFee = .percent(rate(max: 25))
    default: break
    }
    let interest = chance(60) ? InterestTerms(annualPercent: rate(max: 36)) : nil
    let terms = Terms(netDays: int(0...45), lateFee: lateFee, interest: interest)
    let chargeCount = int(0...12)
    let charges = (0..<chargeCount).map { index in
      let date = day(within: 150)
      return Charge(
        id: "C\(index)", date: date, dueDate: chance(40) ? date.adding(days: int(0...60)) : nil,
        description: "charge \(index)", amount: amount(currency))
    }
    func target(_ r: inout RandomClaims) -> String? {
      guard r.chance(40) else { return nil }
      if chargeCount == 0 || r.chance(10) { return "NO-SUCH-ID" }
      return "C\(r.int(0...(chargeCount - 1)))"
    }
    let payments = (0..<int(0...10)).map { _ in
      Payment(date: day(within: 200), amount: amount(currency), method: "card", appliesTo: target(&self))
    }
    let credits = (0..<int(0...4)).map { _ in
      Credit(date: day(within: 200), amount: amount(currency), reason: "allowance", appliesTo: target(&self))
    }
    let claim = Fixture.claim(currency: currency, terms: terms, charges: charges, payments: payments, credits: credits)
    return (claim, day(within: 220))
  }
}
