import Foundation
import SettleModel
import Testing

@testable import SettleClaim

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Claim decoding and validation")
struct ClaimDecodingTests {
  /// The only diagnostic of `kind`, checked for its path and message fragment.
  func expectOne(
    _ loaded: LoadedClaim, _ kind: DiagnosticKind, path: String, contains fragment: String,
    severity: Diagnostic.Severity = .error,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let matching = loaded.diagnostics.filter { $0.kind == kind }
    #expect(
      matching.count == 1, "diagnostics: \(loaded.diagnostics.map(\.description))", sourceLocation: sourceLocation)
    guard let d = matching.first else { return }
    #expect(d.severity == severity, sourceLocation: sourceLocation)
    #expect(d.path?.description == path, sourceLocation: sourceLocation)
    #expect(d.message.contains(fragment), "message: \(d.message)", sourceLocation: sourceLocation)
    #expect(d.location != nil, sourceLocation: sourceLocation)
    #expect(d.description.hasPrefix(d.file + ":"), sourceLocation: sourceLocation)
    if severity == .error { #expect(loaded.claim == nil, sourceLocation: sourceLocation) }
  }

  @Test func validClaimDecodesWithoutProblems() throws {
    let fixture = try ClaimFixture()
    defer { fixture.remove() }
    let loaded = ClaimFile.load(fixture.claimPath)
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.description))")
    let claim = try #require(loaded.claim)
    #expect(claim.id == "CLM-1")
    #expect(claim.currency.code == "USD")
    #expect(claim.charges.map(\.id) == ["INV-1", "INV-2"])
    #expect(claim.charges[0].amount.minorUnits == 10_000)
    #expect(claim.charges[1].dueDate == nil)
    #expect(claim.payments[0].appliesTo == "INV-1")
    #expect(claim.credits[0].amount.minorUnits == 500)
    #expect(claim.terms.lateFee == .flat(Money(minorUnits: 2500, currency: claim.currency)))
    #expect(claim.terms.interest?.annualPercent.description == "12")
    #expect(claim.jurisdiction == .us)
    #expect(claim.intent == Intent())
  }

  @Test func loadsAFolderHoldingClaimJSON() throws {
    let fixture = try ClaimFixture()
    defer { fixture.remove() }
    #expect(ClaimFile.load(fixture.folder).claim != nil)
  }

  @Test func diagnosticPrintsLikeACompiler() throws {
    let loaded = try ClaimFixture.load(replacing: "\"amount\": \"100.00\"", with: "\"amount\": \"12.345\"")
    let d = try #require(loaded.errors.first)
    #expect(d.kind == .tooManyDecimals)
    #expect(
      d.description.hasSuffix(":11:104: error: $.charges[0].amount: \"12.345\" has 3 decimals; USD allows at most 2"))
  }

  @Test func malformedJSON() throws {
    let loaded = try ClaimFixture.load(replacing: "\"id\": \"CLM-1\",", with: "\"id\": \"CLM-1\" x")
    #expect(loaded.diagnostics.count == 1)
    let d = try #require(loaded.diagnostics.first)
    #expect(d.kind == .malformedJSON)
    #expect(d.location?.line == 3)
    #expect(d.message == "expected ',' or '}' after object member, found 'x'")
    #expect(loaded.claim == nil)
  }

  @Test func duplicateKeyIsMalformed() throws {
    let loaded = try ClaimFixture.load(replacing: "\"id\": \"CLM-1\",", with: "\"id\": \"CLM-1\", \"id\": \"CLM-2\",")
    #expect(loaded.diagnostics.first?.kind == .malformedJSON)
    #expect(loaded.diagnostics.first?.message.contains("duplicate key \"id\"") == true)
  }

  @Test func missingSchema() throws {
    let loaded = try ClaimFixture.load(replacing: "\"schema\": \"settle.claim/1\",", with: "")
    expectOne(loaded, .missingSchema, path: "$", contains: "missing \"schema\"")
  }

  @Test func wrongSchema() throws {
    let loaded = try ClaimFixture.load(replacing: "\"settle.claim/1\"", with: "\"settle.claim/2\"")
    expectOne(loaded, .unsupportedSchema, path: "$.schema", contains: "unsupported schema \"settle.claim/2\"")
  }

  @Test func numberAmount() throws {
    let loaded = try ClaimFixture.load(replacing: "\"amount\": \"40.00\"", with: "\"amount\": 40.5")
    expectOne(loaded, .numberForAmount, path: "$.payments[0].amount", contains: "write \"40.50\"")
  }

  @Test func tooManyDecimals() throws {
    let loaded = try ClaimFixture.load(replacing: "\"amount\": \"5.00\"", with: "\"amount\": \"5.001\"")
    expectOne(loaded, .tooManyDecimals, path: "$.credits[0].amount", contains: "has 3 decimals; USD allows at most 2")
  }

  @Test func unknownCurrency() throws {
    let loaded = try ClaimFixture.load(replacing: "\"currency\": \"USD\"", with: "\"currency\": \"usd\"")
    expectOne(loaded, .unknownCurrency, path: "$.currency", contains: "did you mean \"USD\"")
    let loaded2 = try ClaimFixture.load(replacing: "\"currency\": \"USD\"", with: "\"currency\": \"XYZ\"")
    expectOne(loaded2, .unknownCurrency, path: "$.currency", contains: "ISO 4217")
  }

  @Test func unknownFieldSuggestsTheNearestKey() throws {
    let loaded = try ClaimFixture.load(replacing: "\"dueDate\": \"2026-02-09\"", with: "\"duedate\": \"2026-02-09\"")
    expectOne(
      loaded, .unknownField, path: "$.charges[0].duedate",
      contains: "unknown field \"duedate\"; did you mean 'dueDate'?")
    let top = try ClaimFixture.load(replacing: "\"events\": []", with: "\"events\": [], \"notes\": \"x\"")
    expectOne(top, .unknownField, path: "$.notes", contains: "unknown field \"notes\"")
  }

  @Test func missingRequiredField() throws {
    let loaded = try ClaimFixture.load(replacing: "\"description\": \"Gadgets\", ", with: "")
    expectOne(loaded, .missingField, path: "$.charges[1]", contains: "missing required field \"description\"")
  }

  @Test func wrongType() throws {
    let loaded = try ClaimFixture.load(replacing: "\"address\": [\"1 Main St\"]", with: "\"address\": \"1 Main St\"")
    expectOne(
      loaded, .wrongType, path: "$.creditor.address",
      contains: "expected an array of address lines, found the string \"1 Main St\"")
    let count = try ClaimFixture.load(replacing: "\"netDays\": 30", with: "\"netDays\": \"30\"")
    expectOne(count, .wrongType, path: "$.terms.netDays", contains: "as a JSON number")
    let fraction = try ClaimFixture.load(replacing: "\"netDays\": 30", with: "\"netDays\": 30.5")
    expectOne(fraction, .invalidCount, path: "$.terms.netDays", contains: "whole number")
  }

  @Test func impossibleDate() throws {
    let loaded = try ClaimFixture.load(replacing: "\"date\": \"2026-03-01\"", with: "\"date\": \"2026-02-30\"")
    expectOne(loaded, .invalidDate, path: "$.payments[0].date", contains: "\"2026-02-30\"")
    let malformed = try ClaimFixture.load(replacing: "\"date\": \"2026-03-01\"", with: "\"date\": \"03/01/2026\"")
    expectOne(malformed, .invalidDate, path: "$.payments[0].date", contains: "YYYY-MM-DD")
  }

  @Test func badValueIsQuotedOnceInTheMessage() throws {
    let malformed = try ClaimFixture.load(replacing: "\"date\": \"2026-03-01\"", with: "\"date\": \"03/01/2026\"")
    let message = try #require(malformed.errors.first { $0.kind == .invalidDate }).message
    #expect(message == "\"03/01/2026\" is not a date in the form YYYY-MM-DD, e.g. 2026-07-01")
    #expect(message.components(separatedBy: "03/01/2026").count == 2)
    // A reason that does not name the value still gets it in front.
    let impossible = try ClaimFixture.load(replacing: "\"date\": \"2026-03-01\"", with: "\"date\": \"2026-02-30\"")
    let reason = try #require(impossible.errors.first { $0.kind == .invalidDate }).message
    #expect(reason == "\"2026-02-30\": February 2026 has no day 30 (it has 28 days)")
    #expect(ClaimDecoder.explaining("12x", RateError.invalid("12x")).hasPrefix("\"12x\" is not a decimal rate"))
    #expect(ClaimDecoder.explaining("12%", RateError.percentSign) == "\"12%\": \(RateError.percentSign)")
  }

  @Test func negativeAndZeroCharges() throws {
    let negative = try ClaimFixture.load(replacing: "\"amount\": \"50.00\"", with: "\"amount\": \"-50.00\"")
    expectOne(negative, .nonPositiveAmount, path: "$.charges[1].amount", contains: "is negative")
    let zero = try ClaimFixture.load(replacing: "\"amount\": \"50.00\"", with: "\"amount\": \"0.00\"")
    expectOne(zero, .nonPositiveAmount, path: "$.charges[1].amount", contains: "is zero")
  }

  @Test func invalidAmountText() throws {
    let loaded = try ClaimFixture.load(replacing: "\"amount\": \"50.00\"", with: "\"amount\": \"1,050.00\"")
    expectOne(loaded, .invalidAmount, path: "$.charges[1].amount", contains: "write \"1050.00\"")
  }

  @Test func paymentInAnotherCurrencyFormat() throws {
    let loaded = try ClaimFixture.load(replacing: "\"amount\": \"40.00\"", with: "\"amount\": \"€40,00\"")
    expectOne(
      loaded, .currencyMismatch, path: "$.payments[0].amount", contains: "is in EUR, but the claim's currency is USD")
  }

  @Test func duplicateChargeIDs() throws {
    let loaded = try ClaimFixture.load(replacing: "\"id\": \"INV-2\"", with: "\"id\": \"INV-1\"")
    expectOne(loaded, .duplicateChargeID, path: "$.charges[1].id", contains: "used twice (first at 11:12)")
  }

  @Test func appliesToNamingNoCharge() throws {
    let loaded = try ClaimFixture.load(replacing: "\"appliesTo\": \"INV-1\"", with: "\"appliesTo\": \"INV-9\"")
    expectOne(
      loaded, .unknownChargeReference, path: "$.payments[0].appliesTo",
      contains: "names no charge; did you mean 'INV-1'?")
  }

  @Test func badEventInstantAndKind() throws {
    let loaded = try ClaimFixture.load(
      replacing: "\"events\": []",
      with: "\"events\": [{\"at\": \"2026-07-15 10:00\", \"kind\": \"noticesent\", \"summary\": \"x\"}]")
    expectOne(loaded, .invalidInstant, path: "$.events[0].at", contains: "\"2026-07-15 10:00\"")
    expectOne(loaded, .invalidValue, path: "$.events[0].kind", contains: "did you mean 'noticeSent'?")
    let noOffset = try ClaimFixture.load(
      replacing: "\"events\": []",
      with: "\"events\": [{\"at\": \"2026-07-15T10:00:00\", \"kind\": \"note\", \"summary\": \"x\"}]")
    expectOne(noOffset, .invalidInstant, path: "$.events[0].at", contains: "2026-07-15T10:00:00")
  }

  @Test func dueDateBeforeDate() throws {
    let loaded = try ClaimFixture.load(replacing: "\"dueDate\": \"2026-02-09\"", with: "\"dueDate\": \"2026-01-09\"")
    expectOne(loaded, .dueDateBeforeDate, path: "$.charges[0].dueDate", contains: "before the charge's date 2026-01-10")
  }

  @Test func texasDeclarantWithoutAddressIsAWarning() throws {
    let loaded = try ClaimFixture.load(
      replacing: "\"events\": []",
      with: "\"events\": [], \"jurisdiction\": \"US-TX\", \"declarant\": {\"name\": \"Ann\", \"title\": \"Owner\"}")
    expectOne(
      loaded, .declarantIncomplete, path: "$.declarant", contains: "add \"address\" and \"birthDate\"",
      severity: .warning)
    #expect(loaded.claim?.jurisdiction == .usTX)
  }

  @Test func badRateAndLateFee() throws {
    let rate = try ClaimFixture.load(replacing: "\"annualPercent\": \"12\"", with: "\"annualPercent\": \"12%\"")
    expectOne(rate, .invalidRate, path: "$.terms.interest.annualPercent", contains: "\"12%\"")
    let both = try ClaimFixture.load(
      replacing: "{\"flat\": \"25.00\"}", with: "{\"flat\": \"25.00\", \"percent\": \"2\"}")
    expectOne(both, .invalidValue, path: "$.terms.lateFee", contains: "both")
  }

  @Test func collectsEveryProblemInFileOrder() throws {
    var text = ClaimFixture.validClaim
    text = text.replacingOccurrences(of: "\"amount\": \"100.00\"", with: "\"amount\": 100")
    text = text.replacingOccurrences(of: "\"date\": \"2026-03-01\"", with: "\"date\": \"2026-13-01\"")
    text = text.replacingOccurrences(of: "\"reason\": \"Discount\"", with: "\"reson\": \"Discount\"")
    let fixture = try ClaimFixture(claim: text)
    defer { fixture.remove() }
    let loaded = ClaimFile.load(fixture.claimPath)
    #expect(loaded.claim == nil)
    #expect(loaded.errors.map(\.kind) == [.numberForAmount, .invalidDate, .missingField, .unknownField])
    let offsets = loaded.diagnostics.compactMap { $0.location?.offset }
    #expect(offsets == offsets.sorted())
  }

  @Test func claimFileMissingOrUnreadable() throws {
    let missing = ClaimFile.load("/nonexistent/settle/claim.json")
    #expect(missing.diagnostics.map(\.kind) == [.claimFileMissing])
    #expect(
      missing.diagnostics[0].description
        == "/nonexistent/settle/claim.json: error: no such file; expected a claim file (claim.json)")
    let fixture = try ClaimFixture()
    defer { fixture.remove() }
    try FileManager.default.createDirectory(atPath: fixture.folder + "/dir.json", withIntermediateDirectories: true)
    let unreadable = ClaimFile.load(fixture.folder + "/dir.json/")
    #expect(unreadable.diagnostics.map(\.kind) == [.claimFileMissing])
    #expect(mkfifo(fixture.folder + "/fifo.json", 0o644) == 0)
    let fifo = ClaimFile.load(fixture.folder + "/fifo.json")
    #expect(fifo.diagnostics.map(\.kind) == [.claimFileUnreadable])
    #expect(fifo.diagnostics.first?.message == "cannot read: it is not a regular file")
    let device = try ClaimFixture.load(
      replacing: "\"invoice\": \"inv1.pdf\"", with: "\"invoice\": \"/dev/zero\"", allowsOutside: true)
    #expect(device.diagnostics.map(\.kind) == [.fileUnreadable])
    let pdfClaim = ClaimFile.load(fixture.folder + "/inv1.pdf")
    #expect(pdfClaim.diagnostics.map(\.kind) == [.malformedJSON])
    #expect(pdfClaim.diagnostics[0].message.contains("PDF file, not a claim"))
  }
}

@Suite("claim decoding shortcuts")
struct ClaimDecodingShortcutTests {
  @Test(
    "the blank-text check equals allSatisfy(isWhitespace)",
    arguments: [
      "", " ", "\t\n", "\u{00A0}", "\u{2003}x", "x", " x", "Zoë", "\u{0301}", "a\u{0301}", "~", "\u{7F}", "\r\n",
    ])
  func blankCheck(_ text: String) {
    #expect(ClaimDecoder.isBlank(text) == text.allSatisfy(\.isWhitespace))
  }
}
