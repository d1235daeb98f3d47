import Foundation
import SettleModel
import Testing

@testable import SettleClaim

@Suite("Wizard input: lines, typed amounts, typed paths")
struct WizardInputTests {
  /// A console reading `input` `chunk` bytes at a time.
  static func console(_ input: [UInt8], chunk: Int, echo: Bool = false, shown: @escaping ([UInt8]) -> Void = { _ in })
    -> StreamConsole
  {
    var rest = input[...]
    return StreamConsole(
      read: { count in
        let piece = Array(rest.prefix(min(count, chunk)))
        rest = rest.dropFirst(piece.count)
        return piece
      }, write: shown, echoesInput: echo)
  }

  @Test(
    "lines split at LF, CRLF loses its CR, a last line without a break counts, then the end",
    arguments: [1, 2, 3, 4096])
  func lineSplitting(_ chunk: Int) {
    let c = Self.console(Array("one\r\ntwo\n\nMüller\nlast".utf8), chunk: chunk)
    #expect(c.readLine() == Array("one".utf8))
    #expect(c.readLine() == Array("two".utf8))
    #expect(c.readLine() == [])
    #expect(c.readLine() == Array("Müller".utf8))
    #expect(c.readLine() == Array("last".utf8))
    #expect(c.readLine() == nil)
    #expect(c.readLine() == nil)
  }

  @Test("piped answers are echoed after their prompt; terminal answers are not")
  func echo() {
    var shown: [UInt8] = []
    let c = Self.console(Array("yes\n".utf8), chunk: 10, echo: true, shown: { shown += $0 })
    c.write("Sure? ")
    _ = c.readLine()
    #expect(String(decoding: shown, as: UTF8.self) == "Sure? yes\n")
    var quiet: [UInt8] = []
    let t = Self.console(Array("yes\n".utf8), chunk: 10, echo: false, shown: { quiet += $0 })
    _ = t.readLine()
    #expect(quiet.isEmpty)
  }

  @Test("an answer that is not UTF-8 is refused and asked again")
  func invalidUTF8() throws {
    var shown: [UInt8] = []
    // "Müller" in Latin-1, then in UTF-8.
    let input: [UInt8] = [0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72, 0x0A] + Array("Müller\n".utf8)
    let io = Interviewer(console: Self.console(input, chunk: 4096, shown: { shown += $0 }))
    let name = try io.ask("Name") { .success($0) as Result<String, AnswerProblem> }
    #expect(name == "Müller")
    #expect(String(decoding: shown, as: UTF8.self).contains("! that answer is not UTF-8 text"))
  }

  @Test("defaults are shown in brackets and taken by Enter; q leaves; yes/no in any case")
  func interviewer() throws {
    var shown: [UInt8] = []
    let io = Interviewer(console: Self.console(Array("\n  YES \nNo\nq\n".utf8), chunk: 4096, shown: { shown += $0 }))
    let days = try io.ask("Net days", default: "30") { .success($0) as Result<String, AnswerProblem> }
    #expect(days == "30")
    #expect(try io.askYesNo("Agreed?", default: false))
    #expect(try !io.askYesNo("Agreed?", default: true))
    #expect(throws: WizardStop.quit) { try io.ask("Anything") { .success($0) as Result<String, AnswerProblem> } }
    #expect(throws: WizardStop.endOfInput) { try io.ask("Anything") { .success($0) as Result<String, AnswerProblem> } }
    let text = String(decoding: shown, as: UTF8.self)
    #expect(text.hasPrefix("Net days [30]: Agreed? [n]: Agreed? [y]: Anything: "))
  }

  @Test(
    "amounts as people type them, per currency",
    arguments: [
      ("$1,180.00", Currency.usd, Int64(118_000)), ("1180", .usd, 118_000), ("1.180,00 $", .usd, 118_000),
      ("USD 12.5", .usd, 1250),
      ("1 180,00 €", .eur, 118_000), ("€1.180,50", .eur, 118_050), ("1.180,00 €", .eur, 118_000), ("12,5", .eur, 1250),
      ("¥1,180", .jpy, 1180), ("1180", .jpy, 1180),
      ("1180.500", .kwd, 1_180_500), ("KWD 0.125", .kwd, 125),
    ])
  func typedAmounts(_ text: String, _ currency: Currency, _ minor: Int64) throws {
    let money = try FieldCheck(currency: currency).amount(text, at: .root).get()
    #expect(money == Money(minorUnits: minor, currency: currency))
  }

