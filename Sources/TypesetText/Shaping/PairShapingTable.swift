import CHarfBuzz
import Synchronization
import TypesetCore

/// A shortcut for short printable-ASCII text in one face: HarfBuzz's result composed from the
/// shaped single characters plus the pair adjustments of each adjacent pair.
///
/// Statements shape tens of thousands of table cells (amounts, dates, references); running
/// HarfBuzz on each costs about 5 µs, composing costs a fraction of that. The shortcut is exact
/// only when shaping is pairwise, so:
/// - a pair is usable only when shaping it alone gives the two single glyphs unchanged, with no
///   offsets and the second advance untouched (only the first glyph's advance may change, as
///   in plain pair kerning); pairs with ligatures, contextual forms or second-glyph adjustments
///   are marked complex and text containing them goes through HarfBuzz;
/// - when the table is made, a validation text holding every printable ASCII character in
///   many orders (and typical cell text) is shaped both ways; any difference disables the
///   table for this face and feature set.
///
/// Pairs are computed on first use and kept (thread-safe, one lock per lookup).
final class PairShapingTable: Sendable {
  /// One printable ASCII character shaped alone: glyph and advance in font units.
  struct Single: Sendable {
    var glyph: GlyphID
    var advance: Int32
    var isUsable: Bool
  }

  static let first: UInt8 = 0x20
  static let last: UInt8 = 0x7E
  static let count = Int(last - first) + 1
  /// Longest text taken (longer text is rare and goes through HarfBuzz).
  static let maxLength = 512
  private static let unknown = Int32.max
  private static let complex = Int32.min

  let font: Font
  let features: [hb_feature_t]
  let singles: [Single]
  /// Whether validation passed (set once, at the end of `init`).
  private let usable = Atomic<Bool>(true)
  var isUsable: Bool { usable.load(ordering: .relaxed) }
  /// `count × count` first-glyph advance adjustments, or `unknown` / `complex`.
  private let pairs: Mutex<[Int32]>

  init(font: Font, features: [hb_feature_t]) {
    self.font = font
    self.features = features
    var singles: [Single] = []
    singles.reserveCapacity(PairShapingTable.count)
    for b in PairShapingTable.first...PairShapingTable.last {
      let g = PairShapingTable.shapeLatin([b], font: font, features: features)
      if g.count == 1, g[0].id != 0, g[0].xOffset == 0, g[0].yOffset == 0, g[0].cluster == 0 {
        singles.append(Single(glyph: g[0].id, advance: g[0].advance, isUsable: true))
      } else {
        singles.append(Single(glyph: 0, advance: 0, isUsable: false))
      }
    }
    self.singles = singles
    pairs = Mutex([Int32](repeating: PairShapingTable.unknown, count: PairShapingTable.count * PairShapingTable.count))
    usable.store(validate(), ordering: .relaxed)
  }

  /// A glyph in font units, as read from a HarfBuzz buffer.
  struct RawGlyph {
    var id: GlyphID
    var cluster: Int
    var advance: Int32
    var xOffset: Int32
    var yOffset: Int32
  }

  /// Shapes `bytes` (UTF-8) as a whole left-to-right Latin text, the way `Shaper` shapes a
  /// single-run paragraph.
  static func shapeLatin(_ bytes: [UInt8], font: Font, features: [hb_feature_t]) -> [RawGlyph] {
    guard let buffer = hb_buffer_create() else { return [] }
    defer { hb_buffer_destroy(buffer) }
    bytes.withUnsafeBufferPointer { b in
      b.baseAddress?.withMemoryRebound(to: CChar.self, capacity: b.count) {
        hb_buffer_add_utf8(buffer, $0, Int32(b.count), 0, Int32(b.count))
      }
    }
    hb_buffer_set_direction(buffer, HB_DIRECTION_LTR)
    hb_buffer_set_script(buffer, HB_SCRIPT_LATIN)
    hb_buffer_set_language(buffer, ScriptLookup.language(for: ScriptLookup.latin))
    hb_buffer_set_flags(buffer, hb_buffer_flags_t(rawValue: HB_BUFFER_FLAG_BOT.rawValue | HB_BUFFER_FLAG_EOT.rawValue))
    features.withUnsafeBufferPointer { hb_shape(font.hbFont, buffer, $0.baseAddress, UInt32($0.count)) }
    var n: UInt32 = 0
    guard let infos = hb_buffer_get_glyph_infos(buffer, &n), n > 0, let positions = hb_buffer_get_glyph_positions(buffer, &n) else {
      return []
    }
    return (0..<Int(n)).map { k in
      RawGlyph(
        id: infos[k].codepoint, cluster: Int(infos[k].cluster), advance: positions[k].x_advance,
        xOffset: positions[k].x_offset, yOffset: positions[k].y_offset)
    }
  }

