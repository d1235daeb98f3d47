import SettleModel
import Testing

@testable import SettleCLI

/// `ReportText` writes amounts, dates and numbers straight into bytes; each writer must give
/// exactly the text the string-based formatting (`PlainMoney.text`, `CivilDate.description`,
/// `String(Int)`) gives.
@Suite("check report text buffer")
struct ReportTextTests {
  static let currencies: [Currency] = [.jpy, .usd, .eur, .kwd, Currency(code: "CLF")].compactMap { $0 }

  static func written(_ write: (inout ReportText) -> Void) -> String {
    var text = ReportText()
    write(&text)
    return text.text
  }

  @Test("amounts equal PlainMoney.text")
  func amounts() {
    var values: [Int64] = [0, 1, -1, 9, 10, 99, 100, 999, 1_000, 1_001, 12_345, 99_999, 100_000, 1_000_000, -1_234_567]
    values += [999_999_999, 1_000_000_000, 123_456_789_012, .max, .min, .max - 1, .min + 1]
    var state: UInt64 = 12_345
    for _ in 0..<2_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      values.append(Int64(bitPattern: state) >> Int64(state % 60))
    }
    for currency in Self.currencies {
      for value in values {
        let money = Money(minorUnits: value, currency: currency)
        #expect(Self.written { $0.write(money) } == PlainMoney.text(money))
      }
    }
  }

  @Test("amounts in two currencies in a row use each one's code")
  func currencyChange() {
    let text = Self.written {
      $0.write(Money(minorUnits: 150, currency: .usd))
      $0.write(Money(minorUnits: 150, currency: .jpy))
    }
    #expect(text == "1.50 USD150 JPY")
  }

  @Test("numbers, dates and padding")
  func numbersDatesAndPadding() throws {
    for n in [0, 7, -7, 10, 12_345, Int.max, Int.min] {
      #expect(Self.written { $0.write(n) } == String(n))
    }
    let date = try CivilDate(parsing: "2025-01-31")
    #expect(Self.written { $0.write(date) } == "2025-01-31")
    #expect(Self.written { $0.write("1-30", paddedTo: 9) } == "1-30     ")
    #expect(Self.written { $0.write("current", paddedTo: 7) } == "current ")
    #expect(Self.written { $0.write("Zoë — Café") } == "Zoë — Café")
  }
}
