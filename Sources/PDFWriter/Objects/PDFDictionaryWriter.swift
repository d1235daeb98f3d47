/// Writes the entries of a dictionary. Typed writers wrap one of these and expose it as their
/// `dictionary`, so any key they do not model can still be written (the escape hatch).
public struct PDFDictionaryWriter {
  @usableFromInline var bytes: [UInt8]
  @usableFromInline let level: Int
  @usableFromInline let isPretty: Bool
  @usableFromInline var count = 0

  @usableFromInline init(bytes: [UInt8], level: Int, isPretty: Bool) {
    self.bytes = bytes
    self.level = level
    self.isPretty = isPretty
  }

  mutating func begin() { bytes.append(0x3C); bytes.append(0x3C) }

  mutating func end() {
    if isPretty {
      if count > 0 { newline(indent: level) } else { bytes.append(0x20) }
    }
    bytes.append(0x3E); bytes.append(0x3E)
  }

  @usableFromInline mutating func newline(indent: Int) {
    bytes.append(0x0A)
    for _ in 0..<indent { bytes.append(0x20); bytes.append(0x20) }
  }

  /// Writes the entry `key` with a value `body` writes: the escape hatch for any value.
  @inlinable public mutating func entry(_ key: String, _ body: (inout PDFValueWriter) -> Void) {
    if isPretty { newline(indent: level + 1) }
    PDFSyntax.appendName(key, to: &bytes)
    if isPretty { bytes.append(0x20) }
    var value = PDFValueWriter(bytes: [], level: level + 1, isPretty: isPretty)
    swap(&value.bytes, &bytes)
    body(&value)
    swap(&value.bytes, &bytes)
    count += 1
  }

  /// Writes an integer entry.
  @inlinable public mutating func set(_ key: String, integer value: Int) { entry(key) { $0.integer(value) } }
  /// Writes a number entry.
  @inlinable public mutating func set(_ key: String, number value: PDFNumber) { entry(key) { $0.number(value) } }
  /// Writes a name entry.
  public mutating func set(_ key: String, name value: String) { entry(key) { $0.name(value) } }
  /// Writes a reference entry.
  @inlinable public mutating func set(_ key: String, reference value: PDFRef) { entry(key) { $0.reference(value) } }
  /// Writes a boolean entry.
  public mutating func set(_ key: String, boolean value: Bool) { entry(key) { $0.boolean(value) } }
  /// Writes a text-string entry (literal for ASCII, UTF-16BE otherwise).
  public mutating func set(_ key: String, text value: String) { entry(key) { $0.textString(value) } }
  /// Writes a literal byte-string entry.
  public mutating func set(_ key: String, literal value: [UInt8]) { entry(key) { $0.literalString(value) } }
  /// Writes a hex-string entry.
  public mutating func set(_ key: String, hex value: [UInt8]) { entry(key) { $0.hexString(value) } }
  /// Writes an array entry.
  public mutating func array(_ key: String, _ body: (inout PDFArrayWriter) -> Void) { entry(key) { $0.array(body) } }
  /// Writes a nested dictionary entry.
  public mutating func dictionary(_ key: String, _ body: (inout PDFDictionaryWriter) -> Void) { entry(key) { $0.dictionary(body) } }
  /// Writes an array of numbers (rectangles, matrices, widths).
  public mutating func set(_ key: String, numbers values: [PDFNumber]) { entry(key) { $0.numbers(values) } }
  /// Writes an array of references.
  public mutating func set(_ key: String, references values: [PDFRef]) {
    entry(key) { v in v.array { a in for r in values { a.reference(r) } } }
  }
}
