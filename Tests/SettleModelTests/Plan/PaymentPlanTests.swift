import SettleTestSupport
import Testing
@testable import SettleModel

@Suite("Payment plans")
struct PaymentPlanTests {
  typealias F = Fixture

  /// 1000.00 in 3 monthly instalments from Jan 31: 100000 / 3 = 33333 cents (remainder 1), so
  /// 333.33, 333.33 and 333.34; due Jan 31, Feb 28 (clamped), Mar 31 (anchored to the 31st).
  @Test("monthly schedule: floor, remainder last, clamped and anchored dates")
  func monthly() throws {
    let plan = try PaymentPlan.schedule(
      total: F.money("1000.00"), installments: 3, firstDue: F.date("2026-01-31"), frequency: .monthly)
    #expect(plan.map(\.amount.description) == ["333.33", "333.33", "333.34"])
    #expect(plan.map(\.dueDate.description) == ["2026-01-31", "2026-02-28", "2026-03-31"])
    #expect(plan.map(\.number) == [1, 2, 3])
  }

  @Test("weekly and biweekly schedules")
  func weekly() throws {
    let weekly = try PaymentPlan.schedule(
      total: Money(minorUnits: 1000, currency: .jpy), installments: 3, firstDue: F.date("2026-12-28"),
      frequency: .weekly)
    // ¥1000 / 3 = 333 remainder 1: 333, 333, 334.
    #expect(weekly.map(\.amount.minorUnits) == [333, 333, 334])
    #expect(weekly.map(\.dueDate.description) == ["2026-12-28", "2027-01-04", "2027-01-11"])
    let biweekly = try PaymentPlan.schedule(
      total: F.money("0.02"), installments: 2, firstDue: F.date("2024-02-15"), frequency: .biweekly)
    #expect(biweekly.map(\.amount.minorUnits) == [1, 1])
    #expect(biweekly.map(\.dueDate.description) == ["2024-02-15", "2024-02-29"])
  }

