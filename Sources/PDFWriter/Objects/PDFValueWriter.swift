/// Writes exactly one PDF value (number, name, string, reference, array or dictionary).
///
/// Writers are closure-scoped: a parent hands its buffer to the child for the duration of a
/// closure and takes it back afterwards, so no writer outlives the value it writes.
public struct PDFValueWriter {
  @usableFromInline var bytes: [UInt8]
  @usableFromInline let level: Int
  @usableFromInline let isPretty: Bool

  @usableFromInline init(bytes: [UInt8], level: Int, isPretty: Bool) {
    self.bytes = bytes
    self.level = level
    self.isPretty = isPretty
  }

  /// Adds a space when the previous byte would otherwise run into a regular token.
  @inlinable mutating func separateRegularToken() {
    if let last = bytes.last, !PDFSyntax.isWhitespace(last), !PDFSyntax.isDelimiter(last) || last == 0x29 || last == 0x3E || last == 0x5D {
      bytes.append(0x20)
    }
  }

  /// Writes an integer.
  @inlinable public mutating func integer(_ value: Int) {
    separateRegularToken()
    PDFSyntax.appendInteger(Int64(value), to: &bytes)
  }

  /// Writes a real number (at most four decimals).
  @inlinable public mutating func number(_ value: PDFNumber) {
    separateRegularToken()
    PDFSyntax.appendNumber(value, to: &bytes)
  }

  /// Writes `true` or `false`.
  public mutating func boolean(_ value: Bool) {
    separateRegularToken()
    if value { PDFSyntax.appendASCII("true", to: &bytes) } else { PDFSyntax.appendASCII("false", to: &bytes) }
  }

  /// Writes `null`.
  public mutating func null() {
    separateRegularToken()
    PDFSyntax.appendASCII("null", to: &bytes)
  }

  /// Writes a name, escaping as needed (`"application/pdf"` → `/application#2Fpdf`).
  public mutating func name(_ name: String) { PDFSyntax.appendName(name, to: &bytes) }

  /// Writes a literal string of raw bytes.
  public mutating func literalString(_ string: [UInt8]) { PDFSyntax.appendLiteralString(string, to: &bytes) }

  /// Writes a literal string of the UTF-8 bytes of `string` (for ASCII keys such as named destinations).
  public mutating func literalString(_ string: String) { PDFSyntax.appendLiteralString(Array(string.utf8), to: &bytes) }

  /// Writes a hexadecimal string.
  public mutating func hexString(_ string: [UInt8]) { PDFSyntax.appendHexString(string, to: &bytes) }

  /// Writes a text string: literal for printable ASCII, UTF-16BE with BOM otherwise.
  public mutating func textString(_ text: String) { PDFSyntax.appendTextString(text, to: &bytes) }

  /// Writes an indirect reference `n 0 R`.
  @inlinable public mutating func reference(_ ref: PDFRef) {
    separateRegularToken()
    PDFSyntax.appendInteger(Int64(ref.number), to: &bytes)
    PDFSyntax.appendASCII(" 0 R", to: &bytes)
  }

  /// Writes an array whose elements `body` writes.
  public mutating func array(_ body: (inout PDFArrayWriter) -> Void) {
    var array = PDFArrayWriter(bytes: [], level: level, isPretty: isPretty)
    swap(&array.bytes, &bytes)
    array.begin()
    body(&array)
    array.end()
    swap(&array.bytes, &bytes)
  }

  /// Writes a dictionary whose entries `body` writes.
  public mutating func dictionary(_ body: (inout PDFDictionaryWriter) -> Void) {
    var dictionary = PDFDictionaryWriter(bytes: [], level: level, isPretty: isPretty)
    swap(&dictionary.bytes, &bytes)
    dictionary.begin()
    body(&dictionary)
    dictionary.end()
    swap(&dictionary.bytes, &bytes)
  }

  /// Writes an array of numbers.
  public mutating func numbers(_ values: [PDFNumber]) {
    array { a in for v in values { a.number(v) } }
  }

  /// Writes `raw` verbatim, separated from a preceding regular token: the escape hatch for syntax
  /// no typed method covers. The caller is responsible for its validity.
  public mutating func raw(_ raw: [UInt8]) {
    separateRegularToken()
    bytes.append(contentsOf: raw)
  }
}
