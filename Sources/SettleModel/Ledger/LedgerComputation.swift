/// The working state of one ``Ledger/compute(_:asOf:)`` call.
struct LedgerComputation {
  let claim: Claim
  let asOf: CivilDate
  let currency: Currency

  init(claim: Claim, asOf: CivilDate) {
    self.claim = claim
    self.asOf = asOf
    self.currency = claim.currency
  }

  /// A payment or credit waiting to be applied.
  private struct Source {
    let source: AllocationSource
    let date: CivilDate
    let day: Int
    let rank: Int
    let fileIndex: Int
    let amount: Int64
    let appliesTo: String?
    /// The statement line's reference and detail (kept here so the statement reads the sorted
    /// sources in order instead of jumping around the claim's arrays).
    let reference: String
    let detail: String
  }

  /// Interest denominator: 100 (percent) × 10⁶ (millionths) × 365 (days a year).
  private static let interestDenominator: Int128 = 100 * 1_000_000 * 365
  /// Late-fee percentage denominator: 100 (percent) × 10⁶ (millionths).
  private static let percentDenominator: Int128 = 100 * 1_000_000

  mutating func run() throws(LedgerError) -> LedgerResult {
    // 1. What is in scope.
    var included: [Int] = []
    var excludedCharges: [Int] = []
    for (index, charge) in claim.charges.enumerated() {
      try check(charge.amount, item: "charges[\(index)].amount")
      if charge.date <= asOf { included.append(index) } else { excludedCharges.append(index) }
    }
    var sources: [Source] = []
    var excludedPayments: [Int] = []
    var excludedCredits: [Int] = []
    var paymentsTotal: Int64 = 0
    var creditsTotal: Int64 = 0
    for (index, payment) in claim.payments.enumerated() {
      try check(payment.amount, item: "payments[\(index)].amount")
      guard payment.date <= asOf else {
        excludedPayments.append(index)
        continue
      }
      paymentsTotal = try Self.add(paymentsTotal, payment.amount.minorUnits, "total of payments")
      sources.append(
        Source(
          source: .payment(index: index), date: payment.date, day: payment.date.daysSinceEpoch, rank: 0,
          fileIndex: index, amount: payment.amount.minorUnits, appliesTo: payment.appliesTo,
          reference: payment.reference ?? "", detail: payment.method))
    }
    for (index, credit) in claim.credits.enumerated() {
      try check(credit.amount, item: "credits[\(index)].amount")
      guard credit.date <= asOf else {
        excludedCredits.append(index)
        continue
      }
      creditsTotal = try Self.add(creditsTotal, credit.amount.minorUnits, "total of credits")
      sources.append(
        Source(
          source: .credit(index: index), date: credit.date, day: credit.date.daysSinceEpoch, rank: 1,
          fileIndex: index, amount: credit.amount.minorUnits, appliesTo: credit.appliesTo,
          reference: credit.appliesTo ?? "", detail: credit.reason))
    }
    if case .flat(let fee) = claim.terms.lateFee { try check(fee, item: "terms.lateFee.flat") }

    // 2. Due dates and the oldest-first order.
    let netDays = min(max(claim.terms.netDays, -1_000_000), 1_000_000)
    let count = included.count
    let charges = included.map { claim.charges[$0] }
    let dueDates = charges.map { $0.dueDate ?? $0.date.adding(days: netDays) }
    let chargeDays = charges.map { $0.date.daysSinceEpoch }
    let dueDays = dueDates.map { $0.daysSinceEpoch }
    let oldestFirst = (0..<count).sorted { a, b in
      (chargeDays[a], dueDays[a], a) < (chargeDays[b], dueDays[b], b)
    }
    // Charge ids are looked up only for payments and credits that name one.
    var positionByID: [String: Int] = [:]
    if sources.contains(where: { $0.appliesTo != nil }) {
      positionByID.reserveCapacity(count)
      for (position, charge) in charges.enumerated() where positionByID[charge.id] == nil {
        positionByID[charge.id] = position
      }
    }

    // 3. Allocation.
    // Payments were appended before credits, each in file order, so (day, rank, position)
    // orders exactly as (day, rank, file index).
    sources = Self.chronologicalOrder(days: sources.map(\.day), ranks: sources.map(\.rank)).map { sources[$0] }
    var unpaid = charges.map { $0.amount.minorUnits }
    var allocations = [[Allocation]](repeating: [], count: count)
    var cursor = 0
    var unapplied: Int64 = 0
    for source in sources {
      var remaining = source.amount
      var directed = -1
      if let id = source.appliesTo, let position = positionByID[id] { directed = position }
      // The named charge first, then the oldest unpaid ones.
      while remaining > 0 {
        let position: Int
        if directed >= 0 {
          position = directed
        } else if cursor < count {
          position = oldestFirst[cursor]
        } else {
          break
        }
        let amount = min(remaining, unpaid[position])
        if amount > 0 {
          unpaid[position] -= amount
          remaining -= amount
          let effective = max(source.date, charges[position].date)
          allocations[position].append(
            Allocation(
              source: source.source, sourceDate: source.date, effectiveDate: effective,
              amount: Money(minorUnits: amount, currency: currency), isDirected: directed >= 0))
        }
        if directed >= 0 {
          directed = -1
        } else if unpaid[position] == 0 {
          cursor += 1
        }
      }
      unapplied = try Self.add(unapplied, remaining, "unapplied credit")
    }

    // 4–5. Per-charge fees, interest and status.
    var lines: [ChargeLine] = []
    lines.reserveCapacity(count)
    var chargesTotal: Int64 = 0
    var feesTotal: Int64 = 0
    var interestTotal: Int64 = 0
    var openTotal: Int64 = 0
    var agingBuckets = [Int64](repeating: 0, count: AgingBucket.allCases.count)
    for position in 0..<count {
      let line = try makeLine(
        fileIndex: included[position], charge: charges[position], dueDate: dueDates[position],
        allocations: allocations[position], unpaid: unpaid[position])
      chargesTotal = try Self.add(chargesTotal, line.original.minorUnits, "total of charges")
      feesTotal = try Self.add(feesTotal, line.lateFee.minorUnits, "total of late fees")
      interestTotal = try Self.add(interestTotal, line.interest.amount.minorUnits, "total of interest")
      openTotal = try Self.add(openTotal, line.openAmount.minorUnits, "open balance")
      let bucket = AgingBucket(daysPastDue: line.daysPastDue).rawValue
      agingBuckets[bucket] = try Self.add(agingBuckets[bucket], line.openAmount.minorUnits, "aging")
      lines.append(line)
    }

    // 6. Balance.
    var balance = try Self.add(chargesTotal, feesTotal, "balance")
    balance = try Self.add(balance, interestTotal, "balance")
    balance = try Self.subtract(balance, paymentsTotal, "balance")
    balance = try Self.subtract(balance, creditsTotal, "balance")
    let applied = try Self.subtract(
      try Self.add(paymentsTotal, creditsTotal, "total applied"), unapplied, "total applied")

    let statement = try makeStatement(lines: lines, sources: sources)
    return LedgerResult(
      asOf: asOf, currency: currency, lines: lines, unappliedCredit: money(unapplied),
      totals: LedgerTotals(
        charges: money(chargesTotal), lateFees: money(feesTotal), interest: money(interestTotal),
        payments: money(paymentsTotal), credits: money(creditsTotal), applied: money(applied)),
      openBalance: money(openTotal), balance: money(balance),
      aging: Aging(currency: currency, minorUnits: agingBuckets), statement: statement,
      excluded: ExcludedItems(charges: excludedCharges, payments: excludedPayments, credits: excludedCredits))
  }

