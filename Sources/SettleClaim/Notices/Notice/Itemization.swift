import SettleModel

/// The balance itemized since a date, as in the Regulation F model validation notice (12 CFR
/// 1006.34(c)(2)): the amount on the itemization date, plus interest and fees, minus payments and
/// credits since, equals the amount due now.
///
/// The itemization date is the date (in its logged offset) of the latest `statementSent` event on
/// or before the as-of date, since a statement is the document the customer last saw ("last
/// statement date" in Reg F); without one, the date of the latest invoice on or before as-of (the
/// "last transaction date"). Invoices dated after the itemization date appear as `newCharges`, so
/// the identity holds for any claim.
public struct Itemization: Sendable, Equatable {
  /// The itemization date.
  public let date: CivilDate
  /// What the date is, in words for the notice.
  public let basis: String
  /// The ledger balance on the itemization date.
  public let amount: Money
  /// Invoices dated after the itemization date, up to as-of.
  public let newCharges: Money
  /// Interest added since the itemization date.
  public let interest: Money
  /// Late fees added since the itemization date.
  public let fees: Money
  /// Payments received since the itemization date.
  public let payments: Money
  /// Credits granted since the itemization date.
  public let credits: Money
  /// The amount due on the as-of date (equal to the ledger's balance).
  public let due: Money

  /// Itemizes `ledger` (computed as of `asOf`) for `claim`.
  /// - Throws: `NoticeError.ledger` when a ledger fails or the parts do not add up to the balance.
  public init(claim: Claim, ledger: LedgerResult) throws(NoticeError) {
    let asOf = ledger.asOf
    let statement = claim.events.filter { $0.kind == .statementSent && $0.at.civilDate <= asOf }.map(\.at.civilDate)
      .max()
    let lastCharge = claim.charges.filter { $0.date <= asOf }.map(\.date).max()
    let itemizationDate: CivilDate
    if let statement {
      itemizationDate = statement
      basis = "the date of our last statement"
    } else if let lastCharge {
      itemizationDate = lastCharge
      basis = "the date of the last invoice"
    } else {
      itemizationDate = asOf
      basis = "today"
    }
    date = itemizationDate
    let earlier: LedgerResult
    do {
      earlier = try Ledger.compute(claim, asOf: itemizationDate)
    } catch {
      throw .ledger(error.description)
    }
    let currency = claim.currency
    func sum(_ amounts: [Money]) throws(NoticeError) -> Money {
      do { return try Money.sum(amounts, currency: currency) } catch { throw .ledger(error.description) }
    }
    func difference(_ a: Money, _ b: Money) throws(NoticeError) -> Money {
      do { return try a.subtracting(b) } catch { throw .ledger(error.description) }
    }
    let since = { (d: CivilDate) in d > itemizationDate && d <= asOf }
    amount = earlier.balance
    newCharges = try sum(claim.charges.filter { since($0.date) }.map(\.amount))
    payments = try sum(claim.payments.filter { since($0.date) }.map(\.amount))
    credits = try sum(claim.credits.filter { since($0.date) }.map(\.amount))
    interest = try difference(ledger.totals.interest, earlier.totals.interest)
    fees = try difference(ledger.totals.lateFees, earlier.totals.lateFees)
    due = ledger.balance
    let added = try sum([amount, newCharges, interest, fees])
    let total = try difference(added, try sum([payments, credits]))
    guard total == due else {
      throw .ledger("the itemization since \(itemizationDate) adds up to \(total), not the balance \(due)")
    }
  }
}
