import TypesetLayout
import TypesetText

/// The glyphs of one font a document uses and the text first seen for each, gathered in the
/// first pass over the frames (before subsetting decides the codes).
struct FontUsage {
  let font: Font
  /// The resource name, `F1`, `F2`, … in order of first use.
  let resourceName: String
  /// Used glyphs in first-use order.
  private(set) var glyphs: [GlyphID] = []
  /// The first non-empty text each glyph stood for ("first mapping wins").
  private(set) var firstText: [GlyphID: String] = [:]
  // Per glyph index: 0 unused, 1 used without text yet, 2 mapped.
  private var state: [UInt8]

  init(font: Font, resourceName: String) {
    self.font = font
    self.resourceName = resourceName
    state = [UInt8](repeating: 0, count: max(1, font.glyphCount))
  }

  /// Records every glyph of a text item; right-to-left items map clusters in visual order
  /// (`ExtractionText`).
  mutating func record(_ glyphs: [PlacedGlyph], isRightToLeft: Bool) {
    for glyph in glyphs {
      let g = Int(glyph.id)
      // Fast path: an already mapped glyph (the vast majority after the first page).
      if g < state.count && state[g] == 2 { continue }
      record(glyph.id, text: isRightToLeft ? ExtractionText.visual(glyph.text) : glyph.text)
    }
  }

  /// Records one placed glyph; glyph ids beyond the font's glyph count are ignored (they were
  /// never produced by shaping this font and would make the subsetter fail).
  @discardableResult @inline(__always) mutating func record(_ glyph: GlyphID, text: String) -> Bool {
    let g = Int(glyph)
    guard g < state.count else { return false }
    let s = state[g]
    if s == 2 { return true }
    if s == 0 { glyphs.append(glyph) }
    if text.isEmpty {
      state[g] = 1
    } else {
      state[g] = 2
      firstText[glyph] = text
    }
    return true
  }
}
