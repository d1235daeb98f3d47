import Foundation
import SettleModel
import Testing

@testable import SettleClaim

/// Re-reads the figures printed in each notice and checks them against the ledger, computed here
/// independently of the notice code.
@Suite struct NoticeFiguresTests {
  /// The code fixtures as of 2026-07-15, and every example claim as of 2026-11-22 (their dates run
  /// into the autumn).
  static let cases: [(name: String, claim: Claim, asOf: CivilDate)] = {
    var cases = NoticeFixtures.all.map { ($0.name, $0.claim, NoticeFixtures.date("2026-07-15")) }
    for url in NoticeGoldenTests.exampleClaims {
      if let claim = ClaimFile.load(url.path).claim {
        cases.append(
          ("Examples/" + url.deletingLastPathComponent().lastPathComponent, claim, NoticeFixtures.date("2026-11-22")))
      }
    }
    return cases
  }()

  static func named(_ name: String) throws -> (claim: Claim, asOf: CivilDate) {
    let found = try #require(cases.first { $0.name == name })
    return (found.claim, found.asOf)
  }

  /// Every amount the ledger and the plan calculator produce for `claim`.
  static func ledgerFigures(_ claim: Claim, kind: NoticeKind, asOf: CivilDate) throws -> Set<Money> {
    let ledger = try Ledger.compute(claim, asOf: asOf)
    var figures: Set<Money> = [
      ledger.balance, ledger.totals.charges, ledger.totals.lateFees, ledger.totals.interest,
      ledger.totals.payments, ledger.totals.credits,
    ]
    for line in ledger.lines {
      figures.formUnion([
        line.original, line.paid, line.unpaidPrincipal, line.lateFee, line.interest.amount, line.openAmount,
      ])
    }
    figures.formUnion(claim.payments.map(\.amount))
    figures.formUnion(claim.credits.map(\.amount))
    if case .flat(let fee)? = claim.terms.lateFee { figures.insert(fee) }
    // The itemization: the balance on the itemization date and what changed since.
    let itemDate = itemizationDate(claim, asOf: asOf)
    let earlier = try Ledger.compute(claim, asOf: itemDate)
    figures.insert(earlier.balance)
    figures.insert(try ledger.totals.interest.subtracting(earlier.totals.interest))
    figures.insert(try ledger.totals.lateFees.subtracting(earlier.totals.lateFees))
    let since = { (d: CivilDate) in d > itemDate && d <= asOf }
    figures.insert(try Money.sum(claim.payments.filter { since($0.date) }.map(\.amount), currency: claim.currency))
    figures.insert(try Money.sum(claim.credits.filter { since($0.date) }.map(\.amount), currency: claim.currency))
    figures.insert(try Money.sum(claim.charges.filter { since($0.date) }.map(\.amount), currency: claim.currency))
    // The plan: the agreed one, else 3 monthly instalments from the pay-by date.
    if let progress = try PaymentPlan.progress(for: claim, asOf: asOf) {
      figures.formUnion(progress.installments.map(\.installment.amount))
      figures.insert(progress.total)
    } else if ledger.balance.isPositive {
      let schedule = try PaymentPlan.schedule(
        total: ledger.balance, installments: 3, firstDue: asOf.adding(days: kind.daysToPay), frequency: .monthly)
      figures.formUnion(schedule.map(\.amount))
    }
    return figures
  }

  static func itemizationDate(_ claim: Claim, asOf: CivilDate) -> CivilDate {
    let statements = claim.events.filter { $0.kind == .statementSent && $0.at.civilDate <= asOf }.map(\.at.civilDate)
    return statements.max() ?? claim.charges.filter { $0.date <= asOf }.map(\.date).max() ?? asOf
  }

  /// Reads `$1,234.56`, `¥300,001`, `€1,234.56` (en-US conventions) back into money.
  static func parseAmount(_ text: String, currency: Currency) -> Money? {
    let digits = text.filter { $0.isNumber || $0 == "." }
    let negative = text.contains("-")
    guard case .success(let money) = Money.parse(digits, currency: currency) else { return nil }
    return negative ? Money(minorUnits: -money.minorUnits, currency: currency) : money
  }

  @Test(arguments: cases.map(\.name))
  func everyPrintedAmountIsALedgerFigure(fixture: String) throws {
    let (claim, asOf) = try Self.named(fixture)
    let templates = try NoticeTemplateSet.builtIn()
    let markers = NoticeLocale.enUS.currencyMarkers(for: claim.currency)
    for kind in NoticeKind.allCases {
      let notice = try NoticeComposer.compose(
        kind, claim: claim, options: NoticeOptions(asOf: asOf), templates: templates)
      let text = notice.text()
      let figures = try Self.ledgerFigures(claim, kind: kind, asOf: asOf)
      let printed = WordingGuard.moneyMatches(in: text, markers: markers).map { String(text[$0]) }
      #expect(printed.count >= 3, "\(fixture) \(kind.rawValue) prints too few amounts")
      for amount in printed {
        let money = try #require(Self.parseAmount(amount, currency: claim.currency), "cannot read \(amount)")
        #expect(figures.contains(money), "\(fixture) \(kind.rawValue): \(amount) is not a ledger figure")
      }
    }
  }

