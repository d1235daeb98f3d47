import Testing
@testable import SettleModel

@Suite("Ledger: edge cases")
struct LedgerEdgeCaseTests {
  typealias F = Fixture

  @Test("an empty claim has a zero balance and no statement")
  func empty() throws {
    let ledger = try Ledger.compute(F.claim(), asOf: F.date("2026-01-01"))
    #expect(ledger.lines.isEmpty)
    #expect(ledger.statement.isEmpty)
    #expect(ledger.balance.isZero)
    #expect(ledger.aging.total.isZero)
    #expect(ledger.excluded.isEmpty)
  }

  @Test("a payment with nothing to pay is all credit balance")
  func prepayment() throws {
    let claim = F.claim(payments: [F.payment("2026-01-01", "40.00")])
    let ledger = try Ledger.compute(claim, asOf: F.date("2026-01-02"))
    #expect(ledger.unappliedCredit == F.money("40.00"))
    #expect(ledger.balance == Money(minorUnits: -4000, currency: .usd))
    #expect(ledger.statement.map(\.description) == ["Payment (check)"])
    #expect(ledger.statement.map(\.reference) == ["CHK-1"])
  }

  /// appliesTo naming a charge dated after the as-of date (so left out) goes oldest-first.
  @Test("appliesTo an excluded or unknown charge falls back to oldest first")
  func appliesToExcluded() throws {
    let claim = F.claim(
      charges: [F.charge("OLD", "2026-01-01", "100.00"), F.charge("NEW", "2026-03-01", "100.00")],
      payments: [
        F.payment("2026-01-15", "30.00", appliesTo: "NEW"), F.payment("2026-01-16", "20.00", appliesTo: "nope"),
      ])
    let ledger = try Ledger.compute(claim, asOf: F.date("2026-02-01"))
    #expect(ledger.lines.count == 1)
    #expect(ledger.lines[0].allocations.map(\.amount) == [F.money("30.00"), F.money("20.00")])
    #expect(ledger.lines[0].allocations.allSatisfy { !$0.isDirected })
  }

  /// Oldest-first breaks ties by due date, then file order.
  @Test("oldest first: charge date, then due date, then file order")
  func tieBreaks() throws {
    let claim = F.claim(
      charges: [
        F.charge("LATE-DUE", "2026-01-01", "10.00", due: "2026-03-01"),
        F.charge("EARLY-DUE", "2026-01-01", "10.00", due: "2026-02-01"),
        F.charge("SAME-1", "2026-01-01", "10.00", due: "2026-03-01"),
        F.charge("FIRST", "2025-12-31", "10.00"),
      ],
      payments: [F.payment("2026-01-02", "25.00")])
    let ledger = try Ledger.compute(claim, asOf: F.date("2026-01-10"))
    // FIRST (Dec 31) 10, EARLY-DUE 10, LATE-DUE (file order before SAME-1) 5.
    #expect(ledger.lines.map(\.paid.description) == ["5.00", "10.00", "0.00", "10.00"])
    #expect(ledger.lines.map(\.status) == [.partiallyPaid, .paid, .open, .paid])
  }

  /// A zero-amount charge is paid from the start, never late, and earns nothing.
  @Test("zero-amount charges")
  func zeroCharge() throws {
    let claim = F.claim(
      terms: Terms(netDays: 0, lateFee: .flat(F.money("5.00")), interest: InterestTerms(annualPercent: F.rate("12"))),
      charges: [F.charge("Z", "2026-01-01", "0.00")])
    let ledger = try Ledger.compute(claim, asOf: F.date("2026-06-01"))
    #expect(ledger.lines[0].status == .paid)
    #expect(ledger.lines[0].lateFee.isZero)
    #expect(ledger.lines[0].interest.amount.isZero)
    #expect(ledger.balance.isZero)
    #expect(ledger.statement.count == 1)
  }

  /// Paying in full exactly on the due date avoids the late fee; paying on the next day does not,
  /// and interest runs one day on the full principal.
  ///
  /// 365.00 at 10 % for 1 day = 36500 × 0.10 / 365 = 10 cents.
  @Test("the due date is the last day to pay")
  func lastDay() throws {
    let terms = Terms(netDays: 0, lateFee: .flat(F.money("5.00")), interest: InterestTerms(annualPercent: F.rate("10")))
    let onTime = F.claim(
      terms: terms, charges: [F.charge("A", "2026-01-01", "365.00", due: "2026-01-31")],
      payments: [F.payment("2026-01-31", "365.00")])
    let a = try Ledger.compute(onTime, asOf: F.date("2026-03-01"))
    #expect(a.lines[0].lateFee.isZero)
    #expect(a.lines[0].interest.amount.isZero)
    #expect(a.balance.isZero)
    let dayLate = F.claim(
      terms: terms, charges: [F.charge("A", "2026-01-01", "365.00", due: "2026-01-31")],
      payments: [F.payment("2026-02-01", "365.00")])
    let b = try Ledger.compute(dayLate, asOf: F.date("2026-03-01"))
    #expect(b.lines[0].lateFee == F.money("5.00"))
    #expect(b.lines[0].interest.segments.map(\.days) == [1])
    #expect(b.lines[0].interest.amount == F.money("0.10"))
    #expect(b.lines[0].status == .paid)
    // Principal paid, but the fee and interest stay open: 5.10.
    #expect(b.lines[0].openAmount == F.money("5.10"))
    #expect(b.balance == F.money("5.10"))
    #expect(b.aging.pastDue == F.money("5.10"))
  }

