/// The status of a charge on the as-of date.
///
/// Decided on principal: `paid` when nothing of the principal is unpaid (a late fee or interest
/// may still be open: payments never reduce them); otherwise `overdue` when the as-of date is
/// after the due date, `partiallyPaid` when something was paid, else `open`.
public enum ChargeStatus: String, Sendable, Hashable, CaseIterable {
  /// The principal is fully paid or credited.
  case paid
  /// Part of the principal is paid and the charge is not yet past due.
  case partiallyPaid
  /// Nothing is paid and the charge is not yet past due.
  case open
  /// Principal is unpaid and the as-of date is after the due date.
  case overdue
}