  @Test(arguments: cases.map(\.name))
  func theItemizationAddsUpToTheLedgerBalance(fixture: String) throws {
    let (claim, asOf) = try Self.named(fixture)
    let ledger = try Ledger.compute(claim, asOf: asOf)
    let earlier = try Ledger.compute(claim, asOf: Self.itemizationDate(claim, asOf: asOf))
    let templates = try NoticeTemplateSet.builtIn()
    for kind in NoticeKind.stages where kind != .demand {
      let notice = try NoticeComposer.compose(
        kind, claim: claim, options: NoticeOptions(asOf: asOf), templates: templates)
      let table = try #require(notice.document.tables.first { $0.columns.first?.title == "Item" })
      var total: Int64 = 0
      for row in table.rows where !row.isTotal {
        let amount = try #require(Self.parseAmount(row.cells[1], currency: claim.currency)).minorUnits
        total += row.cells[0].contains("(subtracted)") ? -amount : amount
      }
      let first = try #require(table.rows.first)
      #expect(Self.parseAmount(first.cells[1], currency: claim.currency) == earlier.balance)
      let due = try #require(table.rows.last { $0.isTotal })
      #expect(Self.parseAmount(due.cells[1], currency: claim.currency) == ledger.balance)
      #expect(total == ledger.balance.minorUnits, "\(fixture) \(kind.rawValue): rows add up to \(total)")
    }
    // The demand letter's "Amount claimed" table is the ledger's totals.
    let demand = try NoticeComposer.compose(
      .demand, claim: claim, options: NoticeOptions(asOf: asOf), templates: templates)
    let claimed = try #require(demand.document.tables.first { $0.columns.first?.title == "Item" })
    let byLabel = Dictionary(
      uniqueKeysWithValues: claimed.rows.map { ($0.cells[0], Self.parseAmount($0.cells[1], currency: claim.currency)) })
    #expect(byLabel["Invoices"] == ledger.totals.charges)
    #expect(byLabel["Payments received (subtracted)"] == ledger.totals.payments)
    #expect(byLabel["Credits granted (subtracted)"] == ledger.totals.credits)
    let day = asOf.formatted(.monthDayYear)
    #expect(byLabel["Amount due on \(day)"] == ledger.balance)
    if claim.terms.interest != nil { #expect(byLabel["Interest to \(day)"] == ledger.totals.interest) }
    if claim.terms.lateFee != nil { #expect(byLabel["Late fees"] == ledger.totals.lateFees) }
  }

  @Test func invoiceRowsMatchLedgerLines() throws {
    let claim = NoticeFixtures.retailer
    let asOf = NoticeFixtures.date("2026-07-15")
    let ledger = try Ledger.compute(claim, asOf: asOf)
    let notice = try NoticeComposer.compose(
      .followUp, claim: claim, options: NoticeOptions(asOf: asOf), templates: try NoticeTemplateSet.builtIn())
    let table = try #require(notice.document.tables.first)
    let open = ledger.lines.filter { $0.openAmount.isPositive }
    #expect(table.rows.filter { !$0.isTotal }.count == open.count)
    for (row, line) in zip(table.rows, open) {
      #expect(row.cells[0] == line.charge.id)
      #expect(row.cells[1] == line.dueDate.formatted(.monthDayYear))
      #expect(row.cells[2] == "\(line.daysPastDue) days")
      #expect(Self.parseAmount(row.cells[3], currency: .usd) == line.original)
      #expect(Self.parseAmount(row.cells[4], currency: .usd) == line.openAmount)
    }
  }

  @Test(arguments: cases.map(\.name))
  func everyPrintedDateComesFromTheClaim(fixture: String) throws {
    let (claim, asOf) = try Self.named(fixture)
    let templates = try NoticeTemplateSet.builtIn()
    let months = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
      "December",
    ]
    let pattern = try NSRegularExpression(
      pattern: "(" + months.joined(separator: "|") + #") ([0-9]{1,2}), ([0-9]{4})|([0-9]{4})-([0-9]{2})-([0-9]{2})"#)
    for kind in NoticeKind.allCases {
      let payBy = asOf.adding(days: kind.daysToPay)
      var known: Set<CivilDate> = [asOf, payBy, Self.itemizationDate(claim, asOf: asOf)]
      known.formUnion(claim.charges.flatMap { [$0.date, $0.dueDate(under: claim.terms)] })
      known.formUnion(claim.payments.map(\.date) + claim.credits.map(\.date) + claim.events.map(\.at.civilDate))
      if let progress = try PaymentPlan.progress(for: claim, asOf: asOf) {
        known.formUnion(progress.installments.map(\.installment.dueDate))
      } else {
        known.formUnion((0..<3).map { PlanFrequency.monthly.dueDate(ofInstallment: $0, firstDue: payBy) })
      }
      let notice = try NoticeComposer.compose(
        kind, claim: claim, options: NoticeOptions(asOf: asOf), templates: templates)
      let text = notice.text(width: 10_000)
      for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
        let found = String(text[Range(match.range, in: text)!])
        let date: CivilDate
        if let r = Range(match.range(at: 1), in: text), let d = Range(match.range(at: 2), in: text),
          let y = Range(match.range(at: 3), in: text),
          let month = months.firstIndex(of: String(text[r]))
        {
          date = try CivilDate(year: Int(text[y]) ?? 0, month: month + 1, day: Int(text[d]) ?? 0)
        } else {
          date = try CivilDate(parsing: found)
        }
        #expect(known.contains(date), "\(fixture) \(kind.rawValue): \(found) is not a date of the claim")
      }
    }
  }
}
