import ImageDecode
import PDFReader

/// Why a file cannot become exhibit pages.
public enum PDFImportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The PDF file cannot be read (damaged beyond repair, password-protected, over a limit, …);
  /// the reader's error says which.
  case unreadablePDF(PDFReadError)
  /// The image file cannot be decoded (truncated, unsupported colour type, over a limit, …).
  case unreadableImage(ImageDecodeError)
  /// The PDF file opens but has no pages.
  case noPages
  /// The file is neither a PDF nor a PNG or JPEG image (judged by its first bytes).
  case unknownFormat

  public var description: String {
    switch self {
    case .unreadablePDF(let error): return "cannot import the PDF file: \(error)"
    case .unreadableImage(let error): return "cannot import the image: \(error)"
    case .noPages: return "the PDF file has no pages"
    case .unknownFormat: return "not a PDF, PNG or JPEG file"
    }
  }
}
