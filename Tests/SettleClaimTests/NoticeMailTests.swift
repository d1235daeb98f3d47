import Foundation
import SettleModel
import Testing

@testable import SettleClaim

@Suite struct NoticeMailTests {
  @Test func quotedPrintableEncodesWhatItMust() {
    #expect(QuotedPrintable.encode("a=b") == "a=3Db")
    #expect(QuotedPrintable.encode("Müller") == "M=C3=BCller")
    #expect(QuotedPrintable.encode("end \nnext\t") == "end=20\r\nnext=09")
    #expect(QuotedPrintable.encode("From here") == "=46rom here")
    #expect(QuotedPrintable.encode(".") == "=2E")
    let long = String(repeating: "x", count: 200)
    let lines = QuotedPrintable.encode(long).components(separatedBy: "\r\n")
    #expect(lines.allSatisfy { $0.count <= 76 })
    #expect(lines.map { $0.hasSuffix("=") ? String($0.dropLast()) : $0 }.joined() == long)
    // An escape is never split by a soft break.
    let accents = QuotedPrintable.encode(String(repeating: "é", count: 40))
    #expect(accents.components(separatedBy: "\r\n").allSatisfy { $0.count <= 76 && !$0.dropLast().hasSuffix("=C") })
  }

  @Test func base64MatchesFoundation() {
    for count in [0, 1, 2, 3, 4, 57, 58, 200] {
      let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
      #expect(Base64.encode(bytes) == Data(bytes).base64EncodedString())
      #expect(Base64.encodeLines(bytes).replacingOccurrences(of: "\r\n", with: "") == Data(bytes).base64EncodedString())
    }
  }

  @Test func encodedWordsStayShortAndKeepCharactersWhole() {
    let name = String(repeating: "נועה כהן ", count: 8)
    let words = HeaderText.encodedWords(name)
    #expect(words.count > 1)
    var bytes: [UInt8] = []
    for word in words {
      #expect(word.count <= 75 && word.hasPrefix("=?UTF-8?B?") && word.hasSuffix("?="))
      let payload = Data(base64Encoded: String(word.dropFirst(10).dropLast(2))) ?? Data()
      #expect(String(data: payload, encoding: .utf8) != nil, "a word split a character")
      bytes += payload
    }
    #expect(String(decoding: bytes, as: UTF8.self) == name)
    #expect(HeaderText.displayName("Dana Whitfield") == ["Dana", "Whitfield"])
    #expect(HeaderText.displayName("Whitfield, Dana") == ["\"Whitfield, Dana\""])
  }

  static let pdf: [UInt8] =
    Array("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".utf8) + (0..<300).map { UInt8($0 % 256) }

  func email(_ claim: Claim, kind: NoticeKind = .reminder) throws -> (Notice, [UInt8]) {
    let notice = try NoticeComposer.compose(
      kind, claim: claim, options: NoticeOptions(asOf: NoticeFixtures.date("2026-07-15")),
      templates: try NoticeTemplateSet.builtIn())
    return (notice, try notice.email(statementPDF: Self.pdf))
  }

