/// Writes the elements of an array. Each call writes one element.
public struct PDFArrayWriter {
  @usableFromInline var bytes: [UInt8]
  @usableFromInline let level: Int
  @usableFromInline let isPretty: Bool
  @usableFromInline var count = 0

  @usableFromInline init(bytes: [UInt8], level: Int, isPretty: Bool) {
    self.bytes = bytes
    self.level = level
    self.isPretty = isPretty
  }

  mutating func begin() { bytes.append(0x5B) }
  mutating func end() { bytes.append(0x5D) }

  /// Writes one element with `body`, the escape hatch for any value.
  @inlinable public mutating func element(_ body: (inout PDFValueWriter) -> Void) {
    var value = PDFValueWriter(bytes: [], level: level, isPretty: isPretty)
    swap(&value.bytes, &bytes)
    if isPretty && count > 0 { value.bytes.append(0x20) }
    body(&value)
    swap(&value.bytes, &bytes)
    count += 1
  }

  /// Appends an integer.
  @inlinable public mutating func integer(_ value: Int) { element { $0.integer(value) } }
  /// Appends a number.
  @inlinable public mutating func number(_ value: PDFNumber) { element { $0.number(value) } }
  /// Appends a name.
  public mutating func name(_ value: String) { element { $0.name(value) } }
  /// Appends a reference.
  @inlinable public mutating func reference(_ ref: PDFRef) { element { $0.reference(ref) } }
  /// Appends a text string.
  public mutating func textString(_ text: String) { element { $0.textString(text) } }
  /// Appends a literal string.
  public mutating func literalString(_ text: String) { element { $0.literalString(text) } }
  /// Appends `null`.
  public mutating func null() { element { $0.null() } }
  /// Appends a nested array.
  public mutating func array(_ body: (inout PDFArrayWriter) -> Void) { element { $0.array(body) } }
  /// Appends a dictionary.
  public mutating func dictionary(_ body: (inout PDFDictionaryWriter) -> Void) { element { $0.dictionary(body) } }
}
