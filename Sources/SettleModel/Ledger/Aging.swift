/// Open amounts grouped by how long past due each charge is on the as-of date (aged by due date).
///
/// The buckets sum to the open balance, the sum of every charge's open amount.
public struct Aging: Sendable, Hashable {
  /// The currency of the amounts.
  public let currency: Currency
  /// Minor units in each bucket, in ``AgingBucket`` order.
  let minorUnits: [Int64]

  /// Creates an aging from the open amounts per bucket (missing buckets are zero).
  public init(currency: Currency, amounts: [AgingBucket: Money]) {
    self.currency = currency
    self.minorUnits = AgingBucket.allCases.map { amounts[$0]?.minorUnits ?? 0 }
  }

  init(currency: Currency, minorUnits: [Int64]) {
    self.currency = currency
    self.minorUnits = minorUnits
  }

  /// The amount in `bucket`.
  public subscript(bucket: AgingBucket) -> Money {
    Money(minorUnits: minorUnits[bucket.rawValue], currency: currency)
  }

  /// Every bucket with its amount, in order from current to 90+.
  public var buckets: [(bucket: AgingBucket, amount: Money)] {
    AgingBucket.allCases.map { ($0, self[$0]) }
  }

  /// The open amounts past their due date: every bucket but ``AgingBucket/current``.
  public var pastDue: Money {
    Money(minorUnits: minorUnits.dropFirst().reduce(0) { $0 &+ $1 }, currency: currency)
  }

  /// The sum of all buckets: the ledger's open balance (already checked against overflow).
  public var total: Money {
    Money(minorUnits: minorUnits.reduce(0) { $0 &+ $1 }, currency: currency)
  }
}
