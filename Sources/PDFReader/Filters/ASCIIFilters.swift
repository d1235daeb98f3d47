/// ASCIIHexDecode: hex digit pairs, whitespace ignored, `>` ends, an odd last digit is padded with 0.
enum ASCIIHex {
  static func decode(_ data: [UInt8]) -> [UInt8] {
    var out = [UInt8]()
    out.reserveCapacity(data.count / 2)
    var high: UInt8? = nil
    for b in data {
      if b == 0x3e { break }
      guard let v = ByteClass.hexValue(b) else { continue }
      if let h = high {
        out.append(h << 4 | v)
        high = nil
      } else {
        high = v
      }
    }
    if let h = high { out.append(h << 4) }
    return out
  }
}

/// ASCII85Decode: base-85 groups of five `!`–`u`, `z` for four zeros, `~>` ends.
enum ASCII85 {
  static func decode(_ data: [UInt8]) throws(PDFReadError) -> [UInt8] {
    var out = [UInt8]()
    out.reserveCapacity(data.count * 4 / 5)
    var group = [UInt32]()
    group.reserveCapacity(5)
    var i = 0
    // Some producers start with "<~".
    if data.count >= 2 && data[0] == 0x3c && data[1] == 0x7e { i = 2 }
    func flush(_ group: [UInt32], into out: inout [UInt8]) throws(PDFReadError) {
      var padded = group
      while padded.count < 5 { padded.append(84) }
      var value: UInt64 = 0
      for d in padded { value = value * 85 + UInt64(d) }
      guard value <= UInt64(UInt32.max) else { throw .corruptStream("ASCII85 group exceeds 2^32") }
      let bytes = [UInt8(value >> 24), UInt8((value >> 16) & 0xff), UInt8((value >> 8) & 0xff), UInt8(value & 0xff)]
      out.append(contentsOf: bytes[0..<(group.count - 1)])
    }
    while i < data.count {
      let b = data[i]
      i += 1
      if ByteClass.isWhitespace(b) { continue }
      if b == 0x7e { break }  // "~>"
      if b == 0x7a && group.isEmpty {
        out.append(contentsOf: [0, 0, 0, 0])
        continue
      }
      guard b >= 0x21 && b <= 0x75 else { throw .corruptStream("invalid ASCII85 character 0x\(String(b, radix: 16))") }
      group.append(UInt32(b - 0x21))
      if group.count == 5 {
        try flush(group, into: &out)
        group.removeAll(keepingCapacity: true)
      }
    }
    if group.count == 1 { throw .corruptStream("ASCII85 data ends with a single character") }
    if !group.isEmpty { try flush(group, into: &out) }
    return out
  }
}

/// RunLengthDecode: 0–127 copy n+1 bytes, 129–255 repeat the next byte 257−n times, 128 ends.
enum RunLength {
  static func decode(_ data: [UInt8], limit: Int) throws(PDFReadError) -> [UInt8] {
    var out = [UInt8]()
    var i = 0
    while i < data.count {
      let n = Int(data[i])
      i += 1
      if n == 128 { break }
      if n < 128 {
        let end = min(i + n + 1, data.count)
        out.append(contentsOf: data[i..<end])
        i = end
      } else {
        guard i < data.count else { break }
        out.append(contentsOf: repeatElement(data[i], count: 257 - n))
        i += 1
      }
      if out.count > limit { throw .streamTooLarge(limit: limit) }
    }
    return out
  }
}
