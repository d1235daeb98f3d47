import SettleModel

/// How a rendered template writes money and dates.
public struct TemplateFormatting: Sendable, Equatable {
  /// How amounts are written.
  public var money: MoneyFormat
  /// How dates are written by default (and with `| long`).
  public var dateStyle: CivilDate.Style

  /// Creates formatting conventions.
  public init(money: MoneyFormat, dateStyle: CivilDate.Style) {
    self.money = money
    self.dateStyle = dateStyle
  }

  /// `money` with its ISO code in front: `USD 1,250.00`.
  func codeString(for money: Money) -> String {
    (money.isNegative ? "-" : "") + money.currency.code + " " + self.money.numberString(for: money)
  }
}
