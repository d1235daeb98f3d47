import Testing

@testable import SettleModel

/// `Money(parsing:currency:)` reads well-formed amounts in one pass over the bytes
/// (`plainMinorUnits`) and falls back to the scalar-by-scalar reader (`strictMinorUnits`) that
/// explains errors. The fast path must accept exactly what the slow one accepts, with the same value.
@Suite("Money parsing fast path")
struct MoneyFastParsingTests {
  static let currencies: [Currency] = [.jpy, .usd, .kwd, Currency(code: "CLF")].compactMap { $0 }

  static func strict(_ text: String, _ currency: Currency) -> Int64? {
    try? Money.strictMinorUnits(text, currency: currency)
  }

  @Test(
    "hand-picked amounts agree",
    arguments: [
      "0", "00", "7", "75", "75.", ".5", "1250.5", "1250.50", "1250.505", "12.3456", "12.34567", "0.00", "007.10",
      "1,250.00", "-3", "+3", "1e3", " 12", "12 ", "", ".", "1..2", "1.2.3", "１２", "12٫5",
      "9223372036854775807", "9223372036854775808", "92233720368547758.07", "92233720368547758.08",
      "922337203685477580.7", "99999999999999999999",
    ])
  func handPicked(_ text: String) {
    for currency in Self.currencies {
      #expect(Money.plainMinorUnits(text, fractionDigits: currency.minorUnitDigits) == Self.strict(text, currency))
    }
  }

  @Test("random strings over digits, point and sign agree")
  func randomStrings() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
    let alphabet = Array("0123456789.0123456789.-, e")
    for _ in 0..<5_000 {
      let length = Int(next() % 24)
      let text = String((0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] })
      for currency in Self.currencies {
        let fast = Money.plainMinorUnits(text, fractionDigits: currency.minorUnitDigits)
        #expect(fast == Self.strict(text, currency), "\(text) in \(currency)")
      }
    }
  }

  @Test("the public parser gives the fast path's value and the slow path's errors")
  func publicParser() throws {
    #expect(try Money(parsing: "1250.5", currency: .usd).minorUnits == 125_050)
    #expect(try Money(parsing: "1250", currency: .kwd).minorUnits == 1_250_000)
    #expect(throws: AmountError.tooManyFractionDigits(found: 3, currency: .usd)) {
      try Money(parsing: "12.345", currency: .usd)
    }
    #expect(throws: AmountError.missingFractionDigits) { try Money(parsing: "75.", currency: .usd) }
    #expect(throws: AmountError.outOfRange) { try Money(parsing: "99999999999999999999", currency: .jpy) }
  }
}
