/// How `PDFFileWriter.writeStream` treats a stream's data.
public enum PDFStreamFilter: Hashable, Sendable {
  /// Flate-compress the data when the file is compressed (and the result is smaller); write it
  /// plainly otherwise.
  case automatic
  /// Write the data as it is, with no filter.
  case none
  /// The data is already encoded; write it as it is and declare `name` as `/Filter`
  /// (e.g. `DCTDecode` for JPEG, `FlateDecode` for data compressed by the caller).
  case encoded(name: String)
}
