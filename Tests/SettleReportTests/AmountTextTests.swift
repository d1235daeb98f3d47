import SettleModel
import SettleReport
import Testing

@Suite("Amount and date text")
struct AmountTextTests {
  @Test("figures keep exactly the currency's minor digits, grouped en-US style")
  func minorDigits() throws {
    let kwd = try #require(Currency(code: "KWD"))
    #expect(AmountText.figure(Money(minorUnits: 118_000, currency: .usd)) == "1,180.00")
    #expect(AmountText.figure(Money(minorUnits: 1_234_567, currency: .jpy)) == "1,234,567")
    #expect(AmountText.figure(Money(minorUnits: 1_250_500, currency: kwd)) == "1,250.500")
    #expect(AmountText.figure(Money(minorUnits: 5, currency: .usd)) == "0.05")
    #expect(AmountText.figure(Money(minorUnits: 0, currency: .jpy)) == "0")
  }

  @Test("negative amounts take an ASCII minus; alone they carry the ISO code")
  func signAndCode() {
    #expect(AmountText.figure(Money(minorUnits: -5_000, currency: .usd)) == "-50.00")
    #expect(AmountText.withCode(Money(minorUnits: -5_000, currency: .usd)) == "USD -50.00")
    #expect(AmountText.withCode(Money(minorUnits: 191_020, currency: .jpy)) == "JPY 191,020")
  }

  @Test("dates: ISO in tables, long American form in prose")
  func dates() throws {
    let date = try CivilDate(parsing: "2026-06-01")
    #expect(DateText.short(date) == "2026-06-01")
    #expect(DateText.long(date) == "June 1, 2026")
  }

  @Test("party blocks drop empty lines and address the contact")
  func partyBlocks() {
    let customer = Customer(
      businessName: "Müller Café", contactName: "José Peña", email: "", phone: "", address: ["1 Main St", " "], accountNumber: "1")
    let block = PartyBlock(customer: customer)
    #expect(block.allLines == ["Müller Café", "Attn: José Peña", "1 Main St"])
    let person = PartyBlock(customer: Customer(contactName: "Zoë", email: "", phone: "", address: [], accountNumber: "1"))
    #expect(person.allLines == ["Zoë"])
  }
}
