import Synchronization
import TypesetText

/// Subsets made earlier in this process, by face and glyph set: a batch of packets embeds the same
/// faces cut to the same glyphs again and again, and an imported exhibit repeated in a packet needs
/// the same replacement subset each time.
///
/// hb-subset is deterministic, so a remembered subset is the one `FontSubsetter` would make again.
/// Entries hold their `Font`, so a face is never confused with a later one at the same address.
final class FontSubsetCache: Sendable {
  /// The process-wide cache the renderer uses.
  static let shared = FontSubsetCache()

  /// At most this many subsets are kept; later ones are made each time.
  let maximumEntries: Int
  /// At most this many program bytes are kept in all.
  let maximumBytes: Int

  private struct Key: Hashable {
    let font: Font
    let glyphs: [GlyphID]
    let unicodes: [UInt32]
    let addressedByGlyph: Bool

    static func == (a: Key, b: Key) -> Bool {
      a.font === b.font && a.glyphs == b.glyphs && a.unicodes == b.unicodes && a.addressedByGlyph == b.addressedByGlyph
    }

    func hash(into hasher: inout Hasher) {
      hasher.combine(ObjectIdentifier(font))
      hasher.combine(glyphs)
      hasher.combine(unicodes)
      hasher.combine(addressedByGlyph)
    }
  }

  private struct State {
    var subsets: [Key: FontSubset?] = [:]
    var bytes = 0
  }

  private let state = Mutex(State())

  /// A cache keeping up to `maximumEntries` subsets and `maximumBytes` bytes of programs.
  init(maximumEntries: Int = 256, maximumBytes: Int = 64 << 20) {
    self.maximumEntries = maximumEntries
    self.maximumBytes = maximumBytes
  }

  /// `FontSubsetter.subset(font, glyphs: glyphs, unicodes: unicodes, addressedByGlyph:
  /// addressedByGlyph)`, made once per face, glyph set and form while the cache has room.
  func subset(_ font: Font, glyphs: [GlyphID], unicodes: [UInt32] = [], addressedByGlyph: Bool = false) -> FontSubset? {
    let key = Key(font: font, glyphs: glyphs, unicodes: unicodes, addressedByGlyph: addressedByGlyph)
    if let known = state.withLock({ $0.subsets[key] }) { return known }
    let made = FontSubsetter.subset(font, glyphs: glyphs, unicodes: unicodes, addressedByGlyph: addressedByGlyph)
    state.withLock { state in
      let size = made?.program.count ?? 0
      guard state.subsets.count < maximumEntries, state.bytes + size <= maximumBytes else { return }
      if state.subsets.updateValue(made, forKey: key) == nil { state.bytes += size }
    }
    return made
  }

  /// How many subsets are kept.
  var count: Int { state.withLock { $0.subsets.count } }
}