  @Test(
    "refused amounts get settle check's words",
    arguments: [
      ("12.345", Currency.usd, "\"12.345\" has 3 decimals; USD allows at most 2"),
      ("12.5", .jpy, "\"12.5\" has 1 decimal; JPY has no minor unit, so amounts are whole numbers"),
      ("0.00", .usd, "\"0.00\" is zero; expected an amount greater than zero"),
      ("$0", .usd, "\"0.00\" is zero; expected an amount greater than zero"),
      ("-5", .usd, "\"-5\" is negative; amounts are positive (record refunds and write-offs as credits)"),
      ("€12", .usd, "\"€12\" is in EUR, but the claim's currency is USD; convert it and write digits only"),
      ("1,234", .kwd, "\"1,234\": \"1,234\" could be read two ways"),
      ("1e3", .usd, "exponent"),
    ])
  func refusedAmounts(_ text: String, _ currency: Currency, _ message: String) {
    guard case .failure(let problem) = FieldCheck(currency: currency).amount(text, at: .root) else {
      Issue.record("\(text) was accepted")
      return
    }
    #expect(problem.message.contains(message), "\(problem.message)")
  }

  @Test("rates may carry a percent sign; counts are whole numbers in range")
  func ratesAndCounts() throws {
    let check = FieldCheck(currency: .usd)
    #expect(try check.rate("12 %", at: .root).get() == Rate(percent: 12))
    #expect(try check.rate("1.5%", at: .root).get() == Rate(millionthsOfPercent: 1_500_000))
    #expect(throws: FieldProblem.self) { try check.rate("-1", at: .root).get() }
    #expect(try check.count(" 45 ", in: 0...3650, example: "30", at: .root).get() == 45)
    #expect(throws: FieldProblem.self) { try check.count("4000", in: 0...3650, example: "30", at: .root).get() }
    #expect(throws: FieldProblem.self) { try check.count("", in: 0...3650, example: "30", at: .root).get() }
    #expect(try check.currencyCode(" jpy ", at: .root).get() == .jpy)
  }

  @Test("a refused date is quoted once, not twice")
  func dateMessage() {
    guard case .failure(let problem) = FieldCheck(currency: nil).date("03/02/2026", at: .root) else {
      Issue.record("accepted")
      return
    }
    #expect(problem.message == "\"03/02/2026\" is not a date in the form YYYY-MM-DD, e.g. 2026-07-01")
    guard case .failure(let impossible) = FieldCheck(currency: nil).date("2026-02-30", at: .root) else {
      Issue.record("accepted")
      return
    }
    #expect(
      impossible.message.hasPrefix("\"2026-02-30\": February 2026 has no day 30"),
      "the value is kept when the reason does not repeat it")
  }

  @Test("paths as terminals give them: quotes, backslash escapes, file://, ~/")
  func typedPaths() {
    #expect(TypedPath.normalized("'My Invoice.pdf'", homeDirectory: nil) == "My Invoice.pdf")
    #expect(TypedPath.normalized("\"My Invoice.pdf\"", homeDirectory: nil) == "My Invoice.pdf")
    #expect(
      TypedPath.normalized("/scans/My\\ Invoice\\ \\(1\\).pdf", homeDirectory: nil) == "/scans/My Invoice (1).pdf")
    #expect(TypedPath.normalized("file:///scans/a.pdf", homeDirectory: nil) == "/scans/a.pdf")
    #expect(TypedPath.normalized("~/scans/a.pdf", homeDirectory: "/home/ann") == "/home/ann/scans/a.pdf")
    #expect(TypedPath.normalized("~/scans/a.pdf", homeDirectory: nil) == "~/scans/a.pdf")
    #expect(TypedPath.normalized("scans/a.pdf", homeDirectory: "/home/ann") == "scans/a.pdf")
  }

  @Test("a due date before the invoice date is refused in check's words")
  func dueDate() throws {
    let check = FieldCheck(currency: .usd)
    let date = try CivilDate(parsing: "2026-03-02")
    let path = JSONPath.root.appending("charges").appending(0).appending("dueDate")
    #expect(try check.dueDate("2026-03-02", of: date, at: path).get() == date)
    guard case .failure(let problem) = check.dueDate("2026-03-01", of: date, at: path) else {
      Issue.record("accepted")
      return
    }
    #expect(
      problem.message
        == "due date 2026-03-01 is before the charge's date 2026-03-02; a charge cannot fall due before it is made")
    #expect(problem.path == path)
  }
}
