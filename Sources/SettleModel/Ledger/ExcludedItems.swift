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
