import Foundation
import Testing

@testable import SettleCLI

/// Regressions found by the contract audit (`Tools/audit`), checked through the command line.
@Suite("Audit findings")
struct AuditFindingsTests {
  /// The keys of the pretty-printed members in `object`, in the order they appear.
  private func keys(of object: String) -> [String] {
    object.split(separator: "\n").compactMap { line -> String? in
      let trimmed = line.drop { $0 == " " }
      guard trimmed.hasPrefix("\""), let end = trimmed.dropFirst().firstIndex(of: "\"") else { return nil }
      return String(trimmed[trimmed.index(after: trimmed.startIndex)..<end])
    }
  }

  @Test func checkJSONKeepsTheDocumentedKeyOrderInEveryObject() throws {
    let run = settle(["check", Paths.examples + "/us-retailer", "--json", "--as-of", "2026-11-22"])
    #expect(run.code == 0)
    let charge = try #require(run.out.range(of: "      {\n        \"id\": \"INV-1001\""))
    let chargeEnd = try #require(run.out.range(of: "      }", range: charge.upperBound..<run.out.endIndex))
    #expect(
      keys(of: String(run.out[charge.lowerBound..<chargeEnd.lowerBound])) == [
        "id", "description", "date", "dueDate", "daysPastDue", "status", "amount", "paid", "unpaidPrincipal",
        "lateFee", "interest", "interestRate", "interestDays", "open",
      ])
    let totals = try #require(run.out.range(of: "\"totals\": {"))
    let totalsEnd = try #require(run.out.range(of: "}", range: totals.upperBound..<run.out.endIndex))
    #expect(
      keys(of: String(run.out[totals.upperBound..<totalsEnd.lowerBound])) == [
        "charges", "lateFees", "interest", "payments", "credits",
      ])
  }

  @Test func planInstallmentKeysFollowTheDocumentedOrder() throws {
    let claim = try TemporaryClaim()
    defer { claim.remove() }
    try claim.replace(
      "\"jurisdiction\": \"US-CA\"",
      with: "\"paymentPlan\": { \"installments\": 3, \"firstDue\": \"2026-12-01\", \"frequency\": \"monthly\" },\n"
        + "  \"jurisdiction\": \"US-CA\"")
    let run = settle(["check", claim.folder, "--json", "--as-of", "2026-11-22"])
    #expect(run.code == 0, "\(run.out)")
    let plan = try #require(run.out.range(of: "\"paymentPlan\": {"))
    let list = try #require(run.out.range(of: "\"installments\": [", range: plan.upperBound..<run.out.endIndex))
    let first = try #require(run.out.range(of: "{", range: list.upperBound..<run.out.endIndex))
    let firstEnd = try #require(run.out.range(of: "}", range: first.upperBound..<run.out.endIndex))
    #expect(
      keys(of: String(run.out[first.upperBound..<firstEnd.lowerBound])) == [
        "number", "dueDate", "amount", "paid", "status",
      ])
    #expect(keys(of: String(run.out[plan.upperBound...])).prefix(2) == ["frequency", "firstDue"])
  }

  @Test func aPlanThatCannotBeScheduledIsAnErrorAtItsPathAndClaimIsNull() throws {
    let claim = try TemporaryClaim()
    defer { claim.remove() }
    // The plan starts before any charge, so nothing was owed when it began.
    try claim.replace(
      "\"jurisdiction\": \"US-CA\"",
      with: "\"paymentPlan\": { \"installments\": 3, \"firstDue\": \"2026-01-15\", \"frequency\": \"weekly\" },\n"
        + "  \"jurisdiction\": \"US-CA\"")
    let run = settle(["check", claim.folder, "--json", "--as-of", "2026-11-22"])
    #expect(run.code == 1)
    #expect(run.out.contains("\"valid\": false"))
    #expect(run.out.contains("\"claim\": null"))
    #expect(run.out.contains("\"path\": \"$.paymentPlan\""))
    #expect(!run.out.contains("\"message\": \"" + claim.claim))
    let text = settle(["check", claim.folder, "--as-of", "2026-11-22"])
    #expect(text.code == 1)
    #expect(text.err.contains("$.paymentPlan"))
  }
}
