/// Decoding of PDF text strings (ISO 32000-2 §7.9.2.2): UTF-16BE or UTF-8 with a byte-order
/// mark, otherwise PDFDocEncoding.
public enum PDFTextString {
  /// The text of a string object's bytes.
  public static func decode(_ bytes: [UInt8]) -> String {
    if bytes.count >= 2 && bytes[0] == 0xfe && bytes[1] == 0xff {
      var units: [UInt16] = []
      var i = 2
      while i + 1 < bytes.count {
        units.append(UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
        i += 2
      }
      return String(decoding: units, as: UTF16.self)
    }
    if bytes.count >= 3 && bytes[0] == 0xef && bytes[1] == 0xbb && bytes[2] == 0xbf {
      return String(decoding: bytes[3...], as: UTF8.self)
    }
    var scalars = String.UnicodeScalarView()
    for b in bytes {
      if b >= 0x80 && b <= 0xa0, let mapped = Unicode.Scalar(docEncodingHigh[Int(b - 0x80)]) {
        scalars.append(mapped)
      } else {
        scalars.append(Unicode.Scalar(b))
      }
    }
    return String(scalars)
  }

  /// PDFDocEncoding 0x80–0xA0 (Annex D); 0x9F is undefined and maps to U+FFFD.
  private static let docEncodingHigh: [UInt32] = [
    0x2022, 0x2020, 0x2021, 0x2026, 0x2014, 0x2013, 0x0192, 0x2044, 0x2039, 0x203a, 0x2212, 0x2030, 0x201e, 0x201c,
    0x201d, 0x2018, 0x2019, 0x201a, 0x2122, 0xfb01, 0xfb02, 0x0141, 0x0152, 0x0160, 0x0178, 0x017d, 0x0131, 0x0142,
    0x0153, 0x0161, 0x017e, 0xfffd, 0x20ac,
  ]
}
