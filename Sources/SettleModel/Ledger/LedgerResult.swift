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

/// Sums of the ledger's lines.
public struct LedgerTotals: Sendable, Hashable {
  /// The sum of the charges' original amounts.
  public let charges: Money
  /// The sum of the late fees.
  public let lateFees: Money
  /// The sum of the interest (each charge rounded first).
  public let interest: Money
  /// The sum of the payments.
  public let payments: Money
  /// The sum of the credits.
  public let credits: Money
  /// The sum of allocations to charges: `payments + credits - unappliedCredit`.
  public let applied: Money
}

/// Items the ledger left out because they are dated after the as-of date (indices into the
/// claim's arrays, ascending).
public struct ExcludedItems: Sendable, Hashable {
  /// Indices into `claim.charges`.
  public let charges: [Int]
  /// Indices into `claim.payments`.
  public let payments: [Int]
  /// Indices into `claim.credits`.
  public let credits: [Int]

  /// Whether nothing was left out.
  public var isEmpty: Bool { charges.isEmpty && payments.isEmpty && credits.isEmpty }
}
