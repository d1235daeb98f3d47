import Testing
@testable import SettleModel

@Suite("Rate")
struct RateTests {
  @Test(
    "accepted forms",
    arguments: [
      ("12", Int64(12_000_000)), ("10.27", 10_270_000), ("0.5", 500_000), ("0", 0), ("1.123456", 1_123_456),
      ("12.0", 12_000_000), ("1000000", 1_000_000_000_000),
    ])
  func accepted(text: String, millionths: Int64) throws {
    #expect(try Rate.parse(text).get().millionthsOfPercent == millionths)
  }

  @Test(
    "refused forms",
    arguments: [
      ("", RateError.empty), ("12%", .percentSign), ("-1", .sign), ("1.1234567", .tooManyFractionDigits(7)),
      ("1000000.000001", .outOfRange), ("99999999", .outOfRange), (".5", .invalid(".5")), ("5.", .invalid("5.")),
      ("1,5", .invalid("1,5")), (" 5", .invalid(" 5")), ("1e2", .invalid("1e2")), ("1.2.3", .invalid("1.2.3")),
    ])
  func refused(text: String, error: RateError) {
    #expect(Rate.parse(text) == .failure(error))
  }

  @Test("description is the shortest exact form and equal values are equal")
  func description() throws {
    #expect(try Rate.parse("12").get().description == "12")
    #expect(try Rate.parse("10.270").get().description == "10.27")
    #expect(try Rate.parse("0.000001").get().description == "0.000001")
    #expect(try Rate.parse("7.05").get().description == "7.05")
    #expect(try Rate.parse("12").get() == Rate.parse("12.000").get())
    #expect(Rate(percent: 18) == (try Rate.parse("18").get()))
    #expect(try Rate.parse("1.5").get() < Rate.parse("1.75").get())
  }
}
