/// The text a glyph cluster must extract as, given how poppler (and other bidi-aware extractors)
/// recover logical order.
///
/// Right-to-left glyphs are drawn in visual order. Extractors find RTL characters and reverse
/// each RTL run character by character. A cluster's logical text therefore has to be stored
/// visually (reversed) when it contains RTL characters: the lam-alef ligature maps to "ال" and
/// comes out of `pdftotext` as "لا". Logical `/ActualText` on an RTL run is reversed the same
/// way, which is why RTL items do not get one (checked with poppler 22.02 pdftotext, see
/// `PDFRenderTests/TextExtractionTests`).
enum ExtractionText {
  /// `text` as it must be mapped for a glyph in a right-to-left (or mixed) item.
  @inline(__always) static func visual(_ text: String) -> String {
    // Fast path: RTL scripts start at U+0590, whose UTF-8 lead byte is 0xD6.
    guard text.utf8.contains(where: { $0 >= 0xD6 }), text.unicodeScalars.count > 1,
      text.unicodeScalars.contains(where: isRightToLeft)
    else { return text }
    return String(String.UnicodeScalarView(text.unicodeScalars.reversed()))
  }

  /// Whether `scalar` belongs to a right-to-left script block (Hebrew, Arabic, Syriac, Thaana,
  /// NKo, Samaritan, Mandaic, their presentation forms, and the SMP RTL blocks).
  static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: return true
    default: return false
    }
  }
}
