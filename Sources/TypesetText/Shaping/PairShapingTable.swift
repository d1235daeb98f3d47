import CHarfBuzz
import Synchronization
import TypesetCore

/// A shortcut for short one-face text made of common Latin characters: HarfBuzz's result
/// composed from the shaped single characters plus the adjustment of each adjacent pair.
///
/// Statements shape tens of thousands of table cells (amounts, dates, references); running
/// HarfBuzz on each costs about 5 µs, composing costs a fraction of that. The shortcut is exact
/// only when shaping is pairwise, so:
/// - a pair is usable only when shaping it alone gives the two single glyphs unchanged, with no
///   offsets and the second advance untouched (only the first glyph's advance may change, as
///   in plain pair kerning); pairs with ligatures, contextual forms or second-glyph adjustments
///   are marked complex and text containing them goes through HarfBuzz;
/// - when the table is made, validation texts holding every character of the table in many
///   orders (and typical cell text) are shaped both ways; any difference disables the table
///   for this face and feature set.
///
/// The characters are printable ASCII, Latin-1 (except the soft hyphen, which HarfBuzz skips
/// when matching pairs) and a few dashes, quotes, spaces and currency signs. Pairs are computed
/// on first use and kept (thread-safe, one lock per lookup).
final class PairShapingTable: Sendable {
  /// One character shaped alone: glyph and advance in font units.
  struct Single: Sendable {
    var glyph: GlyphID
    var advance: Int32
    var isUsable: Bool
  }

  /// A glyph in font units, as read from a HarfBuzz buffer.
  struct RawGlyph {
    var id: GlyphID
    var cluster: Int
    var advance: Int32
    var xOffset: Int32
    var yOffset: Int32
  }

  /// Characters beyond ASCII and Latin-1 that get a slot.
  static let extras: [UInt32] = [
    0x2009, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0x202F, 0x20AC, 0x2212,
  ]
  /// The slot count: 95 ASCII, 96 Latin-1 (the soft hyphen's slot stays unusable), extras.
  static let slotCount = 95 + 96 + extras.count
  /// Longest text taken, in UTF-8 bytes (longer text is rare and goes through HarfBuzz).
  static let maxLength = 512
  private static let unknown = Int32.max
  private static let complex = Int32.min

  /// The slot of a character, or nil when it has none.
  @inline(__always) static func slot(_ v: UInt32) -> Int? {
    if v >= 0x20 && v <= 0x7E { return Int(v - 0x20) }
    if v >= 0xA0 && v <= 0xFF { return v == 0xAD ? nil : 95 + Int(v - 0xA0) }
    guard v >= 0x2009 && v <= 0x2212, let k = extras.firstIndex(of: v) else { return nil }
    return 191 + k
  }

  /// The character of a slot.
  static func character(_ slot: Int) -> UInt32 {
    if slot < 95 { return UInt32(0x20 + slot) }
    if slot < 191 { return UInt32(0xA0 + slot - 95) }
    return extras[slot - 191]
  }

  let font: Font
  let features: [hb_feature_t]
  let singles: [Single]
  /// Whether validation passed (set once, at the end of `init`).
  private let usable = Atomic<Bool>(true)
  /// `slotCount²` first-glyph advance adjustments, or `unknown` / `complex`.
  private let pairs: Mutex<[Int32]>

  var isUsable: Bool { usable.load(ordering: .relaxed) }

  init(font: Font, features: [hb_feature_t]) {
    self.font = font
    self.features = features
    var singles: [Single] = []
    singles.reserveCapacity(PairShapingTable.slotCount)
    for slot in 0..<PairShapingTable.slotCount {
      let v = PairShapingTable.character(slot)
      let g = PairShapingTable.shapeLatin(PairShapingTable.utf8([v]), font: font, features: features)
      if v != 0xAD, g.count == 1, g[0].id != 0, g[0].xOffset == 0, g[0].yOffset == 0, g[0].cluster == 0 {
        singles.append(Single(glyph: g[0].id, advance: g[0].advance, isUsable: true))
      } else {
        singles.append(Single(glyph: 0, advance: 0, isUsable: false))
      }
    }
    self.singles = singles
    pairs = Mutex(
      [Int32](repeating: PairShapingTable.unknown, count: PairShapingTable.slotCount * PairShapingTable.slotCount))
    usable.store(validate(), ordering: .relaxed)
  }

  static func utf8(_ scalars: [UInt32]) -> [UInt8] {
    var s = ""
    for v in scalars { if let u = Unicode.Scalar(v) { s.unicodeScalars.append(u) } }
    return Array(s.utf8)
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
    guard let infos = hb_buffer_get_glyph_infos(buffer, &n), n > 0,
      let positions = hb_buffer_get_glyph_positions(buffer, &n)
    else {
      return []
    }
    return (0..<Int(n)).map { k in
      RawGlyph(
        id: infos[k].codepoint, cluster: Int(infos[k].cluster), advance: positions[k].x_advance,
        xOffset: positions[k].x_offset, yOffset: positions[k].y_offset)
    }
  }

