import CZlib

/// A small PNG encoder for tests: any colour type, bit depth, Adam7, and all five row filters
/// (cycled per row), so the decoder is checked against images with known pixels.
struct PNGWriter {
  var width: Int
  var height: Int
  var bitDepth: Int
  var colorType: Int
  var interlaced = false
  var palette: [UInt8]? = nil
  var transparency: [UInt8]? = nil
  /// Channel values of pixel (x, y) at `bitDepth`.
  var pixel: (Int, Int) -> [Int]

  var channels: Int { [0: 1, 2: 3, 3: 1, 4: 2, 6: 4][colorType] ?? 1 }

  func encode() -> [UInt8] {
    var raw: [UInt8] = []
    let passes: [(Int, Int, Int, Int)] = interlaced
      ? [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)] : [(0, 0, 1, 1)]
    let bpp = max(1, channels * bitDepth / 8)
    var rowNumber = 0
    for (x0, y0, dx, dy) in passes {
      let w = (width - x0 + dx - 1) / dx
      let h = (height - y0 + dy - 1) / dy
      guard w > 0 && h > 0 else { continue }
      var previous = [UInt8](repeating: 0, count: (w * channels * bitDepth + 7) / 8)
      for y in 0..<h {
        var bits: [Int] = []
        for x in 0..<w { bits += pixel(x0 + x * dx, y0 + y * dy) }
        let row = pack(bits)
        let filter = UInt8(rowNumber % 5)
        rowNumber += 1
        raw.append(filter)
        raw += apply(filter, row: row, previous: previous, bpp: bpp)
        previous = row
      }
    }
    var out: [UInt8] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
    out += chunk("IHDR", be32(width) + be32(height) + [UInt8(bitDepth), UInt8(colorType), 0, 0, interlaced ? 1 : 0])
    if let palette { out += chunk("PLTE", palette) }
    if let transparency { out += chunk("tRNS", transparency) }
    out += chunk("IDAT", Self.compress(raw))
    out += chunk("IEND", [])
    return out
  }

  private func pack(_ values: [Int]) -> [UInt8] {
    if bitDepth == 16 { return values.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xff)] } }
    if bitDepth == 8 { return values.map { UInt8($0) } }
    var out = [UInt8](repeating: 0, count: (values.count * bitDepth + 7) / 8)
    for (i, v) in values.enumerated() {
      let bit = i * bitDepth
      out[bit / 8] |= UInt8(v << (8 - bitDepth - bit % 8))
    }
    return out
  }

  private func apply(_ filter: UInt8, row: [UInt8], previous: [UInt8], bpp: Int) -> [UInt8] {
    var out = row
    for i in 0..<row.count {
      let a = i >= bpp ? Int(row[i - bpp]) : 0
      let b = Int(previous[i])
      let c = i >= bpp ? Int(previous[i - bpp]) : 0
      let predicted: Int
      switch filter {
      case 1: predicted = a
      case 2: predicted = b
      case 3: predicted = (a + b) / 2
      case 4:
        let p = a + b - c
        let pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
        predicted = pa <= pb && pa <= pc ? a : (pb <= pc ? b : c)
      default: predicted = 0
      }
      out[i] = row[i] &- UInt8(predicted)
    }
    return out
  }

  private func be32(_ v: Int) -> [UInt8] { [UInt8(v >> 24 & 0xff), UInt8(v >> 16 & 0xff), UInt8(v >> 8 & 0xff), UInt8(v & 0xff)] }

  func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
    let typed = Array(type.utf8) + body
    let crc = typed.withUnsafeBufferPointer { UInt32(truncatingIfNeeded: crc32(0, $0.baseAddress, uInt($0.count))) }
    return be32(body.count) + typed + be32(Int(crc))
  }

  static func compress(_ input: [UInt8]) -> [UInt8] {
    var length = compressBound(uLong(input.count))
    var out = [UInt8](repeating: 0, count: Int(length))
    let rc = input.withUnsafeBufferPointer { src in
      out.withUnsafeMutableBufferPointer { dst in compress2(dst.baseAddress, &length, src.baseAddress, uLong(src.count), 9) }
    }
    precondition(rc == Z_OK)
    return Array(out[0..<Int(length)])
  }
}
