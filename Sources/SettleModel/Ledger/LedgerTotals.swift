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