  /// The composed glyphs (font units, clusters as UTF-8 offsets) of `text`, or nil when a
  /// character or a pair is not usable (the caller then runs HarfBuzz).
  func compose(_ text: String) -> [RawGlyph]? {
    compose(text) { id, cluster, advance in RawGlyph(id: id, cluster: cluster, advance: advance, xOffset: 0, yOffset: 0)
    }
  }

  /// `compose` producing glyphs at `size` directly (the hot path), with their total advance.
  func compose(_ text: String, size: Length) -> (glyphs: [ShapedGlyph], width: Length)? {
    let upem = Int64(font.unitsPerEm)
    var width = Length.zero
    let glyphs = compose(text) { id, cluster, advance -> ShapedGlyph in
      let length = Length.fromFontUnits(Int64(advance), size: size, unitsPerEm: upem)
      width += length
      return ShapedGlyph(id: id, cluster: cluster, advance: length)
    }
    return glyphs.map { ($0, width) }
  }

  private func compose<G>(_ text: String, _ make: (GlyphID, Int, Int32) -> G) -> [G]? {
    guard isUsable else { return nil }
    let byteCount = text.utf8.count
    guard byteCount > 0, byteCount <= PairShapingTable.maxLength else { return nil }
    return withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * byteCount) { scratch -> [G]? in
      // scratch[0..<count]: slots; scratch[byteCount...]: first-glyph adjustments.
      var count = 0
      for scalar in text.unicodeScalars {
        guard let s = PairShapingTable.slot(scalar.value), singles[s].isUsable else { return nil }
        scratch[count] = Int32(s)
        count += 1
      }
      let n = PairShapingTable.slotCount
      var firstMissing = -1
      let ok = pairs.withLock { table -> Bool in
        for i in 0..<(count - 1) {
          let v = table[Int(scratch[i]) * n + Int(scratch[i + 1])]
          if v == PairShapingTable.complex { return false }
          if v == PairShapingTable.unknown && firstMissing < 0 { firstMissing = i }
          scratch[byteCount + i] = v
        }
        return true
      }
      guard ok else { return nil }
      if firstMissing >= 0 {
        var computed: [(Int, Int32)] = []
        for i in firstMissing..<(count - 1) where scratch[byteCount + i] == PairShapingTable.unknown {
          let key = Int(scratch[i]) * n + Int(scratch[i + 1])
          let v = pairAdjustment(Int(scratch[i]), Int(scratch[i + 1]))
          if v == PairShapingTable.complex {
            pairs.withLock { $0[key] = v }
            return nil
          }
          scratch[byteCount + i] = v
          computed.append((key, v))
        }
        pairs.withLock { table in for (key, v) in computed { table[key] = v } }
      }
      scratch[byteCount + count - 1] = 0
      var out: [G] = []
      out.reserveCapacity(count)
      var offset = 0
      var i = 0
      for scalar in text.unicodeScalars {
        let single = singles[Int(scratch[i])]
        out.append(make(single.glyph, offset, single.advance &+ scratch[byteCount + i]))
        offset += UTF8.width(scalar)
        i += 1
      }
      return out
    }
  }

  /// The first glyph's advance change when slot `a` is followed by slot `b`, or `complex`.
  private func pairAdjustment(_ a: Int, _ b: Int) -> Int32 {
    let sa = singles[a]
    let sb = singles[b]
    let first = PairShapingTable.utf8([PairShapingTable.character(a)])
    let bytes = first + PairShapingTable.utf8([PairShapingTable.character(b)])
    let g = PairShapingTable.shapeLatin(bytes, font: font, features: features)
    guard g.count == 2, g[0].id == sa.glyph, g[1].id == sb.glyph, g[0].cluster == 0, g[1].cluster == first.count,
      g[0].xOffset == 0, g[0].yOffset == 0, g[1].xOffset == 0, g[1].yOffset == 0, g[1].advance == sb.advance
    else { return PairShapingTable.complex }
    return g[0].advance - sa.advance
  }

  /// Shapes the validation texts both ways and compares.
  private func validate() -> Bool {
    for text in PairShapingTable.validationTexts {
      let expected = PairShapingTable.shapeLatin(Array(text.utf8), font: font, features: features)
      guard let composed = compose(text) else { continue }  // such texts never take the shortcut
      guard composed.count == expected.count else { return false }
      for (x, y) in zip(composed, expected)
      where x.id != y.id || x.cluster != y.cluster || x.advance != y.advance || x.xOffset != y.xOffset
        || x.yOffset != y.yOffset
      {
        return false
      }
    }
    return true
  }

  /// Texts that put every slot's character next to many others (walks through all slots with
  /// strides coprime to the slot count, in chunks of 24 so a complex pair only loses one
  /// chunk), plus typical cell contents.
  static let validationTexts: [String] = {
    var texts = [
      "1,234,567.89", "-0.50", "2024-02-29", "31/12/2025", "INV-2024-00017", "Payment received, thank you",
      "AVAWAY To Wa", "Total (EUR): 10,071.50", "T. Yarrow & Co. \"LTD\" #42", "100% [draft] {x} <y> ~z^ `q`|@!?",
      "1.234,56 €", "€ 12,00", "£9.99 – “Müller” café — Zoë, José Peña…", "Straße № 5 · Æble ø å ß",
    ]
    let count = slotCount
    let strides = [1, 45, 88, 2, 3].filter { gcd($0, count) == 1 }.prefix(3)
    for stride in strides {
      var sequence: [UInt32] = []
      for k in 0..<count { sequence.append(character((k * stride) % count)) }
      var start = 0
      while start < sequence.count {
        let chunk = sequence[start..<min(sequence.count, start + 24)].filter { $0 != 0xAD }
        texts.append(String(decoding: utf8(Array(chunk)), as: UTF8.self))
        start += 24
      }
    }
    return texts
  }()

  private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}

