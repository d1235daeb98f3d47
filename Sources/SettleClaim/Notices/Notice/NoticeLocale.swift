import SettleModel

/// How a notice writes money and dates: a locale's conventions (the wording stays English).
public struct NoticeLocale: Sendable, Equatable {
  /// The BCP 47 identifier, e.g. `en-US`.
  public let identifier: String
  /// How money and dates are written.
  public let formatting: TemplateFormatting

  /// United States English: `$1,234.56`, `July 15, 2026` (the default).
  public static let enUS = NoticeLocale(
    identifier: "en-US", formatting: TemplateFormatting(money: .enUS, dateStyle: .monthDayYear))

  /// The conventions for `identifier` (`en-US`, `en-GB`, `de-DE`, `fr-FR`, `es-ES`, `he-IL`, `ar`), or
  /// nil for a locale that is not built in. Dates are written `15 July 2026` outside the US.
  public init?(identifier: String) {
    guard let money = MoneyFormat.named(identifier) else { return nil }
    let normalized = identifier.replacingOccurrences(of: "_", with: "-").lowercased()
    let isUS = normalized == "en-us" || normalized == "en"
    self.init(
      identifier: identifier,
      formatting: TemplateFormatting(money: money, dateStyle: isUS ? .monthDayYear : .dayMonthYear))
  }

  private init(identifier: String, formatting: TemplateFormatting) {
    self.identifier = identifier
    self.formatting = formatting
  }

  /// The currency marks notices write next to amounts in `currency`: the format's marker, and
  /// the ISO code written before the number by the `| code` filter.
  func currencyMarkers(for currency: Currency) -> [CurrencyMarker] {
    var markers = [CurrencyMarker(currency.code, isBeforeAmount: true)]
    let symbol = formatting.money.currencyDisplay == .isoCode ? currency.code : currency.symbol
    switch formatting.money.symbolPlacement {
    case .beforeNumber where symbol != currency.code: markers.append(CurrencyMarker(symbol, isBeforeAmount: true))
    case .afterNumber: markers.append(CurrencyMarker(symbol, isBeforeAmount: false))
    default: break
    }
    return markers
  }
}
