/// A claim's account on one date: every charge with its allocations, fees and interest, the
/// totals, the balance, the aging and the statement lines.
///
/// Every total is the sum of the rounded lines it covers, and
/// `balance = charges + lateFees + interest - payments - credits`
/// `= openBalance - unappliedCredit`.
public struct LedgerResult: Sendable, Hashable {
  /// The date the account is computed for.
  public let asOf: CivilDate
  /// The claim's currency.
  public let currency: Currency
  /// One line per charge dated on or before `asOf`, in file order.
  public let lines: [ChargeLine]
  /// Payments and credits left over after every charge was paid (zero or more); it lowers the
  /// balance and is shown as a credit balance when it exceeds the open amounts.
  public let unappliedCredit: Money
  /// Sums of the lines.
  public let totals: LedgerTotals
  /// The sum of every charge's open amount (unpaid principal, late fee, interest).
  public let openBalance: Money
  /// What the customer owes: `openBalance - unappliedCredit`; negative for a credit balance.
  public let balance: Money
  /// Open amounts by days past due.
  public let aging: Aging
  /// The chronological statement; the last running balance equals `balance`.
  public let statement: [StatementLine]
  /// Positions of items left out because they are dated after `asOf`.
  public let excluded: ExcludedItems

  /// Whether the balance is a credit in the customer's favour.
  public var isCreditBalance: Bool { balance.isNegative }
}
