/// One stage of a stream's `/Filter` chain with its `/DecodeParms`.
public struct PDFFilter: Sendable, Equatable {
  /// The filter name, abbreviations expanded (`/Fl` → `FlateDecode`).
  public var name: String
  /// The stage's decode parameters, if any.
  public var parameters: PDFDictionary?

  /// Creates a filter stage.
  public init(name: String, parameters: PDFDictionary?) {
    self.name = name
    self.parameters = parameters
  }

  /// Image codecs the reader leaves encoded: their data is passed through for an image consumer.
  public static let passThroughNames: Set<String> = ["DCTDecode", "JPXDecode", "CCITTFaxDecode", "JBIG2Decode"]

  /// Whether this filter is an image codec the reader passes through.
  public var isPassThrough: Bool { Self.passThroughNames.contains(name) }

  /// Expands the abbreviations allowed in inline images (ISO 32000-1 table 94).
  static func canonicalName(_ name: String) -> String {
    switch name {
    case "AHx": "ASCIIHexDecode"
    case "A85": "ASCII85Decode"
    case "LZW": "LZWDecode"
    case "Fl": "FlateDecode"
    case "RL": "RunLengthDecode"
    case "CCF": "CCITTFaxDecode"
    case "DCT": "DCTDecode"
    default: name
    }
  }
}

/// A stream's data after the reader's filters, plus any image filters left to apply.
public struct PDFStreamData: Sendable, Equatable {
  /// The decoded bytes (still encoded by `passThroughFilters`, if any).
  public var bytes: [UInt8]
  /// The remaining filter stages (DCT, JPX, CCITT, JBIG2), in order; empty when fully decoded.
  public var passThroughFilters: [PDFFilter]
}
