import Foundation
import SettleModel
import Testing

@testable import SettleCLI
@testable import SettleClaim

/// `settle check` on claims whose values decode but whose balance cannot be computed, or is not owed yet.
@Suite("settle check: ledger failures and charges not yet owed")
struct CheckLedgerTests {
  /// The `diagnostics` array of a `--json` run, as (code, severity, path) triples.
  private static func codes(_ output: String) throws -> [(code: String, severity: String, path: JSONValue?)] {
    let doc = try JSONParser.parse(output)
    guard case .array(let items)? = doc["diagnostics"]?.value else { return [] }
    return items.map { item in
      var code = ""
      var severity = ""
      if case .string(let c)? = item["code"]?.value { code = c }
      if case .string(let s)? = item["severity"]?.value { severity = s }
      return (code, severity, item["path"]?.value)
    }
  }

  @Test func overflowingBalanceIsALedgerFailureNotAnInvalidAmount() throws {
    let temp = try TemporaryClaim()
    defer { temp.remove() }
    // Each amount is valid on its own; together they exceed Int64 minor units.
    try temp.replace("\"amount\": \"1250.00\"", with: "\"amount\": \"90000000000000000.00\"")
    try temp.replace("\"amount\": \"860.50\"", with: "\"amount\": \"90000000000000000.00\"")
    let run = settle(["check", temp.claim, "--json", "--as-of", "2026-11-22"])
    #expect(run.code == 1)
    let codes = try Self.codes(run.out)
    #expect(codes.map(\.code) == ["ledgerFailure"], "\(run.out)")
    #expect(codes.first?.severity == "error")
    #expect(codes.first?.path == .null)
    #expect(!run.out.contains("invalidAmount"))
    let doc = try JSONParser.parse(run.out)
    #expect(doc["valid"]?.value == .bool(false))
    // The message is the ledger's reason, not a second "file: error:" prefix.
    #expect(run.out.contains("too large to compute exactly"))
    #expect(!run.out.contains("error: the"))

    let text = settle(["check", temp.claim, "--as-of", "2026-11-22"])
    #expect(text.code == 1)
    #expect(text.err.contains("\(temp.claim): error: the "), "\(text.err)")
    #expect(text.err.components(separatedBy: "error:").count == 2, "\(text.err)")
  }

  @Test func everyChargeAfterAsOfWarnsNoCharges() throws {
    let run = settle(["check", Paths.examples + "/us-retailer", "--json", "--as-of", "2026-01-01"])
    let codes = try Self.codes(run.out)
    let warning = try #require(codes.first { $0.code == "noCharges" }, "\(run.out)")
    #expect(warning.severity == "warning")
    #expect(warning.path == .string("$.charges"))
    #expect(run.out.contains("every charge is dated after the as-of date 2026-01-01"))

    let text = settle(["check", Paths.examples + "/us-retailer", "--as-of", "2026-01-01"])
    #expect(text.err.contains("warning: $.charges: every charge is dated after the as-of date 2026-01-01"))
  }

  @Test func aChargeOnTheAsOfDateIsOwed() throws {
    let claim = try #require(ClaimFile.load(Paths.examples + "/us-retailer").claim)
    let first = try #require(claim.charges.map(\.date).min())
    #expect(CheckCommand.noChargesYet(claim, file: "c", asOf: first) == nil)
    let dayBefore = first.adding(days: -1)
    let warning = try #require(CheckCommand.noChargesYet(claim, file: "c", asOf: dayBefore))
    #expect(warning.kind == .noCharges && warning.severity == .warning)
    #expect(warning.found == first.description)
    let examples = settle(["check", Paths.examples + "/us-retailer", "--json", "--as-of", "2026-11-22"])
    #expect(try Self.codes(examples.out).isEmpty)
  }
}
