import Crypt
import TypesetText

/// The six-letter subset tag (ISO 32000-1 §9.6.4), derived from the font id and the sorted glyph
/// ids with SHA-256 so the same subset always gets the same name.
enum SubsetTag {
  static func make(fontID: String, glyphs: [GlyphID]) -> String {
    var hasher = SHA256()
    hasher.update(Array(fontID.utf8))
    var bytes: [UInt8] = []
    bytes.reserveCapacity(glyphs.count * 4)
    for g in glyphs.sorted() {
      bytes += [UInt8(g >> 24), UInt8(truncatingIfNeeded: g >> 16), UInt8(truncatingIfNeeded: g >> 8), UInt8(truncatingIfNeeded: g)]
    }
    hasher.update(bytes)
    let digest = hasher.finalize()
    return String(decoding: digest.prefix(6).map { 0x41 + $0 % 26 }, as: UTF8.self)
  }
}
