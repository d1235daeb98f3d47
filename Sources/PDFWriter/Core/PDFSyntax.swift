/// Byte-level encoders for PDF tokens (ISO 32000-1 §7.3): numbers, names, strings.
///
/// All functions append to a byte buffer; none allocates a `String` on the hot path.
public enum PDFSyntax {
  /// Appends a decimal integer.
  @inlinable public static func appendInteger(_ value: Int64, to bytes: inout [UInt8]) {
    if value == 0 { bytes.append(0x30); return }
    var magnitude = value.magnitude
    if value < 0 { bytes.append(0x2D) }
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                 UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
      (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      while magnitude > 0 {
        buffer[count] = 0x30 + UInt8(magnitude % 10)
        magnitude /= 10
        count += 1
      }
      for i in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[i]) }
    }
  }

  /// Appends `value / 10^fractionDigits` with at most `fractionDigits` decimals, trailing zeros
  /// removed (`fractionDigits` ≤ 4 for PDF output).
  @inlinable public static func appendDecimal(_ value: Int64, fractionDigits: Int, to bytes: inout [UInt8]) {
    if fractionDigits == 0 { appendInteger(value, to: &bytes); return }
    var unit: Int64 = 1
    for _ in 0..<fractionDigits { unit *= 10 }
    let magnitude = value.magnitude
    let whole = magnitude / UInt64(unit)
    var fraction = magnitude % UInt64(unit)
    if value < 0 && magnitude != 0 { bytes.append(0x2D) }
    appendInteger(Int64(whole), to: &bytes)
    if fraction == 0 { return }
    var digits = fractionDigits
    while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
    bytes.append(0x2E)
    var divisor: UInt64 = 1
    for _ in 1..<digits { divisor *= 10 }
    while divisor > 0 {
      bytes.append(0x30 + UInt8(fraction / divisor % 10))
      divisor /= 10
    }
  }

  /// Appends a number with at most four decimals.
  @inlinable public static func appendNumber(_ number: PDFNumber, to bytes: inout [UInt8]) {
    appendDecimal(number.scaled, fractionDigits: 4, to: &bytes)
  }

  /// Whether `byte` is a PDF delimiter character.
  @inlinable public static func isDelimiter(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x28, 0x29, 0x3C, 0x3E, 0x5B, 0x5D, 0x7B, 0x7D, 0x2F, 0x25: return true
    default: return false
    }
  }

  /// Whether `byte` is PDF white space.
  @inlinable public static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
  }

  /// Appends a name object (`/Name`), escaping bytes outside `!`…`~`, delimiters and `#` as `#xx`.
  public static func appendName(_ name: String, to bytes: inout [UInt8]) {
    bytes.append(0x2F)
    for b in name.utf8 {
      if b < 0x21 || b > 0x7E || b == 0x23 || isDelimiter(b) {
        bytes.append(0x23)
        appendHexByte(b, to: &bytes)
      } else {
        bytes.append(b)
      }
    }
  }

  /// Appends a literal string `( … )`, escaping `\`, parentheses, and non-printable bytes as `\ddd`.
  public static func appendLiteralString(_ string: [UInt8], to bytes: inout [UInt8]) {
    bytes.append(0x28)
    for b in string {
      switch b {
      case 0x28, 0x29, 0x5C: bytes.append(0x5C); bytes.append(b)
      case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
      case 0x0D: bytes.append(0x5C); bytes.append(0x72)
      case 0x09: bytes.append(0x5C); bytes.append(0x74)
      case 0x20...0x7E: bytes.append(b)
      default:
        bytes.append(0x5C)
        bytes.append(0x30 + (b >> 6))
        bytes.append(0x30 + ((b >> 3) & 7))
        bytes.append(0x30 + (b & 7))
      }
    }
    bytes.append(0x29)
  }

  /// Appends a hexadecimal string `<…>` in uppercase digits.
  public static func appendHexString(_ string: [UInt8], to bytes: inout [UInt8]) {
    bytes.append(0x3C)
    for b in string { appendHexByte(b, to: &bytes) }
    bytes.append(0x3E)
  }

  /// Appends a text string (ISO 32000-1 §7.9.2.2): a literal string when every character is
  /// printable ASCII, otherwise UTF-16BE with a byte order mark, as a hex string.
  public static func appendTextString(_ text: String, to bytes: inout [UInt8]) {
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      appendLiteralString(Array(text.utf8), to: &bytes)
    } else {
      appendHexString(utf16BigEndian(text, byteOrderMark: true), to: &bytes)
    }
  }

  /// The bytes `appendTextString` encodes: UTF-8 (= PDFDocEncoding) for printable ASCII,
  /// UTF-16BE with a byte order mark otherwise. Name-tree keys sort by these bytes.
  public static func textStringBytes(_ text: String) -> [UInt8] {
    text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) ? Array(text.utf8) : utf16BigEndian(text, byteOrderMark: true)
  }

  /// The UTF-16BE bytes of `text`, optionally preceded by FE FF.
  public static func utf16BigEndian(_ text: String, byteOrderMark: Bool) -> [UInt8] {
    var out: [UInt8] = byteOrderMark ? [0xFE, 0xFF] : []
    for unit in text.utf16 { out.append(UInt8(unit >> 8)); out.append(UInt8(unit & 0xFF)) }
    return out
  }

  /// Appends two uppercase hex digits.
  @inlinable public static func appendHexByte(_ b: UInt8, to bytes: inout [UInt8]) {
    bytes.append(hexDigit(b >> 4))
    bytes.append(hexDigit(b & 0x0F))
  }

  @inlinable static func hexDigit(_ nibble: UInt8) -> UInt8 { nibble < 10 ? 0x30 + nibble : 0x37 + nibble }

  /// Appends ASCII text verbatim.
  @inlinable public static func appendASCII(_ text: StaticString, to bytes: inout [UInt8]) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }
}