/// The pair tables of one `FontBook`, one per face and feature set.
///
/// Making and validating a table shapes about a thousand short texts with HarfBuzz (as much as
/// shaping a thousand table cells), so the shaper asks for one through `shortcutTable` and gets
/// it only once a face and feature set has set `warmUpCount` texts the slow way: short
/// documents never pay for a table they would not earn back. Either way the output is the same
/// (the shortcut gives exactly HarfBuzz's result).
final class PairShapingTables: Sendable {
  private struct Key: Hashable {
    var font: Int
    var features: [FontFeature]
  }
  /// Per key: the table once made, else how many texts were shaped without it.
  private enum Entry {
    case counting(Int)
    /// One thread is making the table; the others keep shaping with HarfBuzz meanwhile rather
    /// than each making it too (cells shaped on several threads reach the count together).
    case making
    case made(PairShapingTable)
  }
  /// Eligible texts a face and feature set shapes through HarfBuzz before its table is made.
  static let warmUpCount = 300
  private let entries = Mutex<[Key: Entry]>([:])

  /// The table for `book.fonts[font]` with `features` (created and validated on first request).
  func table(font: Int, in book: FontBook, features: [FontFeature]) -> PairShapingTable {
    let key = Key(font: font, features: features)
    let existing = entries.withLock { dict -> PairShapingTable? in
      if case .made(let t) = dict[key] { return t }
      return nil
    }
    if let existing { return existing }
    return make(key, in: book)
  }

  /// The table for `book.fonts[font]` with `features` when it exists or has just become worth
  /// making (the `warmUpCount`-th request); nil while the caller should shape with HarfBuzz.
  func shortcutTable(font: Int, in book: FontBook, features: [FontFeature]) -> PairShapingTable? {
    let key = Key(font: font, features: features)
    let due = entries.withLock { dict -> (table: PairShapingTable?, isDue: Bool) in
      switch dict[key] {
      case .made(let t): return (t, false)
      case .making: return (nil, false)
      case .counting(let n) where n + 1 >= PairShapingTables.warmUpCount:
        dict[key] = .making
        return (nil, true)
      case .counting(let n):
        dict[key] = .counting(n + 1)
        return (nil, false)
      case nil:
        let isDue = PairShapingTables.warmUpCount <= 1
        dict[key] = isDue ? .making : .counting(1)
        return (nil, isDue)
      }
    }
    if let table = due.table { return table }
    return due.isDue ? make(key, in: book) : nil
  }

  /// Makes the table for `book.fonts[font]` with `features` now, unless it exists or another
  /// thread is making it; until it is stored, `shortcutTable` answers nil (HarfBuzz) as while
  /// warming up. For a caller that knows a long document is coming and has a core to spare.
  func makeAhead(font: Int, in book: FontBook, features: [FontFeature]) {
    let key = Key(font: font, features: features)
    let isMine = entries.withLock { dict -> Bool in
      switch dict[key] {
      case .made, .making: return false
      case .counting, nil:
        dict[key] = .making
        return true
      }
    }
    if isMine { _ = make(key, in: book) }
  }

  /// Makes the table for `key` (outside the lock) and keeps the first one stored.
  private func make(_ key: Key, in book: FontBook) -> PairShapingTable {
    let made = PairShapingTable(font: book.font(at: key.font), features: key.features.map(\.harfBuzzFeature))
    return entries.withLock { dict in
      if case .made(let existing) = dict[key] { return existing }
      dict[key] = .made(made)
      return made
    }
  }
}
