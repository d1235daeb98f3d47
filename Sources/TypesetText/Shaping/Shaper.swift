import CHarfBuzz
import TypesetCore

/// Turns styled text into shaped runs: bidi levels (FriBiDi), itemization by script and font
/// fallback, then HarfBuzz shaping of each item with the whole paragraph as context.
///
/// A value type holding only the thread-safe `FontBook`; every `shape` call makes its own
/// HarfBuzz buffer, so one shaper is used from any number of threads.
public struct Shaper: Sendable {
  /// The faces and fallback chains used.
  public let fontBook: FontBook

  /// Creates a shaper over `fontBook`.
  public init(fontBook: FontBook) { self.fontBook = fontBook }

  /// Shapes one paragraph in one style.
  public func shape(_ text: String, style: TextStyle, direction: ParagraphDirection = .auto) -> ShapedParagraph {
    shape([StyledSpan(text, style: style)], direction: direction)
  }

  /// Shapes one paragraph made of styled spans (concatenated in order).
  ///
  /// Characters no face covers are shaped with the style's primary face (showing `.notdef`)
  /// and listed in `missingGlyphs`.
  public func shape(_ spans: [StyledSpan], direction: ParagraphDirection = .auto) -> ShapedParagraph {
    if spans.count == 1, direction != .rightToLeft, let composed = shapeCommonLatin(spans[0]) { return composed }
    return shapeWithHarfBuzz(spans, direction: direction)
  }

  /// The full pipeline (itemization, FriBiDi, HarfBuzz) without the common-Latin shortcut.
  func shapeWithHarfBuzz(_ spans: [StyledSpan], direction: ParagraphDirection) -> ShapedParagraph {
    var text = spans.count == 1 ? spans[0].text : spans.map(\.text).joined()
    text.makeContiguousUTF8()
    // HarfBuzz and FriBiDi index with 32-bit integers; a paragraph of 2 GB is not text to set.
    guard text.utf8.count < Int(Int32.max) else {
      return ShapedParagraph(text: text, baseLevel: 0, runs: [], missingGlyphs: [])
    }
    let itemization = Itemizer(book: fontBook).itemize(spans, text: text, direction: direction)
    guard !itemization.items.isEmpty else {
      return ShapedParagraph(
        text: text, baseLevel: itemization.baseLevel, runs: [], missingGlyphs: itemization.missingGlyphs)
    }
    let runs =
      text.utf8.withContiguousStorageIfAvailable { bytes in
        shapeItems(itemization.items, fonts: itemization.fonts, spans: spans, bytes: bytes)
      } ?? shapeItems(itemization.items, fonts: itemization.fonts, spans: spans, bytes: Array(text.utf8))
    return ShapedParagraph(
      text: text, baseLevel: itemization.baseLevel, runs: runs, missingGlyphs: itemization.missingGlyphs)
  }

  /// The shortcut for one span of common Latin characters in a face that shapes it pairwise (see
  /// `PairShapingTable`): the same result HarfBuzz gives, without running it. Nil when the text
  /// does not qualify or the face's table is not worth making yet (`PairShapingTables`).
  private func shapeCommonLatin(_ span: StyledSpan) -> ShapedParagraph? {
    let text = span.text
    let count = text.utf8.count
    guard count > 0, count <= PairShapingTable.maxLength else { return nil }
    let style = span.style
    let fontIndex = fontBook.chainIndices[style.font.index][0]
    guard let table = fontBook.pairTables.shortcutTable(font: fontIndex, in: fontBook, features: style.features),
      table.isUsable
    else { return nil }
    guard let (glyphs, width) = table.compose(text, size: style.size) else { return nil }
    let font = table.font
    let run = ShapedRun(font: font, style: style, bidiLevel: 0, range: 0..<count, glyphs: glyphs, width: width)
    return ShapedParagraph(text: text, baseLevel: 0, runs: [run], missingGlyphs: [])
  }

  private func shapeItems(_ items: [TextItem], fonts: [Font?], spans: [StyledSpan], bytes: [UInt8]) -> [ShapedRun] {
    bytes.withUnsafeBufferPointer { shapeItems(items, fonts: fonts, spans: spans, bytes: $0) }
  }

