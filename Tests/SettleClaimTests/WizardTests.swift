import Foundation
import SettleModel
import Testing

@testable import SettleClaim

@Suite("Claim wizard")
struct WizardTests {
  @Test("a full run writes a claim that checks clean, with the invoices copied and the ledger right")
  func fullRun() throws {
    let fixture = try WizardFixture()
    defer { fixture.remove() }
    let (result, transcript) = fixture.run(WizardAnswers.full.lines)
    let draft = try result.get()
    let written = try ClaimFolder.write(draft)
    #expect(written.claimPath == fixture.claimPath)
    #expect(written.copiedFiles == ["invoices/INV-1001.pdf", "invoices/INV-1002.png", "invoices/INV-1003.jpg"])
    #expect(try fixture.read(fixture.target + "/invoices/INV-1002.png") == ClaimFixture.minimalPNG)
    #expect(try fixture.read(fixture.target + "/invoices/INV-1003.jpg") == WizardFixture.tinyJPEG)

    let loaded = ClaimFile.load(fixture.claimPath)
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    let claim = try #require(loaded.claim)
    #expect(claim == draft.claim)
    #expect(claim.id == "CLM-2026-0042")
    #expect(claim.currency == .usd)
    #expect(claim.jurisdiction == .us)
    #expect(
      claim.terms
        == Terms(
          netDays: 30, lateFee: .flat(Money(minorUnits: 2500, currency: .usd)),
          interest: InterestTerms(annualPercent: Rate(percent: 12))))
    #expect(claim.charges.map(\.id) == ["INV-1001", "INV-1002", "INV-1003"])
    #expect(claim.charges.map(\.amount.minorUnits) == [118_000, 23_681, 118_000])
    // Due dates: date + 30 net days unless typed (INV-1002).
    #expect(claim.charges.map { $0.dueDate?.description } == ["2026-04-01", "2026-05-01", "2026-05-31"])
    #expect(
      claim.payments == [
        Payment(
          date: try CivilDate(parsing: "2026-06-10"), amount: Money(minorUnits: 50_000, currency: .usd),
          method: "bank transfer",
          reference: "TX-77", appliesTo: "INV-1001")
      ])
    #expect(claim.customer.phone == "")
    #expect(
      claim.narrative
        == "We roasted and delivered espresso beans to Müller Café in spring 2026.\nThree invoices are unpaid apart from one transfer."
    )

    // The ledger as of 2026-11-22, by hand:
    // INV-1001: 1180.00 × 12% × 70/365 (04-01 → 06-10) = 27.1562 and 680.00 × 12% × 165/365 (06-10 → 11-22) = 36.8877;
    //           together 64.0438 → 64.04; late fee 25.00.
    // INV-1002: 236.81 × 12% × 205/365 (05-01 → 11-22) = 15.9605 → 15.96; late fee 25.00.
    // INV-1003: 1180.00 × 12% × 175/365 (05-31 → 11-22) = 67.8904 → 67.89; late fee 25.00.
    // Balance = 2596.81 + 75.00 + 147.89 − 500.00 = 2319.70.
    let ledger = try Ledger.compute(claim, asOf: WizardFixture.asOf)
    #expect(ledger.lines.map(\.interest.amount.minorUnits) == [6404, 1596, 6789])
    #expect(ledger.lines.map(\.lateFee.minorUnits) == [2500, 2500, 2500])
    #expect(ledger.totals.charges.minorUnits == 259_681)
    #expect(ledger.totals.payments.minorUnits == 50_000)
    #expect(ledger.balance.minorUnits == 231_970)
    // The wizard showed the balance after the payment (principal only: terms come later) and in the review.
    #expect(transcript.contains("Remaining balance: 2,096.81 USD"))
    #expect(transcript.contains("total due   2,319.70 USD"))
    #expect(!transcript.contains("\u{1B}["), "no terminal codes in plain style")
  }

  @Test("non-ASCII names and addresses round-trip byte for byte")
  func nonASCIIRoundTrip() throws {
    let fixture = try WizardFixture()
    defer { fixture.remove() }
    let answers = WizardAnswers.full.replacing("customer.business", with: "").replacing(
      "customer.contact", with: "José Peña Núñez")
    let draft = try fixture.run(answers.lines).0.get()
    _ = try ClaimFolder.write(draft)
    let text = String(decoding: try fixture.read(fixture.claimPath), as: UTF8.self)
    for name in [
      "شركة النور للتجارة", "José Peña", "١٢ شارع الملك فيصل", "José Peña Núñez", "Ottenser Hauptstraße 12",
      "„Hafenblend“",
    ] {
      #expect(text.utf8.contains(subsequence: Array(name.utf8)), "\(name) is written as raw UTF-8")
    }
    let claim = try #require(ClaimFile.load(fixture.claimPath).claim)
    #expect(Array(claim.creditor.name.utf8) == Array("شركة النور للتجارة".utf8))
    #expect(Array(claim.creditor.address[0].unicodeScalars) == Array("١٢ شارع الملك فيصل".unicodeScalars))
    #expect(claim.customer.businessName == nil)
    #expect(Array(claim.customer.contactName.utf8) == Array("José Peña Núñez".utf8))
  }

  @Test("decomposed accents stay decomposed (no Unicode normalization)")
  func keepsDecomposedText() throws {
    let fixture = try WizardFixture()
    defer { fixture.remove() }
    let decomposed = "Jose\u{301} Pen\u{303}a"
    let draft = try fixture.run(WizardAnswers.full.replacing("creditor.contact", with: decomposed).lines).0.get()
    #expect(Array(draft.claim.creditor.contact.unicodeScalars) == Array(decomposed.unicodeScalars))
  }

  /// Each wrong answer, the step it is given at, and words of the message it must get.
  static let wrongAnswers: [(step: String, answer: String, message: String)] = [
    ("creditor.name", "   ", "is empty; expected text"),
    ("creditor.email", "jose.alnoor.example", "does not look like an email address"),
    ("creditor.address.1", "", "enter at least one line"),
    ("currency", "US", "unknown currency \"US\""),
    ("currency", "EURO", "unknown currency"),
    ("jurisdiction", "US-FL", "is not one of \"US\", \"US-CA\", \"US-NY\", \"US-TX\""),
    ("jurisdiction", "US-TXX", "did you mean 'US-TX'?"),
    ("customer.email", "kontakt at mueller", "does not look like an email address"),
    ("customer.account", "", "is empty; expected text"),
    ("narrative.1", "", "enter at least one line"),
    ("netDays", "thirty", "expected a whole number from 0 to 3650"),
    ("netDays", "-5", "is out of range"),
    ("charge1.date", "2026-02-30", "February 2026 has no day 30 (it has 28 days)"),
    ("charge1.date", "03/02/2026", "YYYY-MM-DD"),
    ("charge1.date", "2026-12-01", "is after today (2026-11-22)"),
    ("charge1.due", "2026-02-01", "is before the charge's date 2026-03-02"),
    ("charge1.description", " ", "is empty; expected text"),
    ("charge1.amount", "12.345", "has 3 decimals; USD allows at most 2"),
    ("charge1.amount", "0", "is zero"),
    ("charge1.amount", "-40", "is negative"),
    ("charge1.amount", "€40", "is in EUR, but the claim's currency is USD"),
    ("charge1.amount", "$1,23,4", "the digit groups are irregular"),
    ("charge1.file", "scans/missing.pdf", "file \"scans/missing.pdf\" does not exist"),
    ("charge1.file", "scans/notes.txt", "is a text file; expected a PDF, PNG or JPEG file"),
    ("charge1.file", "scans/cut.pdf", "is a truncated PDF"),
    ("charge2.id", "INV-1001", "is already used by charge 1"),
    ("payment1.date", "2026-13-01", "there is no month 13"),
    ("payment1.amount", "five hundred", "the amount contains \"f\""),
    ("payment1.method", "", "is empty; expected text"),
    ("payment1.appliesTo", "INV-1010", "appliesTo \"INV-1010\" names no charge; did you mean"),
    ("lateFee.agreed", "maybe", "answer y (yes) or n (no)"),
    ("lateFee", "abc%", "\"abc\" is not a decimal rate"),
    ("lateFee", "2.5.5%", "\"2.5.5\" is not a decimal rate"),
    ("lateFee", "-5", "is negative"),
    ("interest", "twelve", "\"twelve\" is not a decimal rate"),
    ("interest", "1.1234567", "the rate has 7 decimals; at most 6 are allowed"),
    ("confirm", "sure", "answer y (yes) or n (no)"),
  ]

  @Test(
    "every wrong answer is refused with a clear message and asked again", arguments: 0..<WizardTests.wrongAnswers.count)
  func reasksWrongAnswer(_ index: Int) throws {
    let wrong = WizardTests.wrongAnswers[index]
    let fixture = try WizardFixture()
    defer { fixture.remove() }
    let (result, transcript) = fixture.run(WizardAnswers.full.inserting([wrong.answer], before: wrong.step).lines)
    #expect(transcript.contains("! "), "a refusal is shown")
    #expect(transcript.contains(wrong.message), "refusing \(wrong.answer.debugDescription) at \(wrong.step)")
    // Asked again and, with the right answer, the same claim as without the mistake.
    let draft = try result.get()
    let expected = try fixture.run(WizardAnswers.full.lines).0.get()
    #expect(draft.claim == expected.claim)
  }

  @Test("all wrong answers in one run: each refused, the claim still right")
  func allWrongAnswersInOneRun() throws {
    let fixture = try WizardFixture()
    defer { fixture.remove() }
    var answers = WizardAnswers.full
    for wrong in WizardTests.wrongAnswers { answers = answers.inserting([wrong.answer], before: wrong.step) }
    let (result, transcript) = fixture.run(answers.lines)
    let refusals = transcript.components(separatedBy: "\n").filter { $0.hasPrefix("  ! ") }
    #expect(refusals.count == WizardTests.wrongAnswers.count)
    let draft = try result.get()
    #expect(draft.claim == (try fixture.run(WizardAnswers.full.lines).0.get().claim))
    _ = try ClaimFolder.write(draft)
    #expect(ClaimFile.load(fixture.claimPath).diagnostics.isEmpty)
  }

  @Test("the check messages are the ones settle check prints for the same value in a file")
  func sameMessagesAsCheck() throws {
    let fixture = try WizardFixture()
    defer { fixture.remove() }
    let (_, transcript) = fixture.run(WizardAnswers.full.inserting(["12.345"], before: "charge1.amount").lines)
    var claimText = ClaimFixture.validClaim.replacingOccurrences(
      of: "\"amount\": \"100.00\"", with: "\"amount\": \"12.345\"")
    claimText = claimText.replacingOccurrences(of: "\"invoice\": \"inv1.pdf\"", with: "\"invoice\": \"x.pdf\"")
    let loaded = ClaimFile.decode(Array(claimText.utf8), file: "claim.json", folder: fixture.base)
    let message = try #require(loaded.diagnostics.first { $0.kind == .tooManyDecimals }).message
    #expect(transcript.contains("  ! " + message + "\n"))
  }

  @Test(
    "q at any question leaves with nothing written",
    arguments: [
      "creditor.name", "customer.address.1", "narrative.2", "charge2.amount", "payment1.method", "interest", "confirm",
    ])
  func quitWritesNothing(_ step: String) throws {
    let fixture = try WizardFixture()
    defer { fixture.remove() }
    let answers = WizardAnswers.full.prefix(before: step).lines + ["q"]
    let (result, _) = fixture.run(answers)
    #expect(throws: WizardStop.quit) { try result.get() }
    #expect(!fixture.exists(fixture.target))
  }

  @Test(
    "the end of input leaves with nothing written",
    arguments: ["creditor.contact", "charge1.file", "payments.end", "confirm"])
  func endOfInputWritesNothing(_ step: String) throws {
    let fixture = try WizardFixture()
    defer { fixture.remove() }
    var shown: [UInt8] = []
    let lines = WizardAnswers.full.prefix(before: step).lines
    let console = StreamConsole(input: Array(lines.map { $0 + "\n" }.joined().utf8), write: { shown += $0 })
    let wizard = ClaimWizard(
      console: console, asOf: WizardFixture.asOf, folder: fixture.target, workingDirectory: fixture.base)
    #expect(throws: WizardStop.endOfInput) { try wizard.run() }
    #expect(!fixture.exists(fixture.target))
  }

  @Test("answering no at the review writes nothing")
  func declineWritesNothing() throws {
    let fixture = try WizardFixture()
    defer { fixture.remove() }
    let (result, transcript) = fixture.run(WizardAnswers.full.replacing("confirm", with: "n").lines)
    #expect(throws: WizardStop.declined) { try result.get() }
    #expect(transcript.contains("8. Review"))
    #expect(!fixture.exists(fixture.target))
  }

  @Test("a failure while writing the folder removes every file the write made")
  func writeRollsBack() throws {
    let fixture = try WizardFixture()
    defer { fixture.remove() }
    let draft = try fixture.run(WizardAnswers.full.lines).0.get()
    // The third invoice disappears between the answer and the write.
    try FileManager.default.removeItem(atPath: fixture.base + "/scans/inv-1003.jpg")
    #expect(throws: ClaimFolderError.self) { try ClaimFolder.write(draft) }
    #expect(!fixture.exists(fixture.target), "the folder the write created is gone again")

    // In a folder that already existed, only the new files are removed.
    try FileManager.default.createDirectory(atPath: fixture.target, withIntermediateDirectories: true)
    try fixture.write("claim/keep.txt", Array("mine".utf8))
    #expect(throws: ClaimFolderError.self) { try ClaimFolder.write(draft) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.target) == ["keep.txt"])
  }

  @Test("a claim without charges is allowed (and warned about by check)")
  func emptyClaim() throws {
    let fixture = try WizardFixture()
    defer { fixture.remove() }
    let draft = try fixture.run(WizardAnswers.empty.lines).0.get()
    #expect(draft.claim.charges.isEmpty && draft.claim.payments.isEmpty)
    let written = try ClaimFolder.write(draft)
    #expect(written.warnings.map(\.kind) == [.noCharges])
    #expect(written.copiedFiles.isEmpty)
    #expect(!fixture.exists(fixture.target + "/invoices"))
  }

  @Test("the folder is asked for when not given, with the claim reference as default")
  func asksForFolder() throws {
    let fixture = try WizardFixture()
    defer { fixture.remove() }
    var shown: [UInt8] = []
    let occupied = fixture.base + "/occupied"
    try FileManager.default.createDirectory(atPath: occupied, withIntermediateDirectories: true)
    try fixture.write("occupied/claim.json", Array("{}".utf8))
    var answers = WizardAnswers.full
    let index = try #require(answers.steps.firstIndex { $0.0 == "customer.business" })
    answers.steps.insert(contentsOf: [("folder", occupied), ("folder", fixture.target)], at: index)
    let console = StreamConsole(input: Array(answers.lines.map { $0 + "\n" }.joined().utf8), write: { shown += $0 })
    let wizard = ClaimWizard(
      console: console, asOf: WizardFixture.asOf, folder: nil, workingDirectory: fixture.base,
      homeDirectory: fixture.base)
    let draft = try wizard.run()
    let transcript = String(decoding: shown, as: UTF8.self)
    #expect(transcript.contains("Folder to create for the claim [CLM-2026-0042]: "))
    #expect(transcript.contains("already exists; use `settle add` to add to it"))
    #expect(draft.folder == fixture.target)
  }

  @Test("a Texas claim asks who signs the declaration, so the claim checks without warnings")
  func texasDeclarant() throws {
    let fixture = try WizardFixture()
    defer { fixture.remove() }
    var answers = WizardAnswers.full.replacing("jurisdiction", with: "us-tx")
    let index = try #require(answers.steps.firstIndex { $0.0 == "customer.business" })
    answers.steps.insert(
      contentsOf: [
        ("declarant.name", ""), ("declarant.title", "Owner"), ("declarant.sameAddress", ""), ("wrong", "1979-02-29"),
        ("declarant.birthDate", "1979-03-14"),
      ],
      at: index)
    let (result, transcript) = fixture.run(answers.lines)
    let draft = try result.get()
    #expect(transcript.contains("Who signs the declaration [José Peña]: "))
    #expect(transcript.contains("February 1979 has no day 29"))
    #expect(draft.claim.jurisdiction == .usTX)
    #expect(
      draft.claim.declarant
        == Declarant(
          name: "José Peña", title: "Owner", address: draft.claim.creditor.address,
          birthDate: try CivilDate(parsing: "1979-03-14")))
    let written = try ClaimFolder.write(draft)
    #expect(written.warnings.isEmpty, "\(written.warnings)")
  }

  @Test("terminal style decorates prompts; plain style has no control codes")
  func consoleStyles() {
    #expect(ConsoleStyle.detect(isTerminal: true, environment: ["TERM": "xterm-256color"]) == .terminal)
    #expect(ConsoleStyle.detect(isTerminal: true, environment: ["TERM": "dumb"]) == .plain)
    #expect(ConsoleStyle.detect(isTerminal: true, environment: ["TERM": "xterm", "NO_COLOR": "1"]) == .plain)
    #expect(ConsoleStyle.detect(isTerminal: false, environment: ["TERM": "xterm"]) == .plain)
    #expect(ConsoleStyle.terminal.problem("x") == "\u{1B}[31mx\u{1B}[0m")
    #expect(ConsoleStyle.plain.problem("x") == "x")
  }
}

extension String.UTF8View {
  func contains(subsequence needle: [UInt8]) -> Bool {
    let haystack = Array(self)
    guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
    for start in 0...(haystack.count - needle.count)
    where haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
    return false
  }
}