  // MARK: - One charge

  private func makeLine(
    fileIndex: Int, charge: Charge, dueDate: CivilDate, allocations: [Allocation], unpaid: Int64
  ) throws(LedgerError) -> ChargeLine {
    let original = charge.amount.minorUnits
    let paid = original - unpaid
    let isPastDue = asOf > dueDate
    // Principal still unpaid at the end of the due date.
    var unpaidAtDue = original
    for allocation in allocations where allocation.effectiveDate <= dueDate {
      unpaidAtDue -= allocation.amount.minorUnits
    }

    var lateFee: Int64 = 0
    if isPastDue && unpaidAtDue > 0, let terms = claim.terms.lateFee {
      switch terms {
      case .flat(let amount):
        lateFee = amount.minorUnits
      case .percent(let rate):
        lateFee = try Self.roundedHalfUp(
          Int128(original) * Int128(rate.millionthsOfPercent), Self.percentDenominator,
          "late fee on charges[\(fileIndex)]")
      }
    }

    var segments: [InterestSegment] = []
    var interest: Int64 = 0
    let rate = claim.terms.interest?.annualPercent
    if isPastDue, let rate, !rate.isZero {
      var principal = unpaidAtDue
      var from = dueDate
      var principalDays: Int128 = 0
      for allocation in allocations where allocation.effectiveDate > dueDate && allocation.effectiveDate < asOf {
        if allocation.effectiveDate > from {
          if principal > 0 {
            let segment = InterestSegment(from: from, to: allocation.effectiveDate, principal: money(principal))
            segments.append(segment)
            principalDays = try Self.accumulate(principalDays, principal, segment.days, fileIndex)
          }
          from = allocation.effectiveDate
        }
        principal -= allocation.amount.minorUnits
      }
      if principal > 0 && from < asOf {
        let segment = InterestSegment(from: from, to: asOf, principal: money(principal))
        segments.append(segment)
        principalDays = try Self.accumulate(principalDays, principal, segment.days, fileIndex)
      }
      let (numerator, overflow) = principalDays.multipliedReportingOverflow(by: Int128(rate.millionthsOfPercent))
      guard !overflow else { throw .overflow(quantity: "interest on charges[\(fileIndex)]") }
      interest = try Self.roundedHalfUp(numerator, Self.interestDenominator, "interest on charges[\(fileIndex)]")
    }

    var open = try Self.add(unpaid, lateFee, "open amount of charges[\(fileIndex)]")
    open = try Self.add(open, interest, "open amount of charges[\(fileIndex)]")
    let status: ChargeStatus
    if unpaid == 0 {
      status = .paid
    } else if isPastDue {
      status = .overdue
    } else if paid > 0 {
      status = .partiallyPaid
    } else {
      status = .open
    }
    return ChargeLine(
      chargeIndex: fileIndex, charge: charge, dueDate: dueDate, daysPastDue: max(0, asOf.days(since: dueDate)),
      original: charge.amount, allocations: allocations, paid: money(paid), unpaidPrincipal: money(unpaid),
      lateFee: money(lateFee),
      interest: InterestAccrual(annualPercent: rate, segments: segments, amount: money(interest)),
      openAmount: money(open), status: status)
  }

