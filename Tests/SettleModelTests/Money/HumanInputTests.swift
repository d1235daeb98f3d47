import SettleTestSupport
import Testing
@testable import SettleModel

@Suite("Money: amounts as people type them")
struct HumanInputTests {
  @Test(
    "accepted USD input",
    arguments: [
      ("$1,180.00", Int64(118_000)), ("1180", 118_000), ("1 180,00", 118_000), ("USD 1180.5", 118_050),
      ("1.180,00 $", 118_000), ("  $ 12  ", 1200), ("12,5", 1250), ("1,180", 118_000), ("0.12", 12),
      ("$.50", 50), ("5.", 500), ("usd 7", 700), ("US$3", 300), ("1,000,000.01", 100_000_001), ("1,00,000", 10_000_000),
      ("1'234.50", 123_450), ("1\u{00A0}234,50", 123_450),
    ])
  func acceptedUSD(text: String, minorUnits: Int64) throws {
    #expect(try Money.parseHumanInput(text, currency: .usd).get().minorUnits == minorUnits)
  }

  @Test("accepted EUR, JPY and KWD input")
  func otherCurrencies() throws {
    #expect(try Money.parseHumanInput("1 180,00 €", currency: .eur).get().minorUnits == 118_000)
    #expect(try Money.parseHumanInput("1\u{202F}180,00\u{00A0}€", currency: .eur).get().minorUnits == 118_000)
    // With the currency written, "." before three digits groups thousands, as the doc comment says.
    #expect(try Money.parseHumanInput("€1.180", currency: .eur).get().minorUnits == 118_000)
    #expect(try Money.parseHumanInput("1.180 EUR", currency: .eur).get().minorUnits == 118_000)
    #expect(try Money.parseHumanInput("$1.180", currency: .usd).get().minorUnits == 118_000)
    // Without it, the same digits stay ambiguous.
    #expect(Money.parseHumanInput("1.180", currency: .eur) == .failure(.ambiguous("1.180")))
    #expect(Money.parseHumanInput("KWD 1.180", currency: .kwd) == .failure(.ambiguous("1.180")))
    #expect(try Money.parseHumanInput("€1.180,00", currency: .eur).get().minorUnits == 118_000)
    #expect(try Money.parseHumanInput("1.234.567,89 EUR", currency: .eur).get().minorUnits == 123_456_789)
    #expect(try Money.parseHumanInput("¥1,180", currency: .jpy).get().minorUnits == 1180)
    #expect(try Money.parseHumanInput("1.180", currency: .jpy).get().minorUnits == 1180)
    #expect(try Money.parseHumanInput("12.5", currency: .kwd).get().minorUnits == 12_500)
    #expect(try Money.parseHumanInput("1,234.500", currency: .kwd).get().minorUnits == 1_234_500)
    #expect(try Money.parseHumanInput("$20", currency: Currency(code: "CAD")!).get().minorUnits == 2000)
  }

  @Test(
    "refused input",
    arguments: [
      ("", AmountError.empty), ("   ", .empty), ("-$5", .sign), ("($5.00)", .sign),
      ("€12", .currencyMismatch(found: "EUR", expected: .usd)),
      ("12 GBP", .currencyMismatch(found: "GBP", expected: .usd)), ("12.345", .ambiguous("12.345")),
      ("12.3456", .tooManyFractionDigits(found: 4, currency: .usd)),
      ("1,23,4", .irregularGrouping), ("1,,234", .irregularGrouping), ("1.234.5", .irregularGrouping),
      ("1e3", .exponent),
      ("12abc", .unexpectedCharacter("a")), ("1,234.5.6", .multiplePoints), ("$", .empty),
    ])
  func refused(text: String, error: AmountError) {
    #expect(Money.parseHumanInput(text, currency: .usd) == .failure(error))
  }

  @Test("a single separator before three digits is ambiguous in three-decimal currencies")
  func ambiguous() {
    #expect(Money.parseHumanInput("1,234", currency: .kwd) == .failure(.ambiguous("1,234")))
    #expect(Money.parseHumanInput("12.5", currency: .jpy) == .failure(.tooManyFractionDigits(found: 1, currency: .jpy)))
  }

  @Test("everything the formatter writes reads back")
  func formatterRoundTrip() throws {
    var generator = SplitMix64(seed: 7)
    let formats: [MoneyFormat] = [.enUS, .enGB, .deDE, .frFR, .esES, .heIL]
    for currency in [Currency.usd, .eur, .gbp, .jpy, Currency(code: "ILS")!] {
      for _ in 0..<300 {
        let value =
          Int64.random(in: 0...99_999_999_999, using: &generator) >> Int64.random(in: 0...36, using: &generator)
        let money = Money(minorUnits: value, currency: currency)
        for format in formats {
          let text = format.string(for: money)
          let parsed = Money.parseHumanInput(text, currency: currency)
          // Three digits after a single separator are read as grouping (e.g. "1.234" JPY); the
          // only mismatch allowed is none.
          #expect(parsed == .success(money), "\(text) in \(currency.code)")
        }
      }
    }
  }
}
