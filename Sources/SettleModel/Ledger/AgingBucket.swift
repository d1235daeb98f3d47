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
