/// How a PDF file is serialized.
public struct PDFSettings: Hashable, Sendable {
  /// Whether dictionaries are written one entry per line with indentation (for readable snapshots).
  public var isPretty: Bool
  /// Whether streams are Flate-compressed and non-stream objects packed into object streams with
  /// a cross-reference stream (PDF 1.5+); otherwise every object is written plainly with a
  /// classic cross-reference table.
  public var isCompressed: Bool
  /// The zlib level (1–9) for `compress2`; 6 balances size and speed.
  public var compressionLevel: Int32
  /// How many non-stream objects go into one object stream at most.
  public var objectsPerStream: Int

  /// Creates settings; the defaults write compact, compressed output.
  public init(isPretty: Bool = false, isCompressed: Bool = true, compressionLevel: Int32 = 6, objectsPerStream: Int = 200) {
    self.isPretty = isPretty
    self.isCompressed = isCompressed
    self.compressionLevel = compressionLevel
    self.objectsPerStream = max(1, objectsPerStream)
  }

  /// Readable output for snapshot tests: pretty and uncompressed.
  public static let readable = PDFSettings(isPretty: true, isCompressed: false)
}
