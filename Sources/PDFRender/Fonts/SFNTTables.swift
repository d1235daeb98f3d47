/// Reads and rewrites the table directory of a TrueType (sfnt) font file (OpenType spec,
/// "Organization of an OpenType font"), for the last trim of an embedded CIDFontType2 subset.
///
/// Defensive: `init` checks every table record against the file's bounds and returns nil for
/// anything it does not understand (collections, truncated directories).
struct SFNTTables {
  /// The `sfntVersion` (0x00010000 for TrueType outlines).
  var version: UInt32
  /// The tables by tag, in directory order.
  var tables: [(tag: UInt32, data: [UInt8])]

  init?(_ font: [UInt8]) {
    func u16(_ at: Int) -> Int? { at >= 0 && at + 2 <= font.count ? Int(font[at]) << 8 | Int(font[at + 1]) : nil }
    func u32(_ at: Int) -> UInt32? {
      guard at >= 0, at + 4 <= font.count else { return nil }
      return UInt32(font[at]) << 24 | UInt32(font[at + 1]) << 16 | UInt32(font[at + 2]) << 8 | UInt32(font[at + 3])
    }
    guard let version = u32(0), version == 0x0001_0000 || version == 0x7472_7565,  // TrueType or 'true'
      let count = u16(4), count > 0, count <= 64
    else { return nil }
    self.version = version
    tables = []
    for k in 0..<count {
      let record = 12 + 16 * k
      guard let tag = u32(record), let offset = u32(record + 8).map(Int.init), let length = u32(record + 12).map(Int.init),
        offset + length <= font.count
      else { return nil }
      tables.append((tag, Array(font[offset..<offset + length])))
    }
  }

  /// The table `tag`, or nil.
  func table(_ tag: UInt32) -> [UInt8]? { tables.first { $0.tag == tag }?.data }

  /// Replaces the table `tag`, or adds it.
  mutating func set(_ tag: UInt32, to data: [UInt8]) {
    if let k = tables.firstIndex(where: { $0.tag == tag }) {
      tables[k].data = data
    } else {
      tables.append((tag, data))
    }
  }

  /// The font file: directory sorted by tag, tables 4-byte aligned in the same order, every
  /// table checksum recomputed and `head.checkSumAdjustment` set for the whole file.
  func bytes() -> [UInt8] {
    let sorted = tables.sorted { $0.tag < $1.tag }.map { table -> (tag: UInt32, data: [UInt8]) in
      var data = table.data
      // head.checkSumAdjustment is zero while the checksums are taken; it is set last.
      if table.tag == SFNTTables.head, data.count >= 12 { for i in 8..<12 { data[i] = 0 } }
      return (table.tag, data)
    }
    var out: [UInt8] = []
    Self.append32(version, to: &out)
    let count = sorted.count
    var power = 1, log = 0
    while power * 2 <= count { power *= 2; log += 1 }
    for v in [count, power * 16, log, count * 16 - power * 16] { Self.append16(UInt16(v), to: &out) }
    var offset = 12 + 16 * count
    var headOffset: Int?
    for table in sorted {
      if table.tag == SFNTTables.head, table.data.count >= 12 { headOffset = offset }
      Self.append32(table.tag, to: &out)
      Self.append32(SFNTTables.checksum(table.data), to: &out)
      Self.append32(UInt32(offset), to: &out)
      Self.append32(UInt32(table.data.count), to: &out)
      offset += (table.data.count + 3) & ~3
    }
    for table in sorted {
      out += table.data
      while out.count % 4 != 0 { out.append(0) }
    }
    if let headOffset {
      let adjustment = 0xB1B0_AFBA &- SFNTTables.checksum(out)
      for i in 0..<4 { out[headOffset + 8 + i] = UInt8(truncatingIfNeeded: adjustment >> (24 - 8 * UInt32(i))) }
    }
    return out
  }

  /// The OpenType table checksum: the sum of big-endian 32-bit words, the last one zero-padded.
  static func checksum(_ data: [UInt8]) -> UInt32 {
    var sum: UInt32 = 0
    var i = 0
    while i < data.count {
      var word: UInt32 = 0
      for k in 0..<4 { word = word << 8 | UInt32(i + k < data.count ? data[i + k] : 0) }
      sum = sum &+ word
      i += 4
    }
    return sum
  }

  /// A `cmap` that maps no character: one Windows Unicode BMP subtable (format 4) holding only
  /// the closing 0xFFFF segment. A CIDFontType2 is addressed by glyph index (`/CIDToGIDMap`),
  /// so its cmap is never read, but TrueType requires the table.
  static let emptyCharacterMap: [UInt8] = {
    var out: [UInt8] = []
    for v: UInt16 in [0, 1, 3, 1] { append16(v, to: &out) }  // version, one subtable: platform 3, encoding 1
    append32(12, to: &out)  // its offset
    // Format 4, length 24, language 0, segCountX2 2, searchRange 2, entrySelector 0, rangeShift 0,
    // endCode 0xFFFF, reservedPad, startCode 0xFFFF, idDelta 1, idRangeOffset 0.
    for v: UInt16 in [4, 24, 0, 2, 2, 0, 0, 0xFFFF, 0, 0xFFFF, 1, 0] { append16(v, to: &out) }
    return out
  }()

  static let head: UInt32 = 0x6865_6164
  static let cmap: UInt32 = 0x636D_6170

  private static func append32(_ v: UInt32, to out: inout [UInt8]) {
    out += [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)]
  }

  private static func append16(_ v: UInt16, to out: inout [UInt8]) {
    out += [UInt8(v >> 8), UInt8(v & 0xFF)]
  }
}
