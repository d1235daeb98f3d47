/// A period of lateness for aging an account, by days past the due date.
public enum AgingBucket: Int, Sendable, Hashable, CaseIterable, CustomStringConvertible {
  /// Not yet past due (0 days or fewer).
  case current
  /// 1 to 30 days past due.
  case days1To30
  /// 31 to 60 days past due.
  case days31To60
  /// 61 to 90 days past due.
  case days61To90
  /// More than 90 days past due.
  case over90

  /// The bucket for a number of days past due.
  public init(daysPastDue: Int) {
    switch daysPastDue {
    case ...0: self = .current
    case 1...30: self = .days1To30
    case 31...60: self = .days31To60
    case 61...90: self = .days61To90
    default: self = .over90
    }
  }

  /// The heading used in statements: "Current", "1–30", "31–60", "61–90", "90+".
  public var description: String {
    switch self {
    case .current: return "Current"
    case .days1To30: return "1–30"
    case .days31To60: return "31–60"
    case .days61To90: return "61–90"
    case .over90: return "90+"
    }
  }
}

/// Open amounts grouped by how long past due each charge is on the as-of date (aged by due date).
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

  /// The sum of all buckets: the ledger's open balance (already checked against overflow).
  public var total: Money {
    Money(minorUnits: minorUnits.reduce(0) { $0 &+ $1 }, currency: currency)
  }
}
