/// Why a PDF file could not be read.
public enum PDFReadError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The data has no `%PDF-` header and no indirect objects: it is not a PDF file.
  case notAPDF
  /// The file is structurally broken beyond repair: no catalog or page tree could be found,
  /// or an object needed to read the pages cannot be parsed. The text says what and where.
  case malformed(String)
  /// The file is encrypted and the empty user password does not open it.
  case passwordRequired
  /// The file uses an encryption scheme this reader does not implement (public-key handlers,
  /// unknown /V or /R, unknown crypt filter methods).
  case unsupportedEncryption(String)
  /// A stream uses a filter this reader does not know (not one of the standard ones).
  case unsupportedFilter(String)
  /// A stream's encoded data is invalid for its filter (bad ASCII85, bad LZW code, bad predictor).
  case corruptStream(String)
  /// Arrays, dictionaries, reference chains or the page tree are nested deeper than the limit.
  case nestingTooDeep(limit: Int)
  /// The cross-reference data declares or the file contains more objects than the limit.
  case tooManyObjects(limit: Int)
  /// One stream decodes to more bytes than the per-stream limit (a decompression bomb).
  case streamTooLarge(limit: Int)
  /// All streams decoded while opening the file add up to more bytes than the total limit.
  case totalDecodedSizeExceeded(limit: Int)
  /// Reading needed more parse steps than the work budget allows (pathological structure).
  case workBudgetExceeded(limit: Int)

  public var description: String {
    switch self {
    case .notAPDF:
      "not a PDF file (no %PDF- header and no objects found)"
    case .malformed(let why):
      "damaged PDF file: \(why)"
    case .passwordRequired:
      "the PDF file is password-protected; decrypt it first, e.g. `qpdf --decrypt --password=PASSWORD in.pdf out.pdf`, and use out.pdf"
    case .unsupportedEncryption(let what):
      "unsupported PDF encryption (\(what)); decrypt it first, e.g. `qpdf --decrypt --password=PASSWORD in.pdf out.pdf`"
    case .unsupportedFilter(let name):
      "unsupported PDF stream filter /\(name)"
    case .corruptStream(let why):
      "corrupt PDF stream data: \(why)"
    case .nestingTooDeep(let limit):
      "PDF objects are nested deeper than \(limit) levels"
    case .tooManyObjects(let limit):
      "PDF file has more than \(limit) objects"
    case .streamTooLarge(let limit):
      "a PDF stream decodes to more than \(limit) bytes (possible decompression bomb)"
    case .totalDecodedSizeExceeded(let limit):
      "PDF streams decode to more than \(limit) bytes in total (possible decompression bomb)"
    case .workBudgetExceeded(let limit):
      "reading the PDF file needs more than \(limit) parse steps (pathological structure)"
    }
  }
}
