import SettleModel

/// Plain amount text for terminals: grouped digits and the ISO code, `1,250.00 USD`.
enum PlainMoney {
  static let format = MoneyFormat(decimalSeparator: ".", groupingSeparator: ",", symbolPlacement: .none)

  static func text(_ money: Money) -> String { format.string(for: money) + " " + money.currency.code }
}