  private func shapeItems(_ items: [TextItem], fonts: [Font?], spans: [StyledSpan], bytes: UnsafeBufferPointer<UInt8>)
    -> [ShapedRun]
  {
    guard let base = bytes.baseAddress, let buffer = hb_buffer_create() else { return [] }
    defer { hb_buffer_destroy(buffer) }
    let total = bytes.count
    var features: [Int: [hb_feature_t]] = [:]
    var runs: [ShapedRun] = []
    runs.reserveCapacity(items.count)
    base.withMemoryRebound(to: CChar.self, capacity: total) { chars in
      for item in items {
        let style = spans[item.span].style
        // The itemizer read every item's face; the book's slot answers just as well.
        let font = fonts[item.font] ?? fontBook.font(at: item.font)
        hb_buffer_clear_contents(buffer)
        hb_buffer_add_utf8(buffer, chars, Int32(total), UInt32(item.start), Int32(item.end - item.start))
        hb_buffer_set_direction(buffer, item.level & 1 == 1 ? HB_DIRECTION_RTL : HB_DIRECTION_LTR)
        hb_buffer_set_script(
          buffer, hb_script_t(rawValue: item.script == ScriptLookup.common ? ScriptLookup.latin : item.script))
        hb_buffer_set_language(buffer, ScriptLookup.language(for: item.script))
        var flags = HB_BUFFER_FLAG_DEFAULT.rawValue
        if item.start == 0 { flags |= HB_BUFFER_FLAG_BOT.rawValue }
        if item.end == total { flags |= HB_BUFFER_FLAG_EOT.rawValue }
        hb_buffer_set_flags(buffer, hb_buffer_flags_t(rawValue: flags))
        let settings: [hb_feature_t]
        if style.features.isEmpty {
          settings = []
        } else if let cached = features[item.span] {
          settings = cached
        } else {
          settings = style.features.map(\.harfBuzzFeature)
          features[item.span] = settings
        }
        settings.withUnsafeBufferPointer { f in
          hb_shape(font.hbFont, buffer, f.baseAddress, UInt32(f.count))
        }
        let (glyphs, width) = Shaper.glyphs(of: buffer, font: font, size: style.size, text: bytes)
        runs.append(
          ShapedRun(
            font: font, style: style, bidiLevel: item.level, range: item.start..<item.end, glyphs: glyphs, width: width)
        )
      }
    }
    return runs
  }

  /// Reads the shaped buffer: HarfBuzz positions are font units (the font's scale is its upem).
  ///
  /// Control characters and the line/paragraph separators never show: HarfBuzz gives them
  /// `.notdef` (or, for U+2028, a visible symbol), so they become the space glyph, as wide as a
  /// space for a tab and zero-width otherwise.
  private static func glyphs(of buffer: OpaquePointer, font: Font, size: Length, text: UnsafeBufferPointer<UInt8>)
    -> ([ShapedGlyph], Length)
  {
    var count: UInt32 = 0
    // Both are NULL for an empty buffer.
    guard let infos = hb_buffer_get_glyph_infos(buffer, &count), count > 0,
      let positions = hb_buffer_get_glyph_positions(buffer, &count)
    else { return ([], .zero) }
    let upem = Int64(font.unitsPerEm)
    var glyphs: [ShapedGlyph] = []
    glyphs.reserveCapacity(Int(count))
    var width = Length.zero
    for k in 0..<Int(count) {
      let info = infos[k]
      let position = positions[k]
      let cluster = Int(info.cluster)
      if let control = Shaper.invisibleControl(at: cluster, in: text) {
        let space = font.glyph(for: " ") ?? 0
        let advance = control == 0x09 ? font.length(fontUnits: font.advance(of: space), size: size) : .zero
        glyphs.append(ShapedGlyph(id: space, cluster: cluster, advance: advance))
        width += advance
        continue
      }
      let advance = Length.fromFontUnits(Int64(position.x_advance), size: size, unitsPerEm: upem)
      let dx =
        position.x_offset == 0 ? .zero : Length.fromFontUnits(Int64(position.x_offset), size: size, unitsPerEm: upem)
      let dy =
        position.y_offset == 0 ? .zero : Length.fromFontUnits(Int64(position.y_offset), size: size, unitsPerEm: upem)
      glyphs.append(ShapedGlyph(id: info.codepoint, cluster: cluster, advance: advance, xOffset: dx, yOffset: dy))
      width += advance
    }
    return (glyphs, width)
  }

  /// The control character (C0, DEL, C1) or line/paragraph separator starting at byte `offset`
  /// of UTF-8 `text`, or nil.
  @inline(__always)
  static func invisibleControl(at offset: Int, in text: UnsafeBufferPointer<UInt8>) -> UInt32? {
    guard offset >= 0, offset < text.count else { return nil }
    let b = text[offset]
    if b < 0x20 || b == 0x7F { return UInt32(b) }
    if b == 0xC2, offset + 1 < text.count, (0x80...0x9F).contains(text[offset + 1]) { return UInt32(text[offset + 1]) }
    if b == 0xE2, offset + 2 < text.count, text[offset + 1] == 0x80,
      text[offset + 2] == 0xA8 || text[offset + 2] == 0xA9
    {
      return 0x1F80 + UInt32(text[offset + 2])  // 0xA8 → U+2028, 0xA9 → U+2029
    }
    return nil
  }
}
