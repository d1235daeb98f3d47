/// A PDF stream object: its dictionary and its data as stored in the file.
///
/// `encodedData` is already decrypted but still compressed by the `/Filter` chain; use
/// `PDFDocument.decodedStreamData(_:)` to apply the filters.
public struct PDFStream: Sendable, Equatable {
  /// The stream dictionary.
  public var dictionary: PDFDictionary
  /// The stream bytes after decryption, before filters.
  public var encodedData: [UInt8]

  /// Creates a stream from its dictionary and encoded data.
  public init(dictionary: PDFDictionary, encodedData: [UInt8]) {
    self.dictionary = dictionary
    self.encodedData = encodedData
  }
}
