/// One PDF object (ISO 32000-1 §7.3), as read from a file.
///
/// Indirect references are kept as `.reference`; resolve them with `PDFDocument.resolve(_:)`.
public enum PDFObject: Sendable, Equatable {
  /// The null object, also used for anything missing or unreadable.
  case null
  /// `true` or `false`.
  case boolean(Bool)
  /// An integer number.
  case integer(Int64)
  /// A real number.
  case real(Double)
  /// A string's bytes (literal or hexadecimal, already decrypted); see `PDFTextString` for text.
  case string([UInt8])
  /// A name without its leading slash, `#xx` escapes decoded, each byte mapped to U+0000–U+00FF.
  case name(String)
  /// An array.
  case array([PDFObject])
  /// A dictionary.
  case dictionary(PDFDictionary)
  /// A stream: dictionary plus (decrypted, still filter-encoded) data.
  case stream(PDFStream)
  /// An indirect reference `n g R`.
  case reference(PDFReference)

  /// The value of an integer, or of a real with no fractional part.
  public var integerValue: Int64? {
    switch self {
    case .integer(let v): v
    case .real(let v) where v.rounded() == v && abs(v) < 9e15: Int64(v)
    default: nil
    }
  }

  /// The value of an integer or real number.
  public var numberValue: Double? {
    switch self {
    case .integer(let v): Double(v)
    case .real(let v): v
    default: nil
    }
  }

  /// The name, if this is a name.
  public var nameValue: String? { if case .name(let v) = self { v } else { nil } }
  /// The bytes, if this is a string.
  public var stringValue: [UInt8]? { if case .string(let v) = self { v } else { nil } }
  /// The elements, if this is an array.
  public var arrayValue: [PDFObject]? { if case .array(let v) = self { v } else { nil } }
  /// The boolean, if this is a boolean.
  public var booleanValue: Bool? { if case .boolean(let v) = self { v } else { nil } }
  /// The reference, if this is an indirect reference.
  public var referenceValue: PDFReference? { if case .reference(let v) = self { v } else { nil } }
  /// The stream, if this is a stream.
  public var streamValue: PDFStream? { if case .stream(let v) = self { v } else { nil } }

  /// The dictionary of a dictionary, or the dictionary of a stream.
  public var dictionaryValue: PDFDictionary? {
    switch self {
    case .dictionary(let d): d
    case .stream(let s): s.dictionary
    default: nil
    }
  }

  /// Whether this is the null object.
  public var isNull: Bool { if case .null = self { true } else { false } }
}

/// An indirect object's identity: object number and generation.
public struct PDFReference: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The object number (≥ 0).
  public var number: Int
  /// The generation number (0–65535).
  public var generation: Int

  /// Creates a reference to object `number`, generation `generation`.
  public init(number: Int, generation: Int) {
    self.number = number
    self.generation = generation
  }

  public static func < (a: PDFReference, b: PDFReference) -> Bool {
    (a.number, a.generation) < (b.number, b.generation)
  }

  public var description: String { "\(number) \(generation) R" }
}
