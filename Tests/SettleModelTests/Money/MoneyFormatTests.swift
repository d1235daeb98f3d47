import Testing
@testable import SettleModel

@Suite("MoneyFormat")
struct MoneyFormatTests {
  let amount = Money(minorUnits: 123_456, currency: .usd)

  @Test("locale conventions")
  func conventions() {
    let eur = Money(minorUnits: 123_456, currency: .eur)
    #expect(MoneyFormat.enUS.string(for: amount) == "$1,234.56")
    #expect(MoneyFormat.enGB.string(for: Money(minorUnits: 123_456, currency: .gbp)) == "£1,234.56")
    #expect(MoneyFormat.deDE.string(for: eur) == "1.234,56\u{00A0}€")
    #expect(MoneyFormat.frFR.string(for: eur) == "1\u{202F}234,56\u{00A0}€")
    #expect(MoneyFormat.esES.string(for: eur) == "1234,56\u{00A0}€")
    #expect(MoneyFormat.esES.string(for: Money(minorUnits: 1_234_567, currency: .eur)) == "12.345,67\u{00A0}€")
    #expect(
      MoneyFormat.heIL.string(for: Money(minorUnits: 123_456, currency: Currency(code: "ILS")!)) == "1,234.56\u{00A0}₪")
    #expect(MoneyFormat.ar.string(for: Money(minorUnits: 1_234_567, currency: .kwd)) == "1,234.567\u{00A0}KWD")
  }

  @Test("signs, small and huge amounts, zero-digit currencies, code fallback")
  func edges() {
    #expect(MoneyFormat.enUS.string(for: Money(minorUnits: -123_456, currency: .usd)) == "-$1,234.56")
    #expect(MoneyFormat.deDE.string(for: Money(minorUnits: -5, currency: .eur)) == "-0,05\u{00A0}€")
    #expect(MoneyFormat.enUS.string(for: Money(minorUnits: 0, currency: .usd)) == "$0.00")
    #expect(MoneyFormat.enUS.string(for: Money(minorUnits: 999, currency: .usd)) == "$9.99")
    #expect(MoneyFormat.enUS.string(for: Money(minorUnits: 100_000, currency: .usd)) == "$1,000.00")
    #expect(MoneyFormat.enUS.string(for: Money(minorUnits: Int64.max, currency: .usd)) == "$92,233,720,368,547,758.07")
    #expect(MoneyFormat.enUS.string(for: Money(minorUnits: 1_234_567, currency: .jpy)) == "¥1,234,567")
    #expect(
      MoneyFormat.enUS.string(for: Money(minorUnits: 123_456, currency: Currency(code: "CHF")!))
        == "CHF\u{00A0}1,234.56")
    var codes = MoneyFormat.enUS
    codes.currencyDisplay = .isoCode
    codes.symbolPlacement = .afterNumber(separator: " ")
    #expect(codes.string(for: amount) == "1,234.56 USD")
    #expect(MoneyFormat.enUS.numberString(for: amount) == "1,234.56")
  }

  @Test("three- and four-digit currencies keep every minor digit")
  func minorDigits() throws {
    let clf = try #require(Currency(code: "CLF"))
    #expect(MoneyFormat.enUS.string(for: Money(minorUnits: 1_234_567, currency: .kwd)) == "KWD\u{00A0}1,234.567")
    #expect(MoneyFormat.deDE.string(for: Money(minorUnits: 5, currency: .kwd)) == "0,005\u{00A0}KWD")
    #expect(MoneyFormat.enUS.string(for: Money(minorUnits: 12_345, currency: clf)) == "CLF\u{00A0}1.2345")
    #expect(MoneyFormat.frFR.string(for: Money(minorUnits: 123_456_789, currency: .jpy)) == "123\u{202F}456\u{202F}789\u{00A0}¥")
  }

  @Test("lookup by locale identifier")
  func lookup() {
    #expect(MoneyFormat.named("de_DE") == .deDE)
    #expect(MoneyFormat.named("fr-FR") == .frFR)
    #expect(MoneyFormat.named("EN-us") == .enUS)
    #expect(MoneyFormat.named("xx-YY") == nil)
  }
}