  @Test("validation errors say why")
  func validation() {
    let first = F.date("2026-01-01")
    #expect(throws: PlanError.tooFewInstallments(0)) {
      try PaymentPlan.schedule(total: F.money("10.00"), installments: 0, firstDue: first, frequency: .monthly)
    }
    #expect(throws: PlanError.tooManyInstallments(601)) {
      try PaymentPlan.schedule(total: F.money("10000.00"), installments: 601, firstDue: first, frequency: .monthly)
    }
    #expect(throws: PlanError.totalNotPositive(F.money("0.00"))) {
      try PaymentPlan.schedule(total: F.money("0.00"), installments: 1, firstDue: first, frequency: .monthly)
    }
    #expect(throws: PlanError.installmentsExceedMinorUnits(installments: 5, total: F.money("0.03"))) {
      try PaymentPlan.schedule(total: F.money("0.03"), installments: 5, firstDue: first, frequency: .weekly)
    }
    #expect(
      PlanError.installmentsExceedMinorUnits(installments: 5, total: F.money("0.03")).description
        == "0.03 USD cannot be split into 5 instalments: each would be less than the smallest unit of the currency; use at most 3 instalments"
    )
    // 600 instalments is the limit, and it is allowed.
    #expect(
      (try? PaymentPlan.schedule(total: F.money("6.00"), installments: 600, firstDue: first, frequency: .monthly))?
        .count == 600)
  }

  @Test("random plans sum exactly and are never off by more than the remainder")
  func randomPlans() throws {
    var generator = SplitMix64(seed: 2026)
    for _ in 0..<3000 {
      let currency = [Currency.usd, .jpy, .kwd][Int.random(in: 0...2, using: &generator)]
      let total = max(
        1, Int64.random(in: 1...1_000_000_000_000_000, using: &generator) >> Int64.random(in: 0...48, using: &generator)
      )
      let count = Int.random(in: 1...min(600, Int(min(total, 600))), using: &generator)
      let frequency = PlanFrequency.allCases[Int.random(in: 0...2, using: &generator)]
      let firstDue = CivilDate(daysSinceEpoch: Int.random(in: 18_000...22_000, using: &generator))
      let plan = try PaymentPlan.schedule(
        total: Money(minorUnits: total, currency: currency), installments: count, firstDue: firstDue,
        frequency: frequency)
      #expect(plan.count == count)
      #expect(plan.reduce(Int64(0)) { $0 + $1.amount.minorUnits } == total)
      let regular = total / Int64(count)
      #expect(plan.dropLast().allSatisfy { $0.amount.minorUnits == regular })
      let last = plan[count - 1].amount.minorUnits
      #expect(last >= regular && last - regular < Int64(count))
      #expect(plan.allSatisfy { $0.amount.minorUnits > 0 })
      for index in 1..<count {
        let previous = plan[index - 1].dueDate
        let current = plan[index].dueDate
        switch frequency {
        case .weekly: #expect(current.days(since: previous) == 7)
        case .biweekly: #expect(current.days(since: previous) == 14)
        case .monthly:
          #expect((current.year * 12 + current.month) - (previous.year * 12 + previous.month) == 1)
          #expect(current.day == min(firstDue.day, CivilDate.daysInMonth(year: current.year, month: current.month)))
        }
      }
    }
  }

  /// Instalment status follows the payments made from the plan's start.
  ///
  /// A plan of 3 monthly instalments of 300.00, 300.00, 300.01 (900.01 / 3 = 30000 r 1), first
  /// due 2026-03-15, accepted 2026-02-20.
  /// Payments from Feb 20: 300.00 (Mar 10) + 150.00 (Apr 20) = 450.00 → #1 paid, #2 has 150.00.
  /// As of 2026-04-20: #2 (due Apr 15) is late; #3 (due May 15) is due (the next to pay).
  /// As of 2026-04-10: #2 is due, #3 upcoming.
  @Test("instalment status from payments on or after the start")
  func progress() throws {
    let terms = PaymentPlanTerms(installments: 3, firstDue: F.date("2026-03-15"), frequency: .monthly)
    let payments = [
      F.payment("2026-02-01", "999.00"),  // before the start: not toward the plan
      F.payment("2026-03-10", "300.00"), F.payment("2026-04-20", "150.00"),
    ]
    let late = try PaymentPlan.progress(
      of: terms, total: F.money("900.01"), payments: payments, startDate: F.date("2026-02-20"),
      asOf: F.date("2026-04-20"))
    #expect(late.installments.map(\.status) == [.paid, .late, .due])
    #expect(late.installments.map(\.paid.description) == ["300.00", "150.00", "0.00"])
    #expect(late.installments.map(\.installment.amount.description) == ["300.00", "300.00", "300.01"])
    #expect(late.paidTowardPlan == F.money("450.00"))
    #expect(late.remaining == F.money("450.01"))
    #expect(late.lateInstallments.count == 1)
    #expect(!late.isComplete)

    let early = try PaymentPlan.progress(
      of: terms, total: F.money("900.01"), payments: payments, startDate: F.date("2026-02-20"),
      asOf: F.date("2026-04-10"))
    #expect(early.installments.map(\.status) == [.paid, .due, .upcoming])

    let onDueDate = try PaymentPlan.progress(
      of: terms, total: F.money("900.01"), payments: payments, startDate: F.date("2026-02-20"),
      asOf: F.date("2026-03-15"))
    #expect(onDueDate.installments.map(\.status) == [.paid, .due, .upcoming])
  }

  /// The claim's plan spreads the balance the day before acceptance.
  ///
  /// Charge 1200.00 (Jan 5, net 30); plan accepted 2026-03-01T09:00:00-08:00 (Mar 1 local),
  /// 4 weekly instalments of 300.00 from Mar 6. Payments: 300.00 Mar 6, 300.00 Mar 20.
  /// As of Mar 21 the 600.00 paid fills #1 and #2 in order; #3 (due Mar 20) is unpaid and past
  /// due → late; #4 (due Mar 27) is the next to pay → due.
  @Test("the claim's agreed plan")
  func claimPlan() throws {
    let accepted = try Instant(parsing: "2026-03-01T09:00:00-08:00")
    let claim = F.claim(
      charges: [F.charge("P", "2026-01-05", "1200.00")],
      payments: [F.payment("2026-03-06", "300.00"), F.payment("2026-03-20", "300.00")],
      events: [Event(at: accepted, kind: .planAccepted, channel: "phone", summary: "Agreed 4 weekly payments")],
      paymentPlan: PaymentPlanTerms(installments: 4, firstDue: F.date("2026-03-06"), frequency: .weekly))
    let progress = try #require(try PaymentPlan.progress(for: claim, asOf: F.date("2026-03-21")))
    #expect(progress.startDate == F.date("2026-03-01"))
    #expect(progress.total == F.money("1200.00"))
    #expect(
      progress.installments.map(\.installment.dueDate.description) == [
        "2026-03-06", "2026-03-13", "2026-03-20", "2026-03-27",
      ])
    #expect(progress.installments.map(\.status) == [.paid, .paid, .late, .due])

    // Without the acceptance event the plan starts one period (7 days) before the first due date.
    var unlogged = claim
    unlogged.events = []
    let fallback = try #require(try PaymentPlan.progress(for: unlogged, asOf: F.date("2026-03-21")))
    #expect(fallback.startDate == F.date("2026-02-27"))
    #expect(try PaymentPlan.progress(for: F.claim(), asOf: F.date("2026-03-21")) == nil)
  }
}
