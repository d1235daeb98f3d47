import Foundation
import Testing

@testable import SettleClaim

/// One mutation of the US retailer example per error kind: `settle check` exits 1, names the
/// file, line and JSON path, and writes nothing.
@Suite("settle check: one test per error kind")
struct CheckErrorKindTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let kind: DiagnosticKind
    let old: String
    let new: String
    let path: String
    var testDescription: String { kind.rawValue }
  }

  static let cases: [Case] = [
    Case(kind: .malformedJSON, old: "\"id\": \"CLM-2026-0042\",", new: "\"id\": \"CLM-2026-0042\"", path: ""),
    Case(kind: .missingSchema, old: "\"schema\": \"settle.claim/1\",", new: "", path: "$"),
    Case(kind: .unsupportedSchema, old: "\"settle.claim/1\"", new: "\"settle.claim/9\"", path: "$.schema"),
    Case(
      kind: .numberForAmount, old: "\"amount\": \"1250.00\"", new: "\"amount\": 1250.0", path: "$.charges[0].amount"),
    Case(
      kind: .tooManyDecimals, old: "\"amount\": \"415.25\"", new: "\"amount\": \"415.255\"", path: "$.charges[2].amount"
    ),
    Case(kind: .invalidAmount, old: "\"amount\": \"415.25\"", new: "\"amount\": \"415.\"", path: "$.charges[2].amount"),
    Case(
      kind: .currencyMismatch, old: "\"amount\": \"75.00\"", new: "\"amount\": \"€75.00\"", path: "$.credits[0].amount"),
    Case(kind: .unknownCurrency, old: "\"currency\": \"USD\"", new: "\"currency\": \"DOLLARS\"", path: "$.currency"),
    Case(
      kind: .unknownField, old: "\"dueDate\": \"2026-06-03\"", new: "\"due\": \"2026-06-03\"", path: "$.charges[0].due"),
    Case(kind: .missingField, old: "\"method\": \"check\", ", new: "", path: "$.payments[0]"),
    Case(kind: .wrongType, old: "\"creditHold\": true", new: "\"creditHold\": \"yes\"", path: "$.intent.creditHold"),
    Case(
      kind: .invalidDate, old: "\"date\": \"2026-06-02\"", new: "\"date\": \"2026-06-31\"", path: "$.charges[1].date"),
    Case(
      kind: .invalidInstant, old: "\"at\": \"2026-09-03T10:30:00-07:00\"", new: "\"at\": \"2026-09-03T25:30:00-07:00\"",
      path: "$.events[1].at"),
    Case(kind: .invalidValue, old: "\"kind\": \"callLogged\"", new: "\"kind\": \"call\"", path: "$.events[1].kind"),
    Case(
      kind: .invalidRate, old: "\"annualPercent\": \"12\"", new: "\"annualPercent\": \"twelve\"",
      path: "$.terms.interest.annualPercent"),
    Case(kind: .invalidCount, old: "\"netDays\": 30", new: "\"netDays\": -30", path: "$.terms.netDays"),
    Case(
      kind: .nonPositiveAmount, old: "\"amount\": \"300.00\"", new: "\"amount\": \"0\"", path: "$.payments[1].amount"),
    Case(kind: .duplicateChargeID, old: "\"id\": \"INV-1003\"", new: "\"id\": \"INV-1002\"", path: "$.charges[2].id"),
    Case(
      kind: .unknownChargeReference, old: "\"appliesTo\": \"INV-1002\"", new: "\"appliesTo\": \"INV-2002\"",
      path: "$.credits[0].appliesTo"),
    Case(
      kind: .dueDateBeforeDate, old: "\"dueDate\": \"2026-08-05\"", new: "\"dueDate\": \"2026-07-05\"",
      path: "$.charges[2].dueDate"),
    Case(
      kind: .fileMissing, old: "\"invoices/INV-1002.pdf\"", new: "\"invoices/INV-9999.pdf\"",
      path: "$.charges[1].invoice"),
    Case(kind: .fileUnreadable, old: "\"invoices/INV-1002.pdf\"", new: "\"invoices\"", path: "$.charges[1].invoice"),
    Case(kind: .fileUnsupportedType, old: "\"signed-order.pdf\"", new: "\"claim.json\"", path: "$.exhibits[0].file"),
    Case(
      kind: .fileOutsideFolder, old: "\"signed-order.pdf\"", new: "\"../mueller-cafe/rechnungen/RE-2026-118.pdf\"",
      path: "$.exhibits[0].file"),
  ]

  @Test(arguments: cases)
  func exitsWith1NamingFileAndPath(_ c: Case) throws {
    let temp = try TemporaryClaim()
    defer { temp.remove() }
    if c.kind == .fileOutsideFolder {
      try FileManager.default.createDirectory(
        atPath: temp.folder + "/../mueller-cafe/rechnungen", withIntermediateDirectories: true)
      try Data(contentsOf: URL(fileURLWithPath: temp.folder + "/signed-order.pdf")).write(
        to: URL(fileURLWithPath: temp.folder + "/../mueller-cafe/rechnungen/RE-2026-118.pdf"))
    }
    defer {
      if c.kind == .fileOutsideFolder { try? FileManager.default.removeItem(atPath: temp.folder + "/../mueller-cafe") }
    }
    try temp.replace(c.old, with: c.new)
    let before = try FileManager.default.contentsOfDirectory(atPath: temp.folder).sorted()
    let text = try temp.text()
    let run = settle(["check", temp.claim, "--as-of", "2026-11-22"])
    #expect(run.code == 1)
    #expect(run.out.isEmpty)
    let line = run.err.split(separator: "\n").first { $0.hasPrefix(temp.claim + ":") && $0.contains(": error: ") }
    #expect(line != nil, "stderr: \(run.err)")
    if !c.path.isEmpty { #expect(run.err.contains(": error: \(c.path): "), "stderr: \(run.err)") }
    let json = settle(["check", temp.claim, "--json", "--as-of", "2026-11-22"])
    #expect(json.code == 1)
    let doc = try JSONParser.parse(json.out)
    guard case .array(let diagnostics)? = doc["diagnostics"]?.value else {
      Issue.record("no diagnostics")
      return
    }
    #expect(diagnostics.contains { $0["code"]?.value == .string(c.kind.rawValue) }, "\(json.out)")
    if c.kind == .fileOutsideFolder {
      #expect(settle(["check", temp.claim, "--allow-outside", "--as-of", "2026-11-22"]).code == 0)
    }
    // Nothing written: same files, same claim text.
    #expect(try FileManager.default.contentsOfDirectory(atPath: temp.folder).sorted() == before)
    #expect(try temp.text() == text)
  }

  @Test func encryptedAndTruncatedInvoices() throws {
    let temp = try TemporaryClaim()
    defer { temp.remove() }
    let pdf = try String(contentsOfFile: temp.folder + "/invoices/INV-1001.pdf", encoding: .isoLatin1)
    try pdf.replacingOccurrences(of: "/Root 1 0 R", with: "/Root 1 0 R /Encrypt 9 0 R").write(
      toFile: temp.folder + "/invoices/INV-1001.pdf", atomically: false, encoding: .isoLatin1)
    try String(pdf.prefix(300)).write(
      toFile: temp.folder + "/invoices/INV-1002.pdf", atomically: false, encoding: .isoLatin1)
    let run = settle(["check", temp.claim, "--json", "--as-of", "2026-11-22"])
    #expect(run.code == 1)
    let doc = try JSONParser.parse(run.out)
    guard case .array(let diagnostics)? = doc["diagnostics"]?.value else { return }
    let codes = diagnostics.compactMap { d -> String? in
      if case .string(let s)? = d["code"]?.value { return s } else { return nil }
    }
    #expect(codes == ["fileEncrypted", "fileTruncated"])
  }

  @Test func warningsAloneExitWith0() throws {
    let temp = try TemporaryClaim()
    defer { temp.remove() }
    try temp.replace("\"jurisdiction\": \"US-CA\"", with: "\"jurisdiction\": \"US-TX\"")
    let run = settle(["check", temp.claim, "--as-of", "2026-11-22"])
    #expect(run.code == 0)
    #expect(run.out.contains("Total due:"))
    #expect(run.err.contains("warning: $.declarant: a Texas unsworn declaration"))
    #expect(run.err.contains("0 errors, 1 warning"))
  }
}
