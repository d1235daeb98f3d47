/// The part of one payment or credit applied to one charge's principal.
public struct Allocation: Sendable, Hashable {
  /// The payment or credit the money came from.
  public let source: AllocationSource
  /// The date of that payment or credit.
  public let sourceDate: CivilDate
  /// The day the allocation reduces the charge: the later of `sourceDate` and the charge's date.
  ///
  /// A payment made before a charge existed (a deposit, an overpayment) reduces that charge only
  /// from the charge's own date, so interest and late-fee tests see it from then.
  public let effectiveDate: CivilDate
  /// The amount applied.
  public let amount: Money
  /// Whether the source named this charge in `appliesTo` (otherwise it went oldest-first).
  public let isDirected: Bool

  /// Creates an allocation.
  public init(
    source: AllocationSource, sourceDate: CivilDate, effectiveDate: CivilDate, amount: Money, isDirected: Bool
  ) {
    self.source = source
    self.sourceDate = sourceDate
    self.effectiveDate = effectiveDate
    self.amount = amount
    self.isDirected = isDirected
  }
}
