@testable import SettleModel

/// A deliberately simple re-implementation of the ledger rules (quadratic allocation, interest
/// summed one day at a time) used as an oracle for the real ledger in property tests.
struct NaiveLedger {
  struct Line {
    var allocations: [(source: AllocationSource, amount: Int64, effective: CivilDate)] = []
    var lateFee: Int64 = 0
    var interest: Int64 = 0
    var principalDays: Int128 = 0
  }

  var lines: [Line]  // by claim.charges index
  var unapplied: Int64 = 0

  init(_ claim: Claim, asOf: CivilDate) {
    let included = claim.charges.indices.filter { claim.charges[$0].date <= asOf }
    func due(_ i: Int) -> CivilDate {
      claim.charges[i].dueDate ?? claim.charges[i].date.adding(days: claim.terms.netDays)
    }
    lines = Array(repeating: Line(), count: claim.charges.count)
    var unpaid = claim.charges.map(\.amount.minorUnits)
    var sources: [(date: CivilDate, rank: Int, index: Int, amount: Int64, appliesTo: String?)] = []
    for (i, p) in claim.payments.enumerated() where p.date <= asOf {
      sources.append((p.date, 0, i, p.amount.minorUnits, p.appliesTo))
    }
    for (i, c) in claim.credits.enumerated() where c.date <= asOf {
      sources.append((c.date, 1, i, c.amount.minorUnits, c.appliesTo))
    }
    sources.sort { ($0.date, $0.rank, $0.index) < ($1.date, $1.rank, $1.index) }
    for s in sources {
      var remaining = s.amount
      let source: AllocationSource = s.rank == 0 ? .payment(index: s.index) : .credit(index: s.index)
      func take(_ i: Int) {
        let amount = min(remaining, unpaid[i])
        guard amount > 0 else { return }
        unpaid[i] -= amount
        remaining -= amount
        lines[i].allocations.append((source, amount, max(s.date, claim.charges[i].date)))
      }
      if let id = s.appliesTo, let i = included.first(where: { claim.charges[$0].id == id }) { take(i) }
      while remaining > 0 {
        let open = included.filter { unpaid[$0] > 0 }
        guard
          let oldest = open.min(by: {
            (claim.charges[$0].date, due($0), $0) < (claim.charges[$1].date, due($1), $1)
          })
        else { break }
        take(oldest)
      }
      unapplied += remaining
    }
    for i in included {
      let charge = claim.charges[i]
      let dueDate = due(i)
      guard asOf > dueDate else { continue }
      let allocations = lines[i].allocations
      let paidByDue = allocations.filter { $0.effective <= dueDate }.reduce(Int64(0)) { $0 + $1.amount }
      if paidByDue < charge.amount.minorUnits, let fee = claim.terms.lateFee {
        switch fee {
        case .flat(let m): lines[i].lateFee = m.minorUnits
        case .percent(let r):
          lines[i].lateFee = Int64(
            (Int128(charge.amount.minorUnits) * Int128(r.millionthsOfPercent) + 50_000_000) / 100_000_000)
        }
      }
      if let rate = claim.terms.interest?.annualPercent, !rate.isZero {
        var sum: Int128 = 0
        var day = dueDate
        while day < asOf {
          let paid = allocations.filter { $0.effective <= day }.reduce(Int64(0)) { $0 + $1.amount }
          sum += Int128(charge.amount.minorUnits - paid)
          day = day.adding(days: 1)
        }
        lines[i].principalDays = sum
        lines[i].interest = Int64((sum * Int128(rate.millionthsOfPercent) + 18_250_000_000) / 36_500_000_000)
      }
    }
  }
}