  @Test func theMessageIsDeterministicAndWellFormed() throws {
    let (notice, bytes) = try email(NoticeFixtures.cafe)
    let (_, again) = try email(NoticeFixtures.cafe)
    #expect(bytes == again)
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(bytes.allSatisfy { $0 < 0x80 }, "an e-mail must be 7-bit")
    #expect(text.contains("Date: Wed, 15 Jul 2026 12:00:00 +0000\r\n"))
    let id = MailMessage.makeMessageID(
      parts: ["settle-notice", "CLM-EU-7", "reminder", "2026-07-15"], domainOf: "rechnung@mueller-cafe.example")
    #expect(text.contains("Message-ID: <\(id)>\r\n"))
    #expect(id.hasSuffix("@mueller-cafe.example") && id.count == 32 + 1 + "mueller-cafe.example".count)
    #expect(text.contains("From: =?UTF-8?B?"), "the creditor's non-ASCII name is an encoded word")
    #expect(text.contains("filename=\"statement-CLM-EU-7.pdf\""))
    // Every line ends in CRLF and none is longer than 998 characters (RFC 5322 §2.1.1).
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 998 })
    // Another stage or date gives another id.
    let (_, demand) = try email(NoticeFixtures.cafe, kind: .demand)
    #expect(!String(decoding: demand, as: UTF8.self).contains(id))
    _ = notice
  }

  @Test func headersCannotBeInjected() {
    let message = MailMessage(
      from: MailAddress(displayName: "A", address: "a@example.org"),
      to: [MailAddress(displayName: "B", address: "b@example.org")],
      subject: "Hi\r\nBcc: victim@example.org", date: NoticeFixtures.date("2026-07-15"), messageID: "x@y", text: "",
      attachments: [])
    #expect(throws: MailError.lineBreakInHeader(name: "Subject")) { try message.encoded() }
    let bad = MailMessage(
      from: MailAddress(displayName: "A", address: "not an address"), to: [], subject: "",
      date: NoticeFixtures.date("2026-07-15"),
      messageID: "x@y", text: "", attachments: [])
    #expect(throws: MailError.invalidAddress(role: "sender", address: "not an address")) { try bad.encoded() }
  }

  /// The message parses with Python's `email` package into a text part equal to the notice's text
  /// and a PDF part equal to the statement bytes.
  @Test(arguments: ["retailer", "cafe", "yen"])
  func pythonParsesTextAndPDFParts(fixture: String) throws {
    guard let python = NoticeMailTests.python3 else {
      print("skipped: python3 not found")
      return
    }
    let claim = try #require(NoticeFixtures.all.first { $0.name == fixture }?.claim)
    let (notice, bytes) = try email(claim, kind: .followUp)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("settle-eml-\(fixture)-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let eml = folder.appendingPathComponent("notice.eml")
    try Data(bytes).write(to: eml)
    let script = """
      import email, email.policy, sys, json
      msg = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.default)
      assert msg.get_content_type() == 'multipart/mixed', msg.get_content_type()
      parts = list(msg.iter_parts())
      assert len(parts) == 2, len(parts)
      text, pdf = parts
      assert text.get_content_type() == 'text/plain' and text.get_content_charset() == 'utf-8'
      assert text['Content-Transfer-Encoding'] == 'quoted-printable'
      assert pdf.get_content_type() == 'application/pdf' and pdf.get_content_disposition() == 'attachment'
      assert not msg.defects and not text.defects and not pdf.defects, (msg.defects, text.defects, pdf.defects)
      open(sys.argv[2] + '/text.txt', 'w', encoding='utf-8', newline='').write(text.get_content())
      open(sys.argv[2] + '/statement.pdf', 'wb').write(pdf.get_content())
      print(json.dumps({'from': str(msg['From']), 'to': str(msg['To']), 'subject': str(msg['Subject']),
                        'date': str(msg['Date']), 'id': str(msg['Message-ID']), 'file': pdf.get_filename()}))
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = ["-c", script, eml.path, folder.path]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    process.waitUntilExit()
    let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    try #require(process.terminationStatus == 0, "python: \(err)")
    let headers = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: String])
    #expect(headers["subject"] == notice.document.subject)
    #expect(headers["from"] == "\(claim.creditor.name) <\(claim.creditor.email)>")
    #expect(headers["to"] == "\(claim.customer.contactName) <\(claim.customer.email)>")
    #expect(headers["date"] == "Wed, 15 Jul 2026 12:00:00 +0000")
    #expect(headers["file"] == "statement-\(claim.id).pdf")
    let decodedText = try String(contentsOf: folder.appendingPathComponent("text.txt"), encoding: .utf8)
    #expect(decodedText.replacingOccurrences(of: "\r\n", with: "\n") == notice.text().trimmingTrailingNewline + "\n")
    #expect(Array(try Data(contentsOf: folder.appendingPathComponent("statement.pdf"))) == Self.pdf)
  }

  static let python3: String? = ["/usr/bin/python3", "/usr/local/bin/python3", "/root/.pyenv/shims/python3"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }
}

extension String {
  fileprivate var trimmingTrailingNewline: String {
    var s = Substring(self)
    while s.last == "\n" { s = s.dropLast() }
    return String(s)
  }
}
