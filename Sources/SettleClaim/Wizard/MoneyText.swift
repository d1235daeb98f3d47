import SettleModel

/// Amounts as the wizard shows them: grouped digits and the ISO code, `1,250.00 USD`, the same
/// plain form `settle check` prints.
enum MoneyText {
  static let format = MoneyFormat(decimalSeparator: ".", groupingSeparator: ",", symbolPlacement: .none)

  /// `1,250.00 USD`; negative amounts get a leading `-`.
  static func plain(_ money: Money) -> String { format.string(for: money) + " " + money.currency.code }

  /// The amount without its sign (a credit balance is shown with words, not a minus).
  static func magnitude(_ money: Money) -> Money {
    money.isNegative ? ((try? money.negated()) ?? money) : money
  }
}
