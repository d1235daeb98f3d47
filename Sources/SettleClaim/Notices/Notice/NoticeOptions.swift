import SettleModel

/// What a notice is made as of and how: the date, the locale, and the waived wording rules.
public struct NoticeOptions: Sendable {
  /// The date the notice is made as of ("today" for balances, aging and interest).
  public var asOf: CivilDate
  /// How money and dates are written.
  public var locale: NoticeLocale
  /// Wording rules the user waived (`--allow RULE`).
  public var allowedRules: Set<String>

  /// Creates options.
  public init(asOf: CivilDate, locale: NoticeLocale = .enUS, allowedRules: Set<String> = []) {
    self.asOf = asOf
    self.locale = locale
    self.allowedRules = allowedRules
  }
}
