import SettleModel

/// A rendered notice in structured form: letterhead, subject and body blocks.
///
/// Text, Markdown and e-mail output are made from this; a PDF letter layout can be built from the
/// same values (the demand letter's paragraphs, its itemization table rows and both addresses).
public struct NoticeDocument: Sendable, Equatable {
  /// Which message this is.
  public var kind: NoticeKind
  /// The subject line (also the e-mail subject).
  public var subject: String
  /// The date the notice is made as of (the letter's date).
  public var date: CivilDate
  /// The date as printed in the letter.
  public var dateLine: String
  /// The sender's block: creditor name, address lines, phone, e-mail.
  public var sender: [String]
  /// The recipient's block: customer name(s) and address lines.
  public var recipient: [String]
  /// The body, in reading order.
  public var blocks: [NoticeBlock]

  /// Creates a document.
  public init(
    kind: NoticeKind, subject: String, date: CivilDate, dateLine: String, sender: [String], recipient: [String],
    blocks: [NoticeBlock]
  ) {
    self.kind = kind
    self.subject = subject
    self.date = date
    self.dateLine = dateLine
    self.sender = sender
    self.recipient = recipient
    self.blocks = blocks
  }

  /// The body's tables, in order (the first is the itemization of the balance in every stage template).
  public var tables: [NoticeTable] {
    blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
  }

  /// The body's paragraphs, in order.
  public var paragraphs: [String] {
    blocks.compactMap { if case .paragraph(let p) = $0 { return p } else { return nil } }
  }
}
