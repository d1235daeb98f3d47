import Testing
@testable import SettleModel

/// Thousands of random claims checked against the ledger's identities and a naive oracle.
@Suite("Ledger: properties over random claims")
struct LedgerPropertyTests {
  static let claimCount = 3000

  @Test("the ledger agrees with the naive oracle and keeps every identity")
  func randomClaims() throws {
    var random = RandomClaims(seed: 0x5E77_1E)
    var checkedInterest = 0
    var checkedFees = 0
    var creditBalances = 0
    for round in 0..<Self.claimCount {
      let (claim, asOf) = random.claim()
      let ledger = try Ledger.compute(claim, asOf: asOf)
      let oracle = NaiveLedger(claim, asOf: asOf)
      let context = "round \(round)"
      let zero = Money.zero(claim.currency)

      // Scope: exactly the items dated on or before as-of.
      #expect(
        ledger.lines.map(\.chargeIndex) == claim.charges.indices.filter { claim.charges[$0].date <= asOf }, "\(context)"
      )
      #expect(ledger.excluded.payments.allSatisfy { claim.payments[$0].date > asOf }, "\(context)")

      // Allocations, fees and interest agree with the oracle.
      for line in ledger.lines {
        let expected = oracle.lines[line.chargeIndex]
        #expect(line.allocations.map(\.source) == expected.allocations.map(\.source), "\(context)")
        #expect(line.allocations.map(\.amount.minorUnits) == expected.allocations.map(\.amount), "\(context)")
        #expect(line.allocations.map(\.effectiveDate) == expected.allocations.map(\.effective), "\(context)")
        #expect(line.lateFee.minorUnits == expected.lateFee, "\(context) fee")
        #expect(line.interest.amount.minorUnits == expected.interest, "\(context) interest")
        let segmentSum = line.interest.segments.reduce(Int128(0)) {
          $0 + Int128($1.principal.minorUnits) * Int128($1.days)
        }
        #expect(segmentSum == expected.principalDays, "\(context) segments")
        #expect(line.paid.minorUnits == line.allocations.reduce(0) { $0 + $1.amount.minorUnits }, "\(context)")
        #expect(line.unpaidPrincipal.minorUnits == line.original.minorUnits - line.paid.minorUnits, "\(context)")
        #expect(line.unpaidPrincipal.minorUnits >= 0, "\(context)")
        #expect(
          line.openAmount.minorUnits == line.unpaidPrincipal.minorUnits + line.lateFee.minorUnits
            + line.interest.amount.minorUnits)
        #expect(
          line.allocations.allSatisfy { $0.effectiveDate >= $0.sourceDate && $0.effectiveDate >= line.charge.date })
        if line.interest.amount.isPositive { checkedInterest += 1 }
        if line.lateFee.isPositive { checkedFees += 1 }
      }
      #expect(ledger.unappliedCredit.minorUnits == oracle.unapplied, "\(context) unapplied")

      // Allocations sum to the payments and credits applied.
      let allocated = ledger.lines.reduce(Int64(0)) { $0 + $1.paid.minorUnits }
      #expect(
        allocated + ledger.unappliedCredit.minorUnits == ledger.totals.payments.minorUnits
          + ledger.totals.credits.minorUnits)
      #expect(ledger.totals.applied.minorUnits == allocated)
      if ledger.unappliedCredit.isPositive {
        #expect(
          ledger.lines.allSatisfy { $0.unpaidPrincipal.isZero }, "\(context): money left over while a charge is unpaid")
      }

      // Balance identity, and every total is the sum of its lines.
      let t = ledger.totals
      #expect(t.charges.minorUnits == ledger.lines.reduce(0) { $0 + $1.original.minorUnits })
      #expect(t.lateFees.minorUnits == ledger.lines.reduce(0) { $0 + $1.lateFee.minorUnits })
      #expect(t.interest.minorUnits == ledger.lines.reduce(0) { $0 + $1.interest.amount.minorUnits })
      #expect(
        ledger.balance.minorUnits
          == t.charges.minorUnits + t.lateFees.minorUnits + t.interest.minorUnits - t.payments.minorUnits
          - t.credits.minorUnits)
      #expect(ledger.balance.minorUnits == ledger.openBalance.minorUnits - ledger.unappliedCredit.minorUnits)
      if ledger.isCreditBalance { creditBalances += 1 }

      // Aging buckets sum to the open balance and hold each charge by its days past due.
      #expect(ledger.aging.total == ledger.openBalance, "\(context) aging")
      for bucket in AgingBucket.allCases {
        let expected = ledger.lines.filter { AgingBucket(daysPastDue: $0.daysPastDue) == bucket }
          .reduce(Int64(0)) { $0 + $1.openAmount.minorUnits }
        #expect(ledger.aging[bucket].minorUnits == expected)
      }

      // Statement: chronological, running balance step by step, ending at the balance.
      var running: Int64 = 0
      for (index, line) in ledger.statement.enumerated() {
        running += (line.chargeAmount?.minorUnits ?? 0) - (line.paymentAmount?.minorUnits ?? 0)
        #expect(line.runningBalance.minorUnits == running)
        if index > 0 { #expect(ledger.statement[index - 1].date <= line.date) }
      }
      #expect((ledger.statement.last?.runningBalance ?? zero) == ledger.balance, "\(context) statement end")
      let feeLines = ledger.lines.filter { $0.lateFee.isPositive }.count
      let interestLines = ledger.lines.filter { $0.interest.amount.isPositive }.count
      let includedSources =
        claim.payments.filter { $0.date <= asOf }.count + claim.credits.filter { $0.date <= asOf }.count
      #expect(ledger.statement.count == ledger.lines.count + includedSources + feeLines + interestLines)
    }
    // The generator must actually exercise the interesting paths.
    #expect(checkedInterest > 500)
    #expect(checkedFees > 500)
    #expect(creditBalances > 50)
  }

  @Test("computing twice gives the same result, whatever the file order of unrelated items")
  func deterministic() throws {
    var random = RandomClaims(seed: 99)
    for _ in 0..<300 {
      let (claim, asOf) = random.claim()
      #expect(try Ledger.compute(claim, asOf: asOf) == Ledger.compute(claim, asOf: asOf))
    }
  }
}
