import SettleModel

/// A made notice: its structured document, the facts behind it and the wording findings.
///
/// A notice with findings is blocked: callers must not send it (the CLI exits 1). Findings the
/// user waived with `--allow` are not listed.
public struct Notice: Sendable {
  /// The facts (ledger, itemization, plan) the notice was made from.
  public let facts: NoticeFacts
  /// The notice in structured form (for text, Markdown, e-mail and PDF layouts).
  public let document: NoticeDocument
  /// What the claim allowed the text to say (the guard's input).
  public let wordingContext: WordingContext
  /// Wording problems not waived; empty when the notice may be sent.
  public let findings: [WordingFinding]

  /// Whether wording findings block this notice.
  public var isBlocked: Bool { !findings.isEmpty }

  /// The notice as plain text wrapped at `width` columns.
  public func text(width: Int = 72) -> String {
    PlainTextFormatter(width: width).string(for: document)
  }

  /// The notice as Markdown.
  public func markdown() -> String {
    MarkdownFormatter().string(for: document)
  }

  /// The notice as an RFC 5322 e-mail with the statement PDF attached.
  ///
  /// The Message-ID is derived from the claim id, the message kind and the as-of date, and the
  /// Date header from the as-of date, so the same claim and date give the same bytes.
  /// - Parameter statementPDF: the statement's PDF bytes (made by `settle statement`).
  /// - Throws: `NoticeError.mail` when the creditor's or customer's e-mail address is unusable.
  public func email(statementPDF: [UInt8]) throws(NoticeError) -> [UInt8] {
    let claim = facts.claim
    let message = MailMessage(
      from: MailAddress(displayName: claim.creditor.name, address: claim.creditor.email),
      to: [MailAddress(displayName: claim.customer.contactName, address: claim.customer.email)],
      subject: document.subject,
      date: document.date,
      messageID: MailMessage.makeMessageID(
        parts: ["settle-notice", claim.id, document.kind.rawValue, document.date.formatted(.iso8601)],
        domainOf: claim.creditor.email),
      text: text(),
      attachments: [
        MailAttachment(
          fileName: Self.attachmentName(for: claim.id), contentType: "application/pdf", bytes: statementPDF)
      ])
    do {
      return try message.encoded()
    } catch {
      throw .mail(error)
    }
  }

  /// `statement-CLM-2026-0042.pdf`, with characters outside `A–Z a–z 0–9 - _ .` replaced by `-`.
  static func attachmentName(for claimID: String) -> String {
    let safe = claimID.unicodeScalars.map { s -> String in
      s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || "-_.".unicodeScalars.contains(s))
        ? String(s) : "-"
    }.joined()
    return "statement-\(safe.isEmpty ? "claim" : safe).pdf"
  }
}
