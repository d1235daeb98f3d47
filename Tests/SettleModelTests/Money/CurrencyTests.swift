import Testing
@testable import SettleModel

@Suite("Currency")
struct CurrencyTests {
  @Test(
    "ISO 4217 exponents",
    arguments: [
      ("USD", 2), ("EUR", 2), ("GBP", 2), ("JPY", 0), ("KRW", 0), ("VND", 0), ("CLP", 0), ("ISK", 0),
      ("XAF", 0), ("XOF", 0), ("XPF", 0), ("UYI", 0), ("BHD", 3), ("IQD", 3), ("JOD", 3), ("KWD", 3),
      ("LYD", 3), ("OMR", 3), ("TND", 3), ("CLF", 4), ("UYW", 4), ("ILS", 2), ("CHF", 2), ("ZWG", 2),
    ])
  func exponent(code: String, digits: Int) {
    #expect(Currency(code: code)?.minorUnitDigits == digits)
  }

  @Test(
    "unknown, lower-case and non-monetary codes are refused",
    arguments: ["XYZ", "usd", "US", "USDX", "", "XAU", "XDR", "XTS"])
  func unknown(code: String) {
    #expect(Currency(code: code) == nil)
  }

  @Test("the table is complete enough and consistent")
  func table() {
    let all = Currency.allKnown
    #expect(all.count >= 150)
    #expect(all.map(\.code) == all.map(\.code).sorted())
    #expect(all.allSatisfy { $0.code.count == 3 && $0.code.allSatisfy { $0.isUppercase } })
    #expect(all.filter { $0.minorUnitDigits == 0 }.count == 17)
    #expect(all.filter { $0.minorUnitDigits == 3 }.count == 7)
    #expect(all.filter { $0.minorUnitDigits == 4 }.count == 2)
  }

  @Test("symbols with code fallback")
  func symbols() {
    #expect(Currency.usd.symbol == "$")
    #expect(Currency.eur.symbol == "€")
    #expect(Currency.gbp.symbol == "£")
    #expect(Currency.jpy.symbol == "¥")
    #expect(Currency(code: "ILS")?.symbol == "₪")
    #expect(Currency(code: "CAD")?.symbol == "CA$")
    #expect(Currency(code: "CHF")?.symbol == "CHF")
    #expect(Currency(code: "CHF")?.hasSymbol == false)
    #expect(Currency.kwd.minorUnitsPerMajorUnit == 1000)
    #expect(Currency.jpy.minorUnitsPerMajorUnit == 1)
  }
}
