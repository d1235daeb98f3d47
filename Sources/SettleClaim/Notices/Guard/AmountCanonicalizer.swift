/// Reduces written amounts to their value for comparison: marks, spaces and grouping removed, the
/// decimal separator made `.`, leading zeros and trailing fraction zeros dropped (`$1,300.50` →
/// `1300.5`). Made once per notice, it sorts the marks once for all the notice's figures.
struct AmountCanonicalizer {
  /// The marks, longest first, as written.
  private let markers: [String]
  /// The same marks with white space removed.
  private let compactMarkers: [String]
  /// The marks as ASCII bytes, white space removed; nil when some mark is not ASCII.
  private let asciiMarkers: [[UInt8]]?
  private let separator: Character

  /// A canonicalizer for amounts written with `markers` and `decimalSeparator` (`.` or `,`).
  init(markers: [String], decimalSeparator: String) {
    self.markers = markers.sorted(by: { $0.count > $1.count })
    compactMarkers = self.markers.map(Self.compact)
    let allASCII = compactMarkers.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
    asciiMarkers = allASCII ? compactMarkers.map { Array($0.utf8) } : nil
    separator = decimalSeparator == "," ? "," : "."
  }

  /// The value of `written`, e.g. `1300.5` or `-12`.
  func value(of written: String) -> String {
    if let asciiMarkers, written.utf8.allSatisfy({ $0 < 0x80 }) {
      return asciiValue(Array(written.utf8), markers: asciiMarkers)
    }
    var s = Self.compact(written)
    for marker in compactMarkers {
      s = s.replacingOccurrences(of: marker, with: "")
    }
    var digits: [UInt8] = []
    var fraction: [UInt8] = []
    var inFraction = false
    for c in s where c.isASCII {
      if c == separator {
        inFraction = true
      } else if c.isNumber, let byte = c.asciiValue {
        if inFraction { fraction.append(byte) } else { digits.append(byte) }
      }
    }
    return Self.value(isNegative: s.hasPrefix("-"), whole: digits, fraction: fraction)
  }

  /// The same steps on ASCII text, byte by byte: white space removed, each mark (longest first)
  /// removed left to right, then the digits read. In ASCII every character is one byte (a `\r\n`
  /// pair is white space and gone), so this equals the general path.
  private func asciiValue(_ written: [UInt8], markers: [[UInt8]]) -> String {
    var s = written.filter { !Self.isASCIIWhitespace($0) }
    for marker in markers where !marker.isEmpty && marker.count <= s.count {
      var out: [UInt8] = []
      out.reserveCapacity(s.count)
      var index = 0
      while index < s.count {
        if index + marker.count <= s.count && s[index] == marker[0]
          && s[index..<(index + marker.count)].elementsEqual(marker)
        {
          index += marker.count
        } else {
          out.append(s[index])
          index += 1
        }
      }
      s = out
    }
    let separatorByte = separator.asciiValue ?? UInt8(ascii: ".")
    var digits: [UInt8] = []
    var fraction: [UInt8] = []
    var inFraction = false
    for byte in s {
      if byte == separatorByte {
        inFraction = true
      } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
        if inFraction { fraction.append(byte) } else { digits.append(byte) }
      }
    }
    return Self.value(isNegative: s.first == UInt8(ascii: "-"), whole: digits, fraction: fraction)
  }

  /// `whole.fraction` without leading zeros in `whole` and trailing zeros in `fraction`, `-` when
  /// negative and not zero.
  private static func value(isNegative: Bool, whole: [UInt8], fraction: [UInt8]) -> String {
    let whole = whole.drop { $0 == UInt8(ascii: "0") }
    var fractionEnd = fraction.count
    while fractionEnd > 0 && fraction[fractionEnd - 1] == UInt8(ascii: "0") { fractionEnd -= 1 }
    let fraction = fraction[..<fractionEnd]
    var bytes: [UInt8] = []
    if isNegative && !(whole.isEmpty && fraction.isEmpty) { bytes.append(UInt8(ascii: "-")) }
    if whole.isEmpty { bytes.append(UInt8(ascii: "0")) } else { bytes += whole }
    if !fraction.isEmpty {
      bytes.append(UInt8(ascii: "."))
      bytes += fraction
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Unicode white space in ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
  private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
  }

  /// An amount with all white space removed, so `1 234,56 €` and `1 234,56 €` compare equal.
  static func compact(_ s: String) -> String {
    String(
      s.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\u{202F}" && $0 != "\u{00A0}" }.map(
        Character.init))
  }
}
