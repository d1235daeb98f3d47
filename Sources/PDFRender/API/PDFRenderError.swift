/// Why a document could not be rendered.
public enum PDFRenderError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The document uses something this renderer does not write yet (e.g. embedded PDF pages
  /// before the exhibit importer supplies them).
  case unsupported(String)
  /// HarfBuzz could not subset the font (a damaged or unusual font file).
  case fontSubsetFailed(fontID: String)
  /// An image's data does not match its declared size or format.
  case invalidImage(id: String, reason: String)
  /// A link or outline entry points to an anchor no page defines.
  case undefinedAnchor(String)
  /// An attachment cannot be written (empty or duplicate file name).
  case invalidAttachment(fileName: String, reason: String)
  /// The document has no pages (a PDF needs at least one).
  case noPages
  /// A page has a non-positive or absurd size (beyond 14,400 pt, the PDF limit).
  case invalidPageSize(page: Int)
  /// The document breaks the requested PDF/A level; every problem found is listed.
  case conformance([PDFConformanceProblem])

  public var description: String {
    switch self {
    case .unsupported(let what): return "not supported: \(what)"
    case .fontSubsetFailed(let id): return "font \(id): could not be subset for embedding"
    case .invalidImage(let id, let reason): return "image \(id): \(reason)"
    case .undefinedAnchor(let name): return "link or bookmark to undefined anchor \"\(name)\""
    case .invalidAttachment(let name, let reason): return "attachment \"\(name)\": \(reason)"
    case .noPages: return "the document has no pages"
    case .invalidPageSize(let page): return "page \(page + 1): invalid page size"
    case .conformance(let problems):
      return "document does not conform:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
    }
  }
}
