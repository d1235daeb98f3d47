import SettleTestSupport
import Testing
@testable import SettleModel

@Suite("Money: strict claim-file parsing")
struct MoneyParsingTests {
  @Test(
    "accepted forms",
    arguments: [
      ("1250.00", Int64(125_000)), ("75", 7_500), ("0.5", 50), ("0", 0), ("0.00", 0), ("1250.5", 125_050),
      ("007", 700), ("92233720368547758.07", Int64.max),
    ])
  func accepted(text: String, minorUnits: Int64) throws {
    let money = try Money.parse(text, currency: .usd).get()
    #expect(money.minorUnits == minorUnits)
    #expect(money.currency == .usd)
  }

  @Test(
    "refused forms name the reason",
    arguments: [
      ("", AmountError.empty),
      ("75.", .missingFractionDigits),
      (".5", .missingWholeDigits),
      ("12.345", .tooManyFractionDigits(found: 3, currency: .usd)),
      ("-3.00", .sign),
      ("+3", .sign),
      ("1,250.00", .grouping(",")),
      ("1e3", .exponent),
      (" 12", .whitespace),
      ("12 ", .whitespace),
      ("1 250", .grouping(" ")),
      ("$12", .unexpectedCharacter("$")),
      ("1.2.3", .multiplePoints),
      ("92233720368547758.08", .outOfRange),
      ("١٢", .unexpectedCharacter("١")),
    ])
  func refused(text: String, error: AmountError) {
    #expect(Money.parse(text, currency: .usd) == .failure(error))
  }

  @Test("the error explains a too-precise amount")
  func explanation() {
    guard case .failure(let error) = Money.parse("12.345", currency: .usd) else {
      Issue.record("12.345 USD was accepted")
      return
    }
    #expect(error.description == "USD amounts have at most 2 decimals; found 3")
    guard case .failure(let yen) = Money.parse("12.5", currency: .jpy) else {
      Issue.record("12.5 JPY was accepted")
      return
    }
    #expect(yen.description.contains("JPY has no minor unit"))
  }

  @Test("JPY and KWD exponents")
  func exponents() throws {
    #expect(try Money.parse("1180", currency: .jpy).get().minorUnits == 1180)
    #expect(try Money.parse("1.5", currency: .kwd).get().minorUnits == 1500)
    #expect(try Money.parse("1.234", currency: .kwd).get().minorUnits == 1234)
    #expect(Money.parse("1.2345", currency: .kwd) == .failure(.tooManyFractionDigits(found: 4, currency: .kwd)))
  }

  @Test("description is the plain decimal form with the currency's digits")
  func description() {
    #expect(Money(minorUnits: 125_000, currency: .usd).description == "1250.00")
    #expect(Money(minorUnits: 5, currency: .usd).description == "0.05")
    #expect(Money(minorUnits: -5, currency: .usd).description == "-0.05")
    #expect(Money(minorUnits: 1250, currency: .jpy).description == "1250")
    #expect(Money(minorUnits: 1250, currency: .kwd).description == "1.250")
    #expect(Money(minorUnits: Int64.min, currency: .usd).description == "-92233720368547758.08")
  }

  @Test("description round-trips through the parser for random amounts")
  func roundTrip() throws {
    var generator = SplitMix64(seed: 42)
    for currency in [Currency.usd, .jpy, .kwd, Currency(code: "CLF")!] {
      for _ in 0..<2000 {
        let value = Int64.random(in: 0...Int64.max, using: &generator) >> Int64.random(in: 0...62, using: &generator)
        let money = Money(minorUnits: value, currency: currency)
        #expect(try Money.parse(money.description, currency: currency).get() == money)
      }
    }
  }

  @Test("arithmetic is checked and never mixes currencies")
  func arithmetic() throws {
    let a = Money(minorUnits: 150, currency: .usd)
    let b = Money(minorUnits: 275, currency: .usd)
    #expect(try a.adding(b).minorUnits == 425)
    #expect(try a.subtracting(b).minorUnits == -125)
    #expect(try a.multiplied(by: 3).minorUnits == 450)
    #expect(throws: MoneyError.overflow) { try Money(minorUnits: .max, currency: .usd).adding(a) }
    #expect(throws: MoneyError.overflow) { try Money(minorUnits: .min, currency: .usd).subtracting(a) }
    #expect(throws: MoneyError.overflow) { try Money(minorUnits: .max / 2, currency: .usd).multiplied(by: 3) }
    #expect(throws: MoneyError.overflow) { try Money(minorUnits: .min, currency: .usd).negated() }
    #expect(throws: MoneyError.currencyMismatch(.usd, .eur)) { try a.adding(Money(minorUnits: 1, currency: .eur)) }
    #expect(try Money.sum([a, b, a], currency: .usd).minorUnits == 575)
    // 10^15 minor units, many times over, stays exact.
    let big = Money(minorUnits: 1_000_000_000_000_000, currency: .usd)
    #expect(try big.multiplied(by: 9000).minorUnits == 9_000_000_000_000_000_000)
  }
}
