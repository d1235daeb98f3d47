/// The outcome of `PDFDocument.inspect(data:)`: a page count, or why the file cannot be read.
public enum PDFInspection: Sendable, Equatable {
  /// The file opened; it has `pageCount` pages.
  case readable(pageCount: Int, isEncrypted: Bool)
  /// The file cannot be read.
  case unreadable(PDFReadError)

  /// The page count, when readable.
  public var pageCount: Int? { if case .readable(let n, _) = self { n } else { nil } }
  /// The error, when unreadable.
  public var error: PDFReadError? { if case .unreadable(let e) = self { e } else { nil } }
}
