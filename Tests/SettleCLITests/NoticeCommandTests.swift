import Foundation
import SettleClaim
import SettleModel
import SettleTestSupport
import Testing

@testable import SettleCLI

@Suite struct NoticeCommandTests {
  static let asOf = "2026-11-22"

  func temporaryFolder() throws -> String {
    let folder = FileManager.default.temporaryDirectory.path + "/settle-notice-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func everyExampleAndStageIsWrittenAndMatchesTheLibrary() throws {
    let folders = Paths.exampleFolders()
    try #require(!folders.isEmpty)
    let templates = try NoticeTemplateSet.builtIn()
    for folder in folders {
      let claim = try #require(ClaimFile.load(folder).claim)
      for kind in NoticeKind.allCases {
        let run = settle(["notice", folder, "--stage", kind.rawValue, "--as-of", Self.asOf])
        #expect(run.code == 0, "\(folder) \(kind.rawValue): \(run.err)")
        let notice = try NoticeComposer.compose(
          kind, claim: claim, options: NoticeOptions(asOf: try CivilDate(parsing: Self.asOf)), templates: templates)
        #expect(run.out == notice.text())
        #expect(
          run.out.split(separator: "\n", omittingEmptySubsequences: false).allSatisfy {
            $0.count <= 72 || !$0.contains(" ")
          })
      }
    }
  }

  @Test func checkOnlyPrintsFindingsAndWritesNothing() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let clean = settle([
      "notice", Paths.examples + "/us-retailer", "--stage", "final", "--check-only", "--as-of", Self.asOf, "-o",
      folder + "/x.txt",
    ])
    #expect(clean.code == 0)
    #expect(clean.out.contains("no wording findings"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/x.txt"))
  }

  @Test func aThreateningTemplateIsRefusedAtLoadUnlessAllowed() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try """
    Subject: Pay up
    ---
    Pay {{ balance.due }} by {{ payBy }} or we will have you arrested.

    > {{ creditor.name }}, {{ creditor.phone }}
    """.write(toFile: folder + "/reminder.txt", atomically: true, encoding: .utf8)
    let out = folder + "/notice.txt"
    let refused = settle([
      "notice", Paths.examples + "/us-retailer", "--stage", "reminder", "--templates", folder, "--as-of", Self.asOf,
      "-o", out,
    ])
    #expect(refused.code == 1)
    #expect(refused.err.contains("threat.criminal") && refused.err.contains("arrested"))
    #expect(!FileManager.default.fileExists(atPath: out))
    let allowed = settle([
      "notice", Paths.examples + "/us-retailer", "--stage", "reminder", "--templates", folder, "--allow",
      "threat.criminal",
      "--as-of", Self.asOf, "-o", out,
    ])
    #expect(allowed.code == 0, "\(allowed.err)")
    #expect(try String(contentsOfFile: out, encoding: .utf8).contains("we will have you arrested"))
  }

  @Test func aLateFeeTheTermsDoNotHaveBlocksTheNotice() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try """
    Subject: Reminder
    ---
    Please pay {{ balance.due }} by {{ payBy }}, or a late fee will be added.

    > {{ creditor.name }}, {{ creditor.phone }}
    """.write(toFile: folder + "/reminder.txt", atomically: true, encoding: .utf8)
    // tel-aviv-catering's terms have no late fee.
    let claim = Paths.examples + "/tel-aviv-catering"
    let check = settle([
      "notice", claim, "--stage", "reminder", "--templates", folder, "--check-only", "--as-of", Self.asOf,
    ])
    #expect(check.code == 1)
    #expect(check.out.contains("[fee.lateFee]"))
    let write = settle(["notice", claim, "--stage", "reminder", "--templates", folder, "--as-of", Self.asOf])
    #expect(write.code == 1 && write.out.isEmpty)
    #expect(write.err.contains("fee.lateFee") && write.err.contains("--allow"))
    // us-retailer's terms have one: the same template passes.
    #expect(
      settle([
        "notice", Paths.examples + "/us-retailer", "--stage", "reminder", "--templates", folder, "--as-of", Self.asOf,
      ]).code == 0)
  }

  @Test func templateFolderMistakesAreInputErrors() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "Subject: x\n---\n{{ custmer.name }}\n".write(
      toFile: folder + "/remider.txt", atomically: true, encoding: .utf8)
    let misnamed = settle([
      "notice", Paths.examples + "/us-retailer", "--stage", "reminder", "--templates", folder, "--as-of", Self.asOf,
    ])
    #expect(misnamed.code == 1)
    #expect(misnamed.err.contains("did you mean 'reminder.txt'?"))
    try FileManager.default.moveItem(atPath: folder + "/remider.txt", toPath: folder + "/reminder.txt")
    let misspelt = settle([
      "notice", Paths.examples + "/us-retailer", "--stage", "reminder", "--templates", folder, "--as-of", Self.asOf,
    ])
    #expect(misspelt.code == 1)
    #expect(misspelt.err.contains("reminder.txt:3:1: unknown variable 'custmer.name'; did you mean 'customer.name'?"))
  }

  @Test(arguments: [
    (["--stage", "reminder", "--allow", "no.such.rule"], "unknown rule 'no.such.rule'"),
    (["--stage", "remind"], "remind"),
    (["--stage", "reminder", "--format", "pdf"], "pdf"),
    (["--stage", "reminder", "--locale", "xx-YY"], "not a built-in locale"),
    ([], "--stage"),
  ])
  func commandLineMistakesExitWith2(extra: [String], message: String) {
    let run = settle(["notice", Paths.examples + "/us-retailer"] + extra + ["--as-of", Self.asOf])
    #expect(run.code == 2, "\(run.err)")
    #expect(run.err.contains(message), "\(run.err)")
  }

  @Test func nothingOwedWritesNothing() {
    let run = settle(["notice", Paths.examples + "/kuwait-parts", "--stage", "reminder", "--as-of", "2026-01-01"])
    #expect(run.code == 1)
    #expect(run.err.contains("nothing is owed"))
    #expect(run.out.isEmpty)
  }

  @Test func markdownAndLocale() {
    let run = settle([
      "notice", Paths.examples + "/mueller-cafe", "--stage", "demand", "--format", "markdown", "--locale", "de-DE",
      "--as-of", Self.asOf,
    ])
    #expect(run.code == 0, "\(run.err)")
    #expect(run.out.contains("## Demand for payment: "))
    #expect(run.out.contains("| ---: |") || run.out.contains("---: |"))
    #expect(run.out.contains("\u{00A0}€"))
    #expect(run.out.contains("22 November 2026"))
  }

  /// The demo's `.eml`, end to end: Python's `email` package parses it into a text part and a PDF
  /// attachment, the attachment is the statement `settle statement` writes, and qpdf accepts it.
  @Test(.enabled(if: ExternalTool.path("qpdf") != nil && ExternalTool.path("python3") != nil, "needs qpdf and python3"))
  func demoEmlParsesIntoTextAndStatementPDF() throws {
    let folder = DemoFolder.folder + "/claim"
    let mail = settle(["notice", folder, "--stage", "reminder", "--format", "eml", "--as-of", "2026-07-15"])
    #expect(mail.code == 0, "\(mail.err)")
    let temp = FileManager.default.temporaryDirectory.path + "/settle-eml-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: temp, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: temp) }
    let statement = settle(["statement", folder, "-o", temp + "/statement.pdf", "--as-of", "2026-07-15"])
    #expect(statement.code == 0, "\(statement.err)")
    try Data(mail.out.utf8).write(to: URL(fileURLWithPath: temp + "/reminder.eml"))
    let script = """
      import email, email.policy, sys
      msg = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)
      parts = [p for p in msg.walk() if not p.is_multipart()]
      text = [p for p in parts if p.get_content_type() == 'text/plain']
      pdfs = [p for p in parts if p.get_content_type() == 'application/pdf']
      assert len(text) == 1 and len(pdfs) == 1, [p.get_content_type() for p in parts]
      open(sys.argv[2], 'wb').write(pdfs[0].get_content())
      print(text[0].get_content().splitlines()[0])
      """
    let parsed = try ExternalTool.run("python3", ["-c", script, temp + "/reminder.eml", temp + "/attached.pdf"])
    #expect(parsed.status == 0, "\(parsed.output)")
    let attached = try [UInt8](Data(contentsOf: URL(fileURLWithPath: temp + "/attached.pdf")))
    let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: temp + "/statement.pdf")))
    #expect(attached == written, "the attachment is exactly the statement PDF")
    #expect(try ExternalTool.run("qpdf", ["--check", temp + "/attached.pdf"]).status == 0)
  }

  @Test func emlAttachesWhatTheStatementProviderMakes() throws {
    let pdf = Array("%PDF-1.7\n%test statement\n%%EOF\n".utf8)
    let provider = StatementProvider { _, _, _ in
      Array("%PDF-1.7\n%test statement\n%%EOF\n".utf8)
    }
    let out = OutputBuffer()
    let err = OutputBuffer()
    var io = CommandIO(
      clock: Clock(asOf: try CivilDate(parsing: Self.asOf), now: Instant(secondsSinceEpoch: 1_795_348_800)),
      environment: [:],
      standardOutput: { out.bytes += $0 }, standardError: { err.bytes += $0 })
    let arguments = ParsedArguments(
      positionals: [Paths.examples + "/tel-aviv-catering"], values: ["--stage": ["follow-up"], "--format": ["eml"]])
    try NoticeCommand.run(arguments, &io, statements: provider)
    let message = String(decoding: out.bytes, as: UTF8.self)
    #expect(message.contains("Content-Type: multipart/mixed; boundary="))
    #expect(message.contains("Content-Type: application/pdf; name=\"statement-"))
    #expect(message.contains(Data(pdf).base64EncodedString()))
    #expect(message.contains("Date: Sun, 22 Nov 2026 12:00:00 +0000"))
    #expect(message.contains("To: =?UTF-8?B?"), "the customer's Hebrew/Arabic name is an encoded word")
  }
}
