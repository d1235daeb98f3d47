import Testing
@testable import SettleModel

/// Worked examples: every expected figure was computed by hand and is written out in the comments.
@Suite("Ledger: worked examples")
struct LedgerExampleTests {
  typealias F = Fixture

  /// Partial payments oldest-first with a flat late fee.
  ///
  /// Terms: net 30, flat late fee 25.00.
  /// - INV-1 2026-01-10, 1000.00, due 2026-02-09 (Jan 10 + 30 days).
  /// - INV-2 2026-02-01,  500.00, due 2026-03-03 (Feb 1 + 30 days).
  /// - Payment 2026-02-05, 400.00 → INV-1 (oldest): INV-1 unpaid 600.00 at the end of Feb 9 → late fee 25.00.
  /// - Payment 2026-03-01, 700.00 → INV-1 600.00 (paid), INV-2 100.00; INV-2 unpaid 400.00 after
  ///   Mar 3 → late fee 25.00.
  /// As of 2026-03-15: charges 1500.00 + fees 50.00 − payments 1100.00 = balance 450.00.
  /// Open: INV-1 0 + 25 = 25.00 (34 days past due: Feb 9 → Mar 9 is 28, + 6 → bucket 31–60);
  /// INV-2 400 + 25 = 425.00 (12 days past due → 1–30).
  @Test("partial payments, oldest first, flat late fee")
  func partialPayments() throws {
    let claim = F.claim(
      terms: Terms(netDays: 30, lateFee: .flat(F.money("25.00"))),
      charges: [F.charge("INV-1", "2026-01-10", "1000.00"), F.charge("INV-2", "2026-02-01", "500.00")],
      payments: [F.payment("2026-02-05", "400.00"), F.payment("2026-03-01", "700.00")])
    let ledger = try Ledger.compute(claim, asOf: F.date("2026-03-15"))

    let inv1 = ledger.lines[0]
    let inv2 = ledger.lines[1]
    #expect(inv1.dueDate == F.date("2026-02-09"))
    #expect(inv2.dueDate == F.date("2026-03-03"))
    #expect(inv1.allocations.map(\.amount) == [F.money("400.00"), F.money("600.00")])
    #expect(inv2.allocations.map(\.amount) == [F.money("100.00")])
    #expect(inv2.allocations[0].source == .payment(index: 1))
    #expect(inv1.status == .paid)
    #expect(inv2.status == .overdue)
    #expect(inv1.lateFee == F.money("25.00"))
    #expect(inv2.lateFee == F.money("25.00"))
    #expect(inv1.openAmount == F.money("25.00"))
    #expect(inv2.openAmount == F.money("425.00"))
    #expect(inv1.daysPastDue == 34)
    #expect(inv2.daysPastDue == 12)
    #expect(ledger.totals.charges == F.money("1500.00"))
    #expect(ledger.totals.lateFees == F.money("50.00"))
    #expect(ledger.totals.payments == F.money("1100.00"))
    #expect(ledger.balance == F.money("450.00"))
    #expect(ledger.openBalance == F.money("450.00"))
    #expect(ledger.aging[.days31To60] == F.money("25.00"))
    #expect(ledger.aging[.days1To30] == F.money("425.00"))
    #expect(ledger.aging[.current].isZero)

    // Statement: 1000 → 1500 → 1100 → +25 (Feb 10, the day after INV-1's due date) 1125
    // → −700 (Mar 1) 425 → +25 (Mar 4) 450.
    #expect(
      ledger.statement.map(\.date.description) == [
        "2026-01-10", "2026-02-01", "2026-02-05", "2026-02-10", "2026-03-01", "2026-03-04",
      ])
    #expect(
      ledger.statement.map(\.runningBalance.description) == [
        "1000.00", "1500.00", "1100.00", "1125.00", "425.00", "450.00",
      ])
    #expect(ledger.statement[3].entry == .lateFee(chargeIndex: 0))
    #expect(ledger.statement[3].chargeAmount == F.money("25.00"))
    #expect(ledger.statement[4].paymentAmount == F.money("700.00"))

    // On Mar 3 itself INV-2 is not yet late (as-of must be after the due date).
    let onDue = try Ledger.compute(claim, asOf: F.date("2026-03-03"))
    #expect(onDue.lines[1].lateFee.isZero)
    #expect(onDue.lines[1].status == .partiallyPaid)
    #expect(onDue.balance == F.money("425.00"))  // 1500 + 25 − 1100
  }

  /// `appliesTo`, credits, same-day ordering and a credit balance.
  ///
  /// - A 2026-01-01 300.00 (due Jan 31), B 2026-01-15 200.00 (due Feb 14).
  /// - Payment 2026-01-20 250.00 appliesTo B → B 200.00 (paid), the other 50.00 → A (oldest).
  /// - Credit 2026-01-20 100.00 (same day, after the payment) → A: A unpaid 300 − 50 − 100 = 150.00.
  /// - Credit 2026-02-01 500.00 appliesTo A → A 150.00, 350.00 unapplied.
  /// As of 2026-02-10: 500.00 − 250.00 − 600.00 = −350.00, a credit balance.
  @Test("appliesTo, credits and a credit balance")
  func appliesToAndCredits() throws {
    let claim = F.claim(
      charges: [F.charge("A", "2026-01-01", "300.00"), F.charge("B", "2026-01-15", "200.00")],
      payments: [F.payment("2026-01-20", "250.00", appliesTo: "B")],
      credits: [F.credit("2026-02-01", "500.00", appliesTo: "A"), F.credit("2026-01-20", "100.00")])
    let ledger = try Ledger.compute(claim, asOf: F.date("2026-02-10"))
    let a = ledger.lines[0]
    let b = ledger.lines[1]
    #expect(b.allocations.map(\.amount) == [F.money("200.00")])
    #expect(b.allocations[0].isDirected)
    #expect(a.allocations.map(\.source) == [.payment(index: 0), .credit(index: 1), .credit(index: 0)])
    #expect(a.allocations.map(\.amount) == [F.money("50.00"), F.money("100.00"), F.money("150.00")])
    #expect(a.allocations.map(\.isDirected) == [false, false, true])
    #expect(a.status == .paid)
    #expect(b.status == .paid)
    #expect(ledger.unappliedCredit == F.money("350.00"))
    #expect(ledger.totals.applied == F.money("500.00"))
    #expect(ledger.balance == Money(minorUnits: -35_000, currency: .usd))
    #expect(ledger.isCreditBalance)
    #expect(ledger.openBalance.isZero)
    // Same-day order on the statement: payment before credit.
    #expect(
      ledger.statement.map(\.entry) == [
        .charge(index: 0), .charge(index: 1), .payment(index: 0), .credit(index: 1), .credit(index: 0),
      ])
    #expect(ledger.statement.last?.runningBalance == Money(minorUnits: -35_000, currency: .usd))
  }

  /// Percent late fee, rounded half-up, on the original amount.
  ///
  /// Late fee 1.5 %:
  /// - C1 333.33: 33333 cents × 1.5 % = 499.995 cents → 500 cents = 5.00 (half-up; banker's would also
  ///   give 500, so see C3).
  /// - C2 100.10: 10010 × 1.5 % = 150.15 → 150 = 1.50, although 60.00 was paid on time (original amount).
  /// - C3 2.70 at 1.5 %: 270 × 1.5 % = 4.05 → 4 = 0.04.
  /// - C4 100.00 paid in full on its due date: no fee.
  /// Fees total 5.00 + 1.50 + 0.04 = 6.54.
  @Test("percent late fee on the original amount, rounded half-up")
  func percentLateFee() throws {
    let claim = F.claim(
      terms: Terms(netDays: 10, lateFee: .percent(F.rate("1.5"))),
      charges: [
        F.charge("C1", "2026-01-01", "333.33"), F.charge("C2", "2026-01-01", "100.10"),
        F.charge("C3", "2026-01-01", "2.70"), F.charge("C4", "2026-01-01", "100.00"),
      ],
      payments: [F.payment("2026-01-05", "60.00", appliesTo: "C2"), F.payment("2026-01-11", "100.00", appliesTo: "C4")])
    let ledger = try Ledger.compute(claim, asOf: F.date("2026-02-01"))
    #expect(ledger.lines.map(\.lateFee.description) == ["5.00", "1.50", "0.04", "0.00"])
    #expect(ledger.totals.lateFees == F.money("6.54"))
    // Balance: charges 333.33 + 100.10 + 2.70 + 100.00 = 536.13, + fees 6.54 − payments 160.00 = 382.67.
    #expect(ledger.totals.charges == F.money("536.13"))
    #expect(ledger.balance == F.money("382.67"))
    #expect(
      ledger.statement.first { $0.entry == .lateFee(chargeIndex: 0) }?.description == "Late fee on C1 (1.5% of 333.33)")
  }

  /// A half-way interest figure rounds up: 0.25 at 10 % for 73 days = 25 × 0.10 × 73 / 365 = 0.5 cent → 1 cent.
  @Test("interest rounds half-up per charge")
  func interestHalfUp() throws {
    let claim = F.claim(
      terms: Terms(netDays: 0, interest: InterestTerms(annualPercent: F.rate("10"))),
      charges: [F.charge("T", "2026-01-01", "0.25")])
    let ledger = try Ledger.compute(claim, asOf: F.date("2026-03-15"))  // Jan 1 → Mar 15 = 31 + 28 + 14 = 73 days
    #expect(ledger.lines[0].interest.days == 73)
    #expect(ledger.lines[0].interest.amount == F.money("0.01"))
  }

  /// 12 % simple interest across a payment date.
  ///
  /// INV-9 dated 2026-01-01, due 2026-01-31, 1000.00; payment 2026-03-02 400.00; as of 2026-04-01.
  /// - Jan 31 → Mar 2 = 30 days on 1000.00: 100000 cents × 30 = 3,000,000 cent-days.
  /// - Mar 2 → Apr 1 = 30 days on 600.00: 60000 × 30 = 1,800,000 cent-days.
  /// - 4,800,000 × 12 / 100 / 365 = 576,000 / 365 = 1578.08… cents → 15.78.
  /// Balance: 1000.00 − 400.00 + 15.78 = 615.78.
  @Test("12% interest across a payment date")
  func interestAcrossPayment() throws {
    let claim = F.claim(
      terms: Terms(netDays: 30, interest: InterestTerms(annualPercent: F.rate("12"))),
      charges: [F.charge("INV-9", "2026-01-01", "1000.00", due: "2026-01-31")],
      payments: [F.payment("2026-03-02", "400.00")])
    let ledger = try Ledger.compute(claim, asOf: F.date("2026-04-01"))
    let line = ledger.lines[0]
    #expect(
      line.interest.segments == [
        InterestSegment(from: F.date("2026-01-31"), to: F.date("2026-03-02"), principal: F.money("1000.00")),
        InterestSegment(from: F.date("2026-03-02"), to: F.date("2026-04-01"), principal: F.money("600.00")),
      ])
    #expect(line.interest.segments.map(\.days) == [30, 30])
    #expect(line.interest.amount == F.money("15.78"))
    #expect(line.interest.annualPercent == F.rate("12"))
    #expect(ledger.balance == F.money("615.78"))
    #expect(line.openAmount == F.money("615.78"))
    let interestLine = try #require(ledger.statement.last)
    #expect(interestLine.entry == .interest(chargeIndex: 0))
    #expect(interestLine.date == F.date("2026-04-01"))
    #expect(interestLine.description == "Interest on INV-9 at 12% a year, 60 days")
    #expect(interestLine.runningBalance == F.money("615.78"))
  }

  /// A payment before the due date lowers the principal interest starts on; one after the as-of
  /// date is left out.
  ///
  /// 500.00 due 2026-02-01; 200.00 paid 2026-01-20; 300.00 paid 2026-06-01 (after as-of);
  /// as of 2026-03-03 (30 days): 30000 cents × 30 × 18 / 100 / 365 = 162000 / 365 = 443.8… → 4.44.
  @Test("payments before the due date and after the as-of date")
  func earlyAndLatePayments() throws {
    let claim = F.claim(
      terms: Terms(netDays: 0, lateFee: .flat(F.money("10.00")), interest: InterestTerms(annualPercent: F.rate("18"))),
      charges: [F.charge("X", "2026-01-02", "500.00", due: "2026-02-01")],
      payments: [F.payment("2026-01-20", "200.00"), F.payment("2026-06-01", "300.00")])
    let ledger = try Ledger.compute(claim, asOf: F.date("2026-03-03"))
    #expect(ledger.excluded.payments == [1])
    #expect(ledger.lines[0].interest.segments.count == 1)
    #expect(ledger.lines[0].interest.amount == F.money("4.44"))
    #expect(ledger.lines[0].lateFee == F.money("10.00"))
    // 500 + 10 + 4.44 − 200 = 314.44
    #expect(ledger.balance == F.money("314.44"))
  }

  /// A deposit paid before the charge existed takes effect on the charge's date.
  ///
  /// Payment 2026-01-05 100.00; charge 2026-01-10 300.00 due 2026-01-10 (net 0); 10 % interest.
  /// The allocation's effective date is Jan 10, so principal at the due date is 200.00; no
  /// late fee exemption. As of 2026-04-10 (90 days): 20000 × 90 × 10 / 100 / 365 = 180000/365
  /// = 493.15… → 4.93.
  @Test("payment dated before its charge takes effect on the charge date")
  func depositBeforeCharge() throws {
    let claim = F.claim(
      terms: Terms(netDays: 0, interest: InterestTerms(annualPercent: F.rate("10"))),
      charges: [F.charge("D", "2026-01-10", "300.00")],
      payments: [F.payment("2026-01-05", "100.00")])
    let ledger = try Ledger.compute(claim, asOf: F.date("2026-04-10"))
    let allocation = try #require(ledger.lines[0].allocations.first)
    #expect(allocation.sourceDate == F.date("2026-01-05"))
    #expect(allocation.effectiveDate == F.date("2026-01-10"))
    #expect(ledger.lines[0].interest.amount == F.money("4.93"))
    #expect(ledger.lines[0].daysPastDue == 90)
    #expect(ledger.aging[.days61To90] == F.money("204.93"))
  }

  /// JPY has no minor unit.
  ///
  /// ¥120,000 due 2026-01-31, 2 % late fee = ¥2,400, 10 % interest for 30 days (to 2026-03-02):
  /// 120000 × 30 × 10 / 100 / 365 = 360000 / 365 = 986.3 → ¥986.
  /// Balance ¥120,000 + ¥2,400 + ¥986 = ¥123,386.
  @Test("JPY: zero decimals")
  func yen() throws {
    let claim = F.claim(
      currency: .jpy,
      terms: Terms(netDays: 30, lateFee: .percent(F.rate("2")), interest: InterestTerms(annualPercent: F.rate("10"))),
      charges: [F.charge("J-1", "2026-01-01", "120000", currency: .jpy)])
    let ledger = try Ledger.compute(claim, asOf: F.date("2026-03-02"))
    #expect(ledger.lines[0].lateFee.minorUnits == 2400)
    #expect(ledger.lines[0].interest.amount.minorUnits == 986)
    #expect(ledger.balance.description == "123386")
    #expect(MoneyFormat.enUS.string(for: ledger.balance) == "¥123,386")
  }

  /// KWD has three decimals.
  ///
  /// 150.125 KWD due 2026-01-31; 1.5 % fee = 150125 × 0.015 = 2251.875 fils
  /// → 2252 fils = 2.252; 5 % interest for 73 days (to 2026-04-14: 28 + 31 + 14):
  /// 150125 × 73 × 5 / 100 / 365 = 10,959,125 × 0.05 / 365 = 1501.25 fils → 1501 = 1.501.
  /// Balance 150.125 + 2.252 + 1.501 = 153.878.
  @Test("KWD: three decimals")
  func dinar() throws {
    let claim = F.claim(
      currency: .kwd,
      terms: Terms(netDays: 30, lateFee: .percent(F.rate("1.5")), interest: InterestTerms(annualPercent: F.rate("5"))),
      charges: [F.charge("K-1", "2026-01-01", "150.125", currency: .kwd)])
    let ledger = try Ledger.compute(claim, asOf: F.date("2026-04-14"))
    #expect(ledger.lines[0].lateFee.description == "2.252")
    #expect(ledger.lines[0].interest.amount.description == "1.501")
    #expect(ledger.balance.description == "153.878")
  }

  @Test("items after the as-of date are left out")
  func exclusion() throws {
    let claim = F.claim(
      charges: [F.charge("A", "2026-01-01", "100.00"), F.charge("B", "2026-05-01", "50.00")],
      payments: [F.payment("2026-05-02", "100.00")], credits: [F.credit("2026-05-03", "5.00")])
    let ledger = try Ledger.compute(claim, asOf: F.date("2026-04-30"))
    #expect(ledger.lines.map(\.charge.id) == ["A"])
    #expect(ledger.excluded == ExcludedItems(charges: [1], payments: [0], credits: [0]))
    #expect(ledger.balance == F.money("100.00"))
    // Due Jan 31; Jan 31 → Apr 30 is 28 + 31 + 30 = 89 days: bucket 61–90.
    #expect(ledger.lines[0].daysPastDue == 89)
    #expect(ledger.aging[.days61To90] == F.money("100.00"))
  }

  @Test("errors instead of traps")
  func errors() throws {
    let mixed = F.claim(charges: [F.charge("E", "2026-01-01", "10.00", currency: .eur)])
    #expect(throws: LedgerError.currencyMismatch(item: "charges[0].amount", found: .eur, expected: .usd)) {
      try Ledger.compute(mixed, asOf: F.date("2026-02-01"))
    }
    let huge = F.claim(
      charges: [
        Charge(id: "H1", date: F.date("2026-01-01"), description: "", amount: Money(minorUnits: .max, currency: .usd)),
        Charge(id: "H2", date: F.date("2026-01-01"), description: "", amount: Money(minorUnits: 1, currency: .usd)),
      ])
    #expect(throws: LedgerError.overflow(quantity: "total of charges")) {
      try Ledger.compute(huge, asOf: F.date("2026-02-01"))
    }
    var negative = F.claim(charges: [F.charge("N", "2026-01-01", "1.00")])
    negative.charges[0].amount.minorUnits = -100
    #expect(throws: LedgerError.negativeAmount(item: "charges[0].amount")) {
      try Ledger.compute(negative, asOf: F.date("2026-02-01"))
    }
  }

  /// 10^15 minor units at the maximum rate for 9,000 years stays exact and reports, never traps.
  @Test("large amounts do not trap")
  func largeAmounts() throws {
    let big = Money(minorUnits: 1_000_000_000_000_000, currency: .usd)
    let claim = F.claim(
      terms: Terms(netDays: 0, lateFee: .percent(Rate.maximum), interest: InterestTerms(annualPercent: F.rate("18"))),
      charges: [Charge(id: "B", date: F.date("0001-01-01"), description: "", amount: big)])
    // Fee: 10^15 × 1,000,000 % = 10^19 > Int64.max → overflow, reported.
    #expect(throws: LedgerError.overflow(quantity: "late fee on charges[0]")) {
      try Ledger.compute(claim, asOf: F.date("9999-12-31"))
    }
    var modest = claim
    modest.terms.lateFee = .flat(F.money("25.00"))
    // Interest: 10^15 × 3,652,058 days × 0.18 / 365 ≈ 1.8 × 10^18: fits, exactly.
    let ledger = try Ledger.compute(modest, asOf: F.date("9999-12-31"))
    let days = F.date("9999-12-31").days(since: F.date("0001-01-01"))
    #expect(days == 3_652_058)
    // 10^15 × 3,652,058 × 18 / 36500 = 1,801,014,904,109,589.04… × 10^3 → check against Int128 by hand.
    let exact = (Int128(1_000_000_000_000_000) * Int128(days) * 18 * 2 + 36_500) / (36_500 * 2)
    #expect(Int128(ledger.lines[0].interest.amount.minorUnits) == exact)
  }
}
