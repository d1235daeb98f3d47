import Foundation
import Crypt
import SettleModel

/// An RFC 5322 message with a quoted-printable UTF-8 text body and attachments, as MIME
/// `multipart/mixed` (RFC 2045–2047), built deterministically: the same values give the same bytes.
public struct MailMessage: Sendable, Equatable {
  /// The sender.
  public var from: MailAddress
  /// The recipients.
  public var to: [MailAddress]
  /// The subject (any Unicode; encoded as RFC 2047 words when not plain ASCII).
  public var subject: String
  /// The day the message is dated; the `Date` header is noon UTC that day, so every mail reader
  /// in the Americas and Europe shows the same calendar day.
  public var date: CivilDate
  /// The `Message-ID` without angle brackets, `local@domain`.
  public var messageID: String
  /// The plain-text body (lines separated by `\n`).
  public var text: String
  /// Files attached after the text, in order.
  public var attachments: [MailAttachment]

  /// Creates a message.
  public init(
    from: MailAddress, to: [MailAddress], subject: String, date: CivilDate, messageID: String, text: String,
    attachments: [MailAttachment]
  ) {
    self.from = from
    self.to = to
    self.subject = subject
    self.date = date
    self.messageID = messageID
    self.text = text
    self.attachments = attachments
  }

  /// A deterministic message id: the first 32 hex digits of SHA-256 over `parts` (joined with
  /// line feeds), at the domain of `address` (or `settle.invalid` when it has none).
  public static func makeMessageID(parts: [String], domainOf address: String) -> String {
    let digest = SHA256.hexDigest(parts.joined(separator: "\n"))
    let domain = address.split(separator: "@").last.map(String.init) ?? ""
    let isHostName =
      !domain.isEmpty && address.contains("@")
      && domain.utf8.allSatisfy {
        ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || $0 == 0x2E || $0 == 0x2D
      }
    return String(digest.prefix(32)) + "@" + (isHostName ? domain.lowercased() : "settle.invalid")
  }

  /// The `Date` header value: `Wed, 15 Jul 2026 12:00:00 +0000`.
  var dateHeader: String {
    let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    // 1970-01-01 was a Thursday (index 4 from Sunday).
    let weekday = ((date.daysSinceEpoch % 7) + 7 + 4) % 7
    let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
    return "\(weekdays[weekday]), \(day) \(months[date.month - 1]) \(date.year) 12:00:00 +0000"
  }

  /// The message bytes, lines ending in CRLF.
  /// - Throws: `MailError` when an address is malformed or a header would contain a line break.
  public func encoded() throws(MailError) -> [UInt8] {
    guard from.isWellFormed else { throw .invalidAddress(role: "sender", address: from.address) }
    for recipient in to where !recipient.isWellFormed {
      throw .invalidAddress(role: "recipient", address: recipient.address)
    }
    if to.isEmpty { throw .invalidAddress(role: "recipient", address: "") }
    for (name, value) in [("Subject", subject), ("From", from.displayName), ("Message-ID", messageID)]
    where value.contains(where: { $0.isNewline }) {
      throw .lineBreakInHeader(name: name)
    }
    for recipient in to where recipient.displayName.contains(where: { $0.isNewline }) {
      throw .lineBreakInHeader(name: "To")
    }

    let boundary = "=_settle_" + String(SHA256.hexDigest("boundary\n" + messageID).prefix(24))
    var toWords: [String] = []
    for (i, recipient) in to.enumerated() {
      var words = recipient.headerWords
      if i < to.count - 1 { words[words.count - 1] += "," }
      toWords += words
    }
    var lines: [String] = [
      HeaderText.folded(name: "From", words: from.headerWords),
      HeaderText.folded(name: "To", words: toWords),
      HeaderText.folded(name: "Subject", words: HeaderText.unstructured(subject)),
      "Date: " + dateHeader,
      "Message-ID: <" + messageID + ">",
      "MIME-Version: 1.0",
      "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"",
      "",
      "This is a multi-part message in MIME format.",
      "--" + boundary,
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: quoted-printable",
      "",
      QuotedPrintable.encode(text),
    ]
    for attachment in attachments {
      let name = Self.parameterValue(attachment.fileName)
      lines += [
        "--" + boundary,
        "Content-Type: " + attachment.contentType + "; " + name.replacingOccurrences(of: "filename", with: "name"),
        "Content-Transfer-Encoding: base64",
        "Content-Disposition: attachment; " + name,
        "",
        Base64.encodeLines(attachment.bytes),
      ]
    }
    lines.append("--" + boundary + "--")
    lines.append("")
    return Array(lines.joined(separator: "\r\n").utf8)
  }

  /// `filename="…"` for ASCII names, else RFC 2231 `filename*=UTF-8''…` percent-encoding.
  private static func parameterValue(_ fileName: String) -> String {
    if HeaderText.isPlainASCII(fileName) && !fileName.contains("\"") && !fileName.contains("\\") {
      return "filename=\"\(fileName)\""
    }
    var encoded = ""
    for byte in fileName.utf8 {
      let isSafe =
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        || "-._~".utf8.contains(byte)
      encoded += isSafe ? String(UnicodeScalar(byte)) : "%" + String(byte, radix: 16, uppercase: true).leftPadded
    }
    return "filename*=UTF-8''" + encoded
  }
}

extension String {
  fileprivate var leftPadded: String { count < 2 ? "0" + self : self }
}
