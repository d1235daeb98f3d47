/// A `| filter` that changes how a value prints (or, for `count`, what it is).
///
/// Filters are checked at load time against the value's type; see `Templates/README.md`.
public enum TemplateFilter: String, Sendable, CaseIterable {
  /// Money as a plain decimal in the currency's minor digits: `1250.00`.
  case plain
  /// Money with the ISO 4217 code in front: `USD 1,250.00`.
  case code
  /// A date as ISO 8601: `2026-07-15`.
  case iso
  /// A date written out in the notice's locale: `July 15, 2026` (the default for dates).
  case long
  /// A whole number of days with its unit: `1 day`, `45 days`.
  case days
  /// The number of items in a list.
  case count
  /// Text in upper case.
  case upper

  /// The type this filter produces from `input`, or nil when it does not apply to `input`.
  func outputType(for input: TemplateType) -> TemplateType? {
    switch (self, input) {
    case (.plain, .money), (.code, .money): return .text
    case (.iso, .date), (.long, .date): return .text
    case (.days, .integer): return .text
    case (.count, .list): return .integer
    case (.upper, .text): return .text
    default: return nil
    }
  }
}
