/// One charge as the ledger sees it on the as-of date.
public struct ChargeLine: Sendable, Hashable {
  /// The position of the charge in `claim.charges`.
  public let chargeIndex: Int
  /// The charge itself.
  public let charge: Charge
  /// The due date: the charge's `dueDate`, else its date plus `terms.netDays`.
  public let dueDate: CivilDate
  /// Days from the due date to the as-of date; 0 when not yet past due.
  public let daysPastDue: Int
  /// The amount invoiced.
  public let original: Money
  /// Payments and credits applied to this charge, in the order they were applied.
  public let allocations: [Allocation]
  /// The sum of `allocations`.
  public let paid: Money
  /// `original - paid`.
  public let unpaidPrincipal: Money
  /// The late fee (zero when none applies).
  public let lateFee: Money
  /// The interest and how it accrued.
  public let interest: InterestAccrual
  /// What is still open on this charge: `unpaidPrincipal + lateFee + interest.amount`.
  public let openAmount: Money
  /// The charge's status on the as-of date.
  public let status: ChargeStatus
}
