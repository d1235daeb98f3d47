import SettleTestSupport
import Testing
@testable import SettleModel

/// Parsers see untrusted text: random and mutated inputs must give a value or an error, never a
/// crash, and every accepted value must print back to a form the parser accepts again.
@Suite("Parsers: random and mutated input")
struct ParserRobustnessTests {
  static let alphabet: [Character] =
    Array("0123456789.,-+ eE$€£¥:TZtz'\u{00A0}\u{202F}()%/abcXYZ١٢\u{0}") + ["\u{1F4B0}"]
  static let seeds = [
    "1250.00", "$1,180.00", "1 180,00 €", "2026-07-15", "2026-07-15T10:00:00.5+02:00", "10.27", "1.234,56",
  ]

  static func randomText(_ generator: inout SplitMix64) -> String {
    if Bool.random(using: &generator) {
      let length = Int.random(in: 0...24, using: &generator)
      return String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }
    var text = Array(seeds[Int.random(in: 0..<seeds.count, using: &generator)])
    for _ in 0..<Int.random(in: 1...3, using: &generator) {
      let position = Int.random(in: 0...text.count, using: &generator)
      switch Int.random(in: 0...2, using: &generator) {
      case 0: text.insert(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)], at: position)
      case 1: if position < text.count { text.remove(at: position) }
      default:
        if position < text.count { text[position] = alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
      }
    }
    return String(text)
  }

  @Test("no input crashes a parser, and accepted values round-trip")
  func randomInput() throws {
    var generator = SplitMix64(seed: 0xF022)
    var accepted = 0
    for _ in 0..<8_000 {
      let text = Self.randomText(&generator)
      for currency in [Currency.usd, .jpy, .kwd] {
        if case .success(let money) = Money.parse(text, currency: currency) {
          accepted += 1
          #expect(Money.parse(money.description, currency: currency) == .success(money), "\(text)")
        }
        if case .success(let money) = Money.parseHumanInput(text, currency: currency) {
          accepted += 1
          #expect(money.minorUnits >= 0)
          #expect(Money.parse(money.description, currency: currency) == .success(money), "\(text)")
        }
      }
      if case .success(let rate) = Rate.parse(text) {
        #expect(Rate.parse(rate.description) == .success(rate))
      }
      if case .success(let date) = CivilDate.parse(text) {
        #expect(date.description == text)
      }
      if case .success(let instant) = Instant.parse(text) {
        #expect(Instant.parse(instant.description) == .success(instant))
      }
    }
    #expect(accepted > 400)
  }
}