  /// The composed glyphs (font units) of printable-ASCII `bytes`, or nil when a character or a
  /// pair is not usable (the caller then runs HarfBuzz).
  func compose(_ bytes: UnsafeBufferPointer<UInt8>) -> [RawGlyph]? {
    guard isUsable, !bytes.isEmpty, bytes.count <= PairShapingTable.maxLength else { return nil }
    let first = PairShapingTable.first, n = PairShapingTable.count
    for b in bytes {
      guard b >= first, b <= PairShapingTable.last, singles[Int(b - first)].isUsable else { return nil }
    }
    var adjustments = [Int32](repeating: 0, count: bytes.count)
    var missing: [Int] = []
    let ok = pairs.withLock { table -> Bool in
      for i in 0..<(bytes.count - 1) {
        let v = table[Int(bytes[i] - first) * n + Int(bytes[i + 1] - first)]
        if v == PairShapingTable.complex { return false }
        if v == PairShapingTable.unknown { missing.append(i) } else { adjustments[i] = v }
      }
      return true
    }
    guard ok else { return nil }
    if !missing.isEmpty {
      var computed: [(Int, Int32)] = []
      for i in missing {
        let key = Int(bytes[i] - first) * n + Int(bytes[i + 1] - first)
        let v = pairAdjustment(bytes[i], bytes[i + 1])
        if v == PairShapingTable.complex {
          pairs.withLock { $0[key] = v }
          return nil
        }
        adjustments[i] = v
        computed.append((key, v))
      }
      pairs.withLock { table in for (key, v) in computed { table[key] = v } }
    }
    var out: [RawGlyph] = []
    out.reserveCapacity(bytes.count)
    for i in 0..<bytes.count {
      let s = singles[Int(bytes[i] - first)]
      out.append(RawGlyph(id: s.glyph, cluster: i, advance: s.advance &+ adjustments[i], xOffset: 0, yOffset: 0))
    }
    return out
  }

  /// The first glyph's advance change when `a` is followed by `b`, or `complex`.
  private func pairAdjustment(_ a: UInt8, _ b: UInt8) -> Int32 {
    let sa = singles[Int(a - PairShapingTable.first)], sb = singles[Int(b - PairShapingTable.first)]
    let g = PairShapingTable.shapeLatin([a, b], font: font, features: features)
    guard g.count == 2, g[0].id == sa.glyph, g[1].id == sb.glyph, g[0].cluster == 0, g[1].cluster == 1,
      g[0].xOffset == 0, g[0].yOffset == 0, g[1].xOffset == 0, g[1].yOffset == 0, g[1].advance == sb.advance
    else { return PairShapingTable.complex }
    return g[0].advance - sa.advance
  }

  /// Shapes the validation texts both ways and compares.
  private func validate() -> Bool {
    for text in PairShapingTable.validationTexts {
      let expected = PairShapingTable.shapeLatin(text, font: font, features: features)
      let composed = text.withUnsafeBufferPointer { compose($0) }
      guard let composed else { continue }  // complex pairs: those texts never take the shortcut
      guard composed.count == expected.count else { return false }
      for (x, y) in zip(composed, expected)
      where x.id != y.id || x.cluster != y.cluster || x.advance != y.advance || x.xOffset != y.xOffset || x.yOffset != y.yOffset {
        return false
      }
    }
    return true
  }

  /// Texts that exercise every printable ASCII character next to many others, split at the
  /// first complex pair so most of them take the composed path, plus typical cell contents.
  static let validationTexts: [[UInt8]] = {
    var texts: [[UInt8]] = [
      "1,234,567.89", "-0.50", "2024-02-29", "31/12/2025", "INV-2024-00017", "Payment received, thank you",
      "AVAWAY To Wa", "Total (EUR): 10,071.50", "T. Yarrow & Co. \"LTD\" #42", "100% [draft] {x} <y> ~z^ `q`|@!?",
    ].map { Array($0.utf8) }
    // Walks through all 95 characters with strides coprime to 95 (= 5 × 19), so each walk
    // visits every character, in chunks of 24 so a complex pair only loses one chunk.
    for stride in [1, 2, 3, 7, 11, 13, 29, 31, 47, 48] {
      var sequence: [UInt8] = []
      for k in 0..<count { sequence.append(first + UInt8((k * stride) % count)) }
      var start = 0
      while start < sequence.count {
        texts.append(Array(sequence[start..<min(sequence.count, start + 24)]))
        start += 24
      }
    }
    return texts
  }()
}

/// The pair tables of one `FontBook`, one per face and feature set, made on first use.
final class PairShapingTables: Sendable {
  private struct Key: Hashable {
    var font: Int
    var features: [FontFeature]
  }
  private let tables = Mutex<[Key: PairShapingTable]>([:])

  /// The table for `fonts[font]` with `features` (created and validated on first request).
  func table(font: Int, in fonts: [Font], features: [FontFeature]) -> PairShapingTable {
    let key = Key(font: font, features: features)
    if let t = tables.withLock({ $0[key] }) { return t }
    let made = PairShapingTable(font: fonts[font], features: features.map(\.harfBuzzFeature))
    return tables.withLock { dict in
      if let existing = dict[key] { return existing }
      dict[key] = made
      return made
    }
  }
}
