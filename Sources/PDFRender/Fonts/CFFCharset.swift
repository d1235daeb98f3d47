/// Reads just enough of a CFF table (Adobe TN #5176) to know whether it is CID-keyed and which
/// CID each glyph has: the header, the Name and Top DICT INDEXes, and the charset.
///
/// Defensive: every read is bounds-checked; malformed data yields nil, never a crash.
struct CFFCharset: Equatable {
  /// Whether the Top DICT has a ROS operator (a CID-keyed font).
  var isCIDKeyed: Bool
  /// The CID (or SID for name-keyed fonts) of each glyph index; index 0 is .notdef.
  var identifiers: [UInt16]

  init?(cff table: [UInt8], glyphCount: Int) {
    guard table.count >= 4, glyphCount > 0, glyphCount <= 65_536 else { return nil }
    var reader = Reader(bytes: table, position: Int(table[2]))
    guard reader.skipIndex(), let topDict = reader.firstIndexEntry() else { return nil }
    var operands: [Int] = []
    var charsetOffset = 0
    var ros = false
    var i = topDict.lowerBound
    while i < topDict.upperBound {
      let b0 = Int(table[i])
      switch b0 {
      case 0...21:
        if b0 == 12 {
          guard i + 1 < topDict.upperBound else { return nil }
          if table[i + 1] == 30 { ros = true }
          i += 2
        } else {
          if b0 == 15, let last = operands.last { charsetOffset = last }
          i += 1
        }
        operands.removeAll(keepingCapacity: true)
      case 28:
        guard i + 2 < topDict.upperBound else { return nil }
        operands.append(Int(Int16(bitPattern: UInt16(table[i + 1]) << 8 | UInt16(table[i + 2]))))
        i += 3
      case 29:
        guard i + 4 < topDict.upperBound else { return nil }
        let v = UInt32(table[i + 1]) << 24 | UInt32(table[i + 2]) << 16 | UInt32(table[i + 3]) << 8 | UInt32(table[i + 4])
        operands.append(Int(Int32(bitPattern: v)))
        i += 5
      case 30:
        // A real number: nibbles until 0xF terminator.
        i += 1
        while i < topDict.upperBound {
          let b = table[i]
          i += 1
          if b & 0x0F == 0x0F || b >> 4 == 0x0F { break }
        }
        operands.append(0)
      case 32...246: operands.append(b0 - 139); i += 1
      case 247...250:
        guard i + 1 < topDict.upperBound else { return nil }
        operands.append((b0 - 247) * 256 + Int(table[i + 1]) + 108); i += 2
      case 251...254:
        guard i + 1 < topDict.upperBound else { return nil }
        operands.append(-(b0 - 251) * 256 - Int(table[i + 1]) - 108); i += 2
      default: return nil
      }
    }
    isCIDKeyed = ros
    var ids = [UInt16](repeating: 0, count: glyphCount)
    if charsetOffset <= 2 {
      // Predefined charsets (ISOAdobe/Expert): identifiers equal glyph indices for our purposes.
      for g in 0..<glyphCount { ids[g] = UInt16(truncatingIfNeeded: g) }
      identifiers = ids
      return
    }
    guard charsetOffset < table.count else { return nil }
    let format = table[charsetOffset]
    var p = charsetOffset + 1
    var g = 1
    func u16(_ at: Int) -> Int? { at + 1 < table.count ? Int(table[at]) << 8 | Int(table[at + 1]) : nil }
    switch format {
    case 0:
      while g < glyphCount {
        guard let v = u16(p) else { return nil }
        ids[g] = UInt16(v); g += 1; p += 2
      }
    case 1, 2:
      while g < glyphCount {
        guard let first = u16(p) else { return nil }
        let left: Int
        if format == 1 {
          guard p + 2 < table.count else { return nil }
          left = Int(table[p + 2]); p += 3
        } else {
          guard let l = u16(p + 2) else { return nil }
          left = l; p += 4
        }
        var k = 0
        while k <= left && g < glyphCount {
          ids[g] = UInt16(truncatingIfNeeded: first + k); g += 1; k += 1
        }
      }
    default: return nil
    }
    identifiers = ids
  }

  private struct Reader {
    let bytes: [UInt8]
    var position: Int

    func offset(at p: Int, size: Int) -> Int? {
      guard size >= 1, size <= 4, p >= 0, p + size <= bytes.count else { return nil }
      var v = 0
      for k in 0..<size { v = v << 8 | Int(bytes[p + k]) }
      return v
    }

    /// Skips an INDEX; false if malformed.
    mutating func skipIndex() -> Bool {
      guard let count = offset(at: position, size: 2) else { return false }
      if count == 0 { position += 2; return true }
      guard position + 2 < bytes.count else { return false }
      let size = Int(bytes[position + 2])
      guard let last = offset(at: position + 3 + count * size, size: size) else { return false }
      let dataStart = position + 3 + (count + 1) * size - 1
      position = dataStart + last
      return position <= bytes.count
    }

    /// The byte range of the first entry of the INDEX at the current position.
    func firstIndexEntry() -> Range<Int>? {
      guard let count = offset(at: position, size: 2), count > 0, position + 2 < bytes.count else { return nil }
      let size = Int(bytes[position + 2])
      guard let a = offset(at: position + 3, size: size), let b = offset(at: position + 3 + size, size: size), a >= 1, b >= a else {
        return nil
      }
      let dataStart = position + 3 + (count + 1) * size - 1
      guard dataStart + b <= bytes.count else { return nil }
      return (dataStart + a)..<(dataStart + b)
    }
  }
}
