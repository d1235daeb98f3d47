import SettleTestSupport
import Testing
@testable import SettleModel

@Suite("Instant")
struct InstantTests {
  @Test("parse UTC, offsets and fractions")
  func parse() throws {
    let utc = try Instant(parsing: "2026-07-15T10:00:00Z")
    #expect(utc.secondsSinceEpoch == 1_784_109_600)
    #expect(utc.offsetMinutes == 0)
    let plusTwo = try Instant(parsing: "2026-07-15T12:00:00+02:00")
    #expect(plusTwo.secondsSinceEpoch == 1_784_109_600)
    #expect(plusTwo.offsetMinutes == 120)
    #expect(plusTwo.isSameMoment(as: utc))
    #expect(plusTwo != utc)
    let india = try Instant(parsing: "2026-07-15T15:30:00+05:30")
    #expect(india.isSameMoment(as: utc))
    let fraction = try Instant(parsing: "2026-07-15T10:00:00.25Z")
    #expect(fraction.nanoseconds == 250_000_000)
    #expect(try Instant(parsing: "2026-07-15T10:00:00.123456789Z").nanoseconds == 123_456_789)
    #expect(try Instant(parsing: "2026-07-15t10:00:00z") == utc)
    #expect(try Instant(parsing: "2026-07-15T10:00:00-00:00") == utc)
  }

  @Test("civil date and time in the instant's own offset")
  func civil() throws {
    let late = try Instant(parsing: "2026-07-15T23:30:00-05:00")
    #expect(late.civilDate.description == "2026-07-15")
    #expect(late.withOffset(minutes: 0).civilDate.description == "2026-07-16")
    #expect(late.timeOfDay == (23, 30, 0))
    let early = try Instant(parsing: "1969-12-31T23:59:59Z")
    #expect(early.secondsSinceEpoch == -1)
    #expect(early.civilDate.description == "1969-12-31")
    #expect(early.timeOfDay == (23, 59, 59))
  }

  @Test(
    "canonical formatting round-trips",
    arguments: [
      ("2026-07-15T10:00:00Z", "2026-07-15T10:00:00Z"),
      ("2026-07-15T12:00:00+02:00", "2026-07-15T12:00:00+02:00"),
      ("2026-07-15T10:00:00.250Z", "2026-07-15T10:00:00.25Z"),
      ("2026-07-15t10:00:00.000z", "2026-07-15T10:00:00Z"),
      ("2026-01-01T00:00:00-09:30", "2026-01-01T00:00:00-09:30"),
      ("1969-12-31T23:59:59.999999999+14:00", "1969-12-31T23:59:59.999999999+14:00"),
    ])
  func roundTrip(text: String, canonical: String) throws {
    let instant = try Instant(parsing: text)
    #expect(instant.description == canonical)
    #expect(try Instant(parsing: instant.description) == instant)
  }

  @Test("random instants round-trip")
  func randomRoundTrip() throws {
    var generator = SplitMix64(seed: 3339)
    for _ in 0..<3000 {
      let seconds = Int64.random(in: -62_135_596_800 + 86_400...253_402_214_400, using: &generator)
      let nanos = Bool.random(using: &generator) ? Int32.random(in: 0...999_999_999, using: &generator) : 0
      let offset = Int.random(in: -1439...1439, using: &generator)
      let instant = Instant(secondsSinceEpoch: seconds, nanoseconds: nanos, offsetMinutes: offset)
      #expect(try Instant(parsing: instant.description) == instant, "\(instant)")
    }
  }

  @Test(
    "strict rejections",
    arguments: [
      "2026-07-15T10:00:00", "2026-07-15 10:00:00Z", "2026-07-15T10:00Z", "2026-07-15T24:00:00Z",
      "2026-07-15T10:60:00Z",
      "2026-07-15T10:00:60Z", "2026-07-15T10:00:00+24:00", "2026-07-15T10:00:00+0200", "2026-07-15T10:00:00.Z",
      "2026-07-15T10:00:00.1234567890Z", "2026-02-30T10:00:00Z", "2026-07-15T10:00:00ZZ", "2026-07-15T1:00:00Z",
      "", "2026-07-15", "2026-07-15T10:00:00+02", "2026-07-15T10:00:00 Z",
    ])
  func rejected(text: String) {
    #expect(throws: DateError.self) { try Instant(parsing: text) }
  }

  @Test("ordering is by moment first")
  func ordering() throws {
    let a = try Instant(parsing: "2026-07-15T12:00:00+02:00")
    let b = try Instant(parsing: "2026-07-15T10:00:01Z")
    #expect(a < b)
    #expect(Instant(startOf: try CivilDate(parsing: "2026-07-15")).description == "2026-07-15T00:00:00Z")
  }
}
