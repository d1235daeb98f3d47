import Testing
@testable import SettleModel

@Suite("CivilDate")
struct CivilDateTests {
  @Test(
    "strict parse rejections",
    arguments: [
      "2026-02-30", "2025-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "0000-01-01",
      "2026-2-03", "2026-02-3", "26-02-03", "2026/02/03", " 2026-02-03", "2026-02-03 ", "2026-02-03T00:00:00Z",
      "２０２６-02-03", "+2026-02-03", "2026-0a-03", "", "20260203",
    ])
  func rejected(text: String) {
    #expect(throws: DateError.self) { try CivilDate(parsing: text) }
  }

  @Test("error messages are specific")
  func errors() {
    #expect(CivilDate.parse("2026-02-30") == .failure(.invalidDay(year: 2026, month: 2, day: 30)))
    #expect(CivilDate.parse("2026-13-01") == .failure(.invalidMonth(13)))
    #expect(CivilDate.parse("2026/02/03") == .failure(.malformedDate("2026/02/03")))
    #expect(
      DateError.invalidDay(year: 2026, month: 2, day: 30).description == "February 2026 has no day 30 (it has 28 days)")
  }

  @Test("leap years")
  func leapYears() throws {
    #expect(CivilDate.isLeapYear(2024))
    #expect(CivilDate.isLeapYear(2000))
    #expect(!CivilDate.isLeapYear(1900))
    #expect(!CivilDate.isLeapYear(2100))
    #expect(!CivilDate.isLeapYear(2026))
    #expect(try CivilDate(parsing: "2024-02-29").day == 29)
    #expect(try CivilDate(parsing: "2000-02-29").adding(days: 1) == CivilDate(parsing: "2000-03-01"))
    #expect(try CivilDate(parsing: "2100-02-28").adding(days: 1) == CivilDate(parsing: "2100-03-01"))
  }

  @Test("days since the epoch match known values")
  func epochDays() throws {
    #expect(try CivilDate(parsing: "1970-01-01").daysSinceEpoch == 0)
    #expect(try CivilDate(parsing: "2026-11-22").daysSinceEpoch == 20_779)
    #expect(try CivilDate(parsing: "2000-03-01").daysSinceEpoch == 11_017)
    #expect(try CivilDate(parsing: "0001-01-01").daysSinceEpoch == -719_162)
    #expect(try CivilDate(parsing: "9999-12-31").daysSinceEpoch == 2_932_896)
    #expect(CivilDate(daysSinceEpoch: -1).description == "1969-12-31")
  }

  /// 1600 through 2400 covers two full 400-year Gregorian cycles, every century rule included.
  @Test("day numbering agrees with stepping day by day from 1600-01-01 to 2400-12-31")
  func walk() throws {
    var date = try CivilDate(year: 1600, month: 1, day: 1)
    var days = date.daysSinceEpoch
    #expect(days == -135_140)
    while date.year <= 2400 {
      #expect(CivilDate(daysSinceEpoch: days) == date)
      // Next day by hand.
      if date.day < CivilDate.daysInMonth(year: date.year, month: date.month) {
        date = try CivilDate(year: date.year, month: date.month, day: date.day + 1)
      } else if date.month < 12 {
        date = try CivilDate(year: date.year, month: date.month + 1, day: 1)
      } else if date.year < 2400 {
        date = try CivilDate(year: date.year + 1, month: 1, day: 1)
      } else {
        break
      }
      days += 1
      if date.daysSinceEpoch != days {
        Issue.record("day number of \(date) is \(date.daysSinceEpoch), expected \(days)")
        return
      }
    }
    #expect(days == 157_419)  // 2400-12-31
  }

  @Test("month arithmetic clamps to the month's end, anchored to the original day")
  func months() throws {
    let jan31 = try CivilDate(parsing: "2026-01-31")
    #expect(jan31.adding(months: 1, anchorDay: 31).description == "2026-02-28")
    #expect(jan31.adding(months: 2, anchorDay: 31).description == "2026-03-31")
    #expect(jan31.adding(months: 3, anchorDay: 31).description == "2026-04-30")
    // The chain Jan 31 → Feb 29 → Mar 31 in a leap year, stepping from the clamped date.
    let leap = try CivilDate(parsing: "2024-01-31")
    let feb = leap.adding(months: 1, anchorDay: 31)
    #expect(feb.description == "2024-02-29")
    #expect(feb.adding(months: 1, anchorDay: 31).description == "2024-03-31")
    // Without the anchor the clamped day sticks.
    #expect(feb.adding(months: 1).description == "2024-03-29")
    #expect(jan31.adding(months: -2).description == "2025-11-30")
    #expect(jan31.adding(months: -13).description == "2024-12-31")
    #expect(jan31.adding(months: 11).description == "2026-12-31")
    #expect(jan31.adding(months: 12).description == "2027-01-31")
  }

  @Test("weekday, comparison, differences")
  func misc() throws {
    #expect(try CivilDate(parsing: "1970-01-01").weekday == .thursday)
    #expect(try CivilDate(parsing: "2000-01-01").weekday == .saturday)
    #expect(try CivilDate(parsing: "2026-11-22").weekday == .sunday)
    #expect(try CivilDate(parsing: "1969-12-29").weekday == .monday)
    #expect(try CivilDate(parsing: "2026-11-22").weekday.isWeekend)
    let a = try CivilDate(parsing: "2026-01-31")
    let b = try CivilDate(parsing: "2026-03-02")
    #expect(a < b)
    #expect(b.days(since: a) == 30)
    #expect(a.days(since: b) == -30)
    #expect(try CivilDate(parsing: "2025-12-31") < CivilDate(parsing: "2026-01-01"))
  }

  @Test("formatting")
  func formatting() throws {
    let date = try CivilDate(parsing: "2026-06-01")
    #expect(date.formatted(.iso8601) == "2026-06-01")
    #expect(date.formatted(.dayMonthYear) == "1 June 2026")
    #expect(date.formatted(.monthDayYear) == "June 1, 2026")
    #expect(try CivilDate(parsing: "0042-12-25").description == "0042-12-25")
  }
}
