/// A file attached to a message.
public struct MailAttachment: Sendable, Equatable {
  /// The file name the recipient sees (ASCII recommended; others are RFC 2231-encoded).
  public var fileName: String
  /// The MIME type, e.g. `application/pdf`.
  public var contentType: String
  /// The file's bytes.
  public var bytes: [UInt8]

  /// Creates an attachment.
  public init(fileName: String, contentType: String, bytes: [UInt8]) {
    self.fileName = fileName
    self.contentType = contentType
    self.bytes = bytes
  }
}
