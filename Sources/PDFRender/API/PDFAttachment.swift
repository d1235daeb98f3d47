/// A file embedded in the PDF (an associated file under PDF/A-3), e.g. the claim file or an
/// original invoice.
public struct PDFAttachment: Sendable, Hashable {
  /// How the attachment relates to the document (`/AFRelationship`).
  public enum Relationship: String, Sendable, Hashable {
    /// The original the document was made from (the claim file).
    case source = "Source"
    /// Data the document shows (a ledger export).
    case data = "Data"
    /// Another representation of the same content.
    case alternative = "Alternative"
    /// Supplementary material (an original invoice).
    case supplement = "Supplement"
    /// None of the above.
    case unspecified = "Unspecified"
  }

  /// The file name shown by viewers, e.g. `claim.json`.
  public var fileName: String
  /// The MIME type, e.g. `application/json` (required under PDF/A-3).
  public var mimeType: String
  /// The file's bytes.
  public var data: [UInt8]
  /// A human-readable description (`/Desc`, required by this renderer under PDF/A-3).
  public var description: String
  /// The modification instant in seconds since 1970-01-01T00:00:00Z.
  public var modificationDate: Int64
  /// The relationship to the document.
  public var relationship: Relationship

  public init(
    fileName: String, mimeType: String, data: [UInt8], description: String, modificationDate: Int64,
    relationship: Relationship = .supplement
  ) {
    self.fileName = fileName
    self.mimeType = mimeType
    self.data = data
    self.description = description
    self.modificationDate = modificationDate
    self.relationship = relationship
  }
}