  /// The same document made twice on different days never charges the fee twice; it is a
  /// function of the claim and the as-of date only.
  @Test("late fee is charged once, whatever the as-of date")
  func feeOnce() throws {
    let claim = F.claim(
      terms: Terms(netDays: 10, lateFee: .flat(F.money("25.00"))),
      charges: [F.charge("A", "2026-01-01", "100.00")])
    for asOf in ["2026-01-12", "2026-02-12", "2027-01-01"] {
      let ledger = try Ledger.compute(claim, asOf: F.date(asOf))
      #expect(ledger.totals.lateFees == F.money("25.00"))
      #expect(ledger.statement.filter { if case .lateFee = $0.entry { true } else { false } }.count == 1)
    }
  }

  /// Several allocations effective on one day merge into one segment boundary.
  ///
  /// 1000.00 due Jan 1 (10 % interest); payment 100.00 and credit 200.00 on Jan 11; as of Jan 21.
  /// Segments: Jan 1–11 on 1000.00 (10 d), Jan 11–21 on 700.00 (10 d):
  /// (100000 × 10 + 70000 × 10) × 0.10 / 365 = 170000 / 365 = 465.75… → 4.66.
  @Test("same-day allocations split interest once")
  func sameDaySplits() throws {
    let claim = F.claim(
      terms: Terms(netDays: 0, interest: InterestTerms(annualPercent: F.rate("10"))),
      charges: [F.charge("A", "2026-01-01", "1000.00")],
      payments: [F.payment("2026-01-11", "100.00")], credits: [F.credit("2026-01-11", "200.00")])
    let ledger = try Ledger.compute(claim, asOf: F.date("2026-01-21"))
    #expect(ledger.lines[0].interest.segments.map(\.principal.description) == ["1000.00", "700.00"])
    #expect(ledger.lines[0].interest.amount == F.money("4.66"))
  }

  @Test("statement descriptions")
  func descriptions() throws {
    let claim = F.claim(
      terms: Terms(netDays: 0, lateFee: .flat(F.money("5.00")), interest: InterestTerms(annualPercent: F.rate("10.5"))),
      charges: [F.charge("INV-7", "2026-01-01", "100.00")],
      credits: [F.credit("2026-01-02", "1.00", appliesTo: "INV-7")])
    let ledger = try Ledger.compute(claim, asOf: F.date("2026-01-03"))
    #expect(
      ledger.statement.map(\.description) == [
        "Invoice INV-7", "Credit: returned goods", "Late fee on INV-7", "Interest on INV-7 at 10.5% a year, 2 days",
      ])
    // Same date: credits come before late fees.
    #expect(ledger.statement.map(\.date.description) == ["2026-01-01", "2026-01-02", "2026-01-02", "2026-01-03"])
  }
}

@Suite("Ledger: printed rules")
struct LedgerRulesTests {
  @Test("the rules carry the claim's terms")
  func rules() {
    let claim = Fixture.claim(
      terms: Terms(
        netDays: 30, lateFee: .flat(Fixture.money("25.00")), interest: InterestTerms(annualPercent: Fixture.rate("12")))
    )
    let rules = Ledger.rules(for: claim, asOf: Fixture.date("2026-06-01"))
    #expect(rules.count == 6)
    #expect(rules[0] == "Amounts are in USD. Charges, payments and credits dated after June 1, 2026 are left out.")
    #expect(rules[1] == "A charge is due on its stated due date, otherwise 30 days after its date.")
    #expect(rules[3] == "Late fee: $25.00 once per invoice still unpaid at the end of its due date.")
    #expect(rules[4].hasPrefix("Interest: simple interest at 12% a year"))
    #expect(rules[4].contains("nearest cent per invoice"))
    let plain = Ledger.rules(
      for: Fixture.claim(currency: .kwd, terms: Terms(netDays: 1, lateFee: .percent(Fixture.rate("1.5")))),
      asOf: Fixture.date("2026-06-01"))
    #expect(plain[1] == "A charge is due on its stated due date, otherwise 1 day after its date.")
    #expect(plain[3].contains("1.5% of the invoice amount, rounded half-up to the nearest 0.001 KWD"))
    #expect(plain[4] == "No interest is charged.")
  }
}
