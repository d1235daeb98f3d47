import SettleModel

/// How Settle documents write amounts: a documented, locale-free choice.
///
/// Figures use en-US conventions: a comma between groups of three digits, a full stop before
/// exactly the currency's minor digits (JPY `12,000`, USD `1,180.00`, KWD `1,250.500`), and an
/// ASCII hyphen-minus for negative amounts (`-50.00`). In tables the currency is named once in
/// the column header; alone, an amount is preceded by its ISO 4217 code and a plain space
/// (`USD 1,180.00`), which reads the same for every currency and extracts cleanly from the PDF.
public enum AmountText {
  /// The amount without currency: `1,180.00`, `-50.00`.
  public static func figure(_ money: Money) -> String {
    (money.isNegative ? "-" : "") + MoneyFormat.enUS.numberString(for: money)
  }

  /// The amount with its currency code: `USD 1,180.00`, `USD -50.00`.
  public static func withCode(_ money: Money) -> String {
    money.currency.code + " " + figure(money)
  }
}
