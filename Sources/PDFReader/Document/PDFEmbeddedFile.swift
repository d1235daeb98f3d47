/// A file attached to the document through the /EmbeddedFiles name tree.
public struct PDFEmbeddedFile: Sendable, Equatable {
  /// The key in the name tree.
  public let name: String
  /// The file name from the file specification (/UF, else /F), or the key when absent.
  public let fileName: String
  /// The embedded file stream (/EF /F or /EF /UF), if present.
  public let stream: PDFReference?

  /// Creates an embedded-file record.
  public init(name: String, fileName: String, stream: PDFReference?) {
    self.name = name
    self.fileName = fileName
    self.stream = stream
  }
}
