import Typeset

/// Why an exhibit file cannot be used.
public enum ExhibitError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file cannot be imported (not a PDF/PNG/JPEG, damaged, password-protected, over a
  /// limit); `reason` is the importer's explanation.
  case unusableFile(exhibit: Int, fileName: String, reason: PDFImportError)

  public var description: String {
    switch self {
    case .unusableFile(let exhibit, let fileName, let reason):
      return "exhibit \(exhibit) (\(fileName)): \(reason)"
    }
  }
}
