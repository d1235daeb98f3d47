/// Computes a claim's account on a date, exactly as the contract's ledger rules say.
///
/// The rules, applied in this order:
/// 1. Charges, payments and credits dated after `asOf` are left out (see
///    ``LedgerResult/excluded``).
/// 2. A charge is due on its `dueDate`, else on its `date` plus `terms.netDays`.
/// 3. Payments and credits are applied in date order (payments before credits on the same date,
///    then file order): first to their `appliesTo` charge up to its unpaid principal, the rest to
///    the oldest unpaid charges (charge date, then due date, then file order). An `appliesTo`
///    naming no included charge is ignored and the whole amount goes oldest-first;
///    with duplicate charge ids (which claim validation should refuse) it names the first. What remains
///    after every charge is paid is ``LedgerResult/unappliedCredit``. Only principal is reduced.
///    An allocation takes effect on the later of the payment's date and the charge's date
///    (``Allocation/effectiveDate``): money cannot pay a charge before the charge exists.
/// 4. Late fee, once per charge: when `asOf` is after the due date and the allocations effective
///    on or before the due date left principal unpaid: the flat amount, or the percentage of the
///    original amount rounded half-up to minor units.
/// 5. Interest, simple: `annualPercent / 100 × principal × days / 365` summed over the stretches
///    from the due date to `asOf` in which the unpaid principal was constant (an allocation
///    effective on day d stops accrual on its part from day d). Computed exactly in 128-bit
///    integers and rounded half-up once per charge. None on fees; never compounded.
/// 6. `balance = charges + lateFees + interest - payments - credits`, each total being the sum of
///    the rounded lines.
///
/// All arithmetic is overflow-checked; amounts up to 10¹⁵ minor units never come near the limit.
public enum Ledger {
  /// Computes the account of `claim` on `asOf`.
  ///
  /// - Complexity: O(n log n) in the number of charges, payments and credits (one sort each;
  ///   oldest-first allocation walks a cursor, so it is linear overall).
  /// - Throws: ``LedgerError`` for an amount in another currency, a negative amount, or a figure
  ///   that does not fit in 64-bit minor units.
  public static func compute(_ claim: Claim, asOf: CivilDate) throws(LedgerError) -> LedgerResult {
    var computation = LedgerComputation(claim: claim, asOf: asOf)
    return try computation.run()
  }
}
