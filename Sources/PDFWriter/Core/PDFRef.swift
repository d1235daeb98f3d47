/// A reference to an indirect object: its object number (generation is always 0).
///
/// Numbers come from `PDFFileWriter.allocateRef()` in allocation order, so the same sequence of
/// calls always produces the same numbering.
public struct PDFRef: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The object number, ≥ 1.
  public let number: Int

  /// Creates a reference to object `number` (normally obtained from `PDFFileWriter.allocateRef()`).
  public init(_ number: Int) { self.number = number }

  public static func < (a: PDFRef, b: PDFRef) -> Bool { a.number < b.number }
  public var description: String { "\(number) 0 R" }
}