  // MARK: - Statement

  /// Builds the chronological statement.
  ///
  /// Lines are ordered by date, then charges, payments, credits, late fees, interest, then file
  /// order; sorting plain integer keys keeps this O(n log n) without copying strings.
  private func makeStatement(lines: [ChargeLine], sources: [Source]) throws(LedgerError) -> [StatementLine] {
    // Ranks order lines of one day: 0 charge, 1 payment, 2 credit, 3 late fee, 4 interest.
    // `slots` point into `lines` (ranks 0, 3, 4) or `sources` (ranks 1, 2); both are in file
    // order within a rank and day, so sorting by (day, rank, position) gives the documented order.
    var days: [Int] = []
    var ranks: [Int] = []
    var slots: [Int] = []
    let capacity = lines.count * 3 + sources.count
    days.reserveCapacity(capacity)
    ranks.reserveCapacity(capacity)
    slots.reserveCapacity(capacity)
    func add(_ day: Int, _ rank: Int, _ slot: Int) {
      days.append(day)
      ranks.append(rank)
      slots.append(slot)
    }
    let asOfDay = asOf.daysSinceEpoch
    for slot in lines.indices {
      add(lines[slot].charge.date.daysSinceEpoch, 0, slot)
      if lines[slot].lateFee.isPositive { add(lines[slot].dueDate.daysSinceEpoch + 1, 3, slot) }
      if lines[slot].interest.amount.isPositive { add(asOfDay, 4, slot) }
    }
    for (slot, source) in sources.enumerated() { add(source.day, source.rank + 1, slot) }
    let keys = Self.chronologicalOrder(days: days, ranks: ranks).map { (rank: ranks[$0], slot: slots[$0]) }

    var running: Int64 = 0
    var statement: [StatementLine] = []
    statement.reserveCapacity(keys.count)
    for key in keys {
      let date: CivilDate
      let entry: StatementEntry
      let reference: String
      var detail = ""
      var explanation = StatementLine.Explanation.none
      var charged: Int64? = nil
      var paid: Int64? = nil
      switch key.rank {
      case 0, 3, 4:
        let chargeIndex = lines[key.slot].chargeIndex
        reference = lines[key.slot].charge.id
        if key.rank == 0 {
          date = lines[key.slot].charge.date
          entry = .charge(index: chargeIndex)
          detail = lines[key.slot].charge.description
          charged = lines[key.slot].original.minorUnits
        } else if key.rank == 3 {
          date = lines[key.slot].dueDate.adding(days: 1)
          entry = .lateFee(chargeIndex: chargeIndex)
          if case .percent(let rate) = claim.terms.lateFee {
            explanation = .percentFee(rate, of: lines[key.slot].original)
          } else {
            explanation = .flatFee
          }
          charged = lines[key.slot].lateFee.minorUnits
        } else {
          date = asOf
          entry = .interest(chargeIndex: chargeIndex)
          explanation = .interest(
            lines[key.slot].interest.annualPercent ?? Rate(millionthsOfPercent: 0), days: lines[key.slot].interest.days)
          charged = lines[key.slot].interest.amount.minorUnits
        }
      default:
        let source = sources[key.slot]
        date = source.date
        paid = source.amount
        reference = source.reference
        detail = source.detail
        switch source.source {
        case .payment(let index): entry = .payment(index: index)
        case .credit(let index): entry = .credit(index: index)
        }
      }
      if let charged { running = try Self.add(running, charged, "running balance") }
      if let paid { running = try Self.subtract(running, paid, "running balance") }
      statement.append(
        StatementLine(
          date: date, entry: entry, reference: reference, chargeAmount: charged.map(money),
          paymentAmount: paid.map(money), runningBalance: money(running), detail: detail, explanation: explanation))
    }
    return statement
  }

