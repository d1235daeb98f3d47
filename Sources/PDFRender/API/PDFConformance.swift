/// The archival standard a rendered PDF claims and is checked against.
public enum PDFConformance: Sendable, Hashable, CustomStringConvertible {
  /// Plain PDF 1.7, no claim.
  case none
  /// PDF/A-2b (ISO 19005-2, level B): self-contained, sRGB output intent, no attachments.
  case pdfA2b
  /// PDF/A-3b (ISO 19005-3, level B): as PDF/A-2b, plus associated files of any type.
  case pdfA3b

  /// The `pdfaid:part` value, or nil for `.none`.
  var part: Int? {
    switch self {
    case .none: return nil
    case .pdfA2b: return 2
    case .pdfA3b: return 3
    }
  }

  /// Whether this is one of the PDF/A levels.
  public var isArchival: Bool { part != nil }

  public var description: String {
    switch self {
    case .none: return "PDF 1.7"
    case .pdfA2b: return "PDF/A-2b"
    case .pdfA3b: return "PDF/A-3b"
    }
  }
}
