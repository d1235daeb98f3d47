/// What drawing text needs from an `EmbeddedFont`, as a value that threads may share: the
/// resource name, the code and width of every original glyph, and the ToUnicode text per code.
///
/// Page contents are built on several threads (`PageContents`); the font itself stays with the
/// document writer, which writes it once.
struct DrawingFont: Sendable {
  let resourceName: String
  /// Code per original glyph index; -1 for unused glyphs.
  let codes: [Int32]
  /// Width in thousandths of an em times 10,000 (`PDFNumber.scaled`), per original glyph index.
  let widths: [Int64]
  /// The ToUnicode text per code (nil where a glyph has none).
  private let unicodeByCode: [String?]

  init(_ font: EmbeddedFont) {
    resourceName = font.resourceName
    codes = font.codes
    widths = font.widths
    let maxCode = Int(font.codes.max() ?? 0)
    unicodeByCode = maxCode < 0 ? [] : (0...maxCode).map { font.unicodeText(forCode: $0) }
  }

  /// The ToUnicode text of `code`, if any.
  @inline(__always) func unicodeText(forCode code: Int) -> String? {
    code >= 0 && code < unicodeByCode.count ? unicodeByCode[code] : nil
  }
}