  // MARK: - Ordering

  /// Positions `0..<days.count` sorted by (day, rank, position): a stable chronological order.
  ///
  /// When every day fits in 32 bits and there are fewer than 2²⁸ items (always, for real claims)
  /// the three fields are packed into one `UInt64` per item and sorted without a comparison
  /// closure; otherwise a tuple comparison does the same job more slowly.
  static func chronologicalOrder(days: [Int], ranks: [Int]) -> [Int] {
    let count = days.count
    let fits =
      count < (1 << 28) && days.allSatisfy { $0 > -(1 << 31) && $0 < (1 << 31) }
      && ranks.allSatisfy { (0..<16).contains($0) }
    guard fits else {
      return days.indices.sorted { (days[$0], ranks[$0], $0) < (days[$1], ranks[$1], $1) }
    }
    var packed = [UInt64](repeating: 0, count: count)
    for position in 0..<count {
      packed[position] = UInt64(days[position] + (1 << 31)) << 32 | UInt64(ranks[position]) << 28 | UInt64(position)
    }
    packed.sort()
    return packed.map { Int($0 & ((1 << 28) - 1)) }
  }

  // MARK: - Arithmetic

  private func money(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: currency) }

  private func check(_ amount: Money, item: @autoclosure () -> String) throws(LedgerError) {
    guard amount.currency == currency else {
      throw .currencyMismatch(item: item(), found: amount.currency, expected: currency)
    }
    guard amount.minorUnits >= 0 else { throw .negativeAmount(item: item()) }
  }

  private static func add(_ a: Int64, _ b: Int64, _ quantity: @autoclosure () -> String) throws(LedgerError) -> Int64 {
    let (sum, overflow) = a.addingReportingOverflow(b)
    guard !overflow else { throw .overflow(quantity: quantity()) }
    return sum
  }

  private static func subtract(_ a: Int64, _ b: Int64, _ quantity: @autoclosure () -> String) throws(LedgerError)
    -> Int64
  {
    let (difference, overflow) = a.subtractingReportingOverflow(b)
    guard !overflow else { throw .overflow(quantity: quantity()) }
    return difference
  }

  /// `total + principal × days`, checked.
  private static func accumulate(_ total: Int128, _ principal: Int64, _ days: Int, _ fileIndex: Int) throws(LedgerError)
    -> Int128
  {
    let (product, o1) = Int128(principal).multipliedReportingOverflow(by: Int128(days))
    let (sum, o2) = total.addingReportingOverflow(product)
    guard !o1, !o2 else { throw .overflow(quantity: "interest on charges[\(fileIndex)]") }
    return sum
  }

  /// `numerator / denominator` rounded half-up, for a non-negative numerator and a positive,
  /// even denominator; throws when the quotient does not fit in `Int64`.
  static func roundedHalfUp(_ numerator: Int128, _ denominator: Int128, _ quantity: @autoclosure () -> String)
    throws(LedgerError) -> Int64
  {
    let (biased, overflow) = numerator.addingReportingOverflow(denominator / 2)
    guard !overflow else { throw .overflow(quantity: quantity()) }
    let quotient = biased / denominator
    guard let result = Int64(exactly: quotient) else { throw .overflow(quantity: quantity()) }
    return result
  }
}
