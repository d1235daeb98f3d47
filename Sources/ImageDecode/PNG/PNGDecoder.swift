import CZlib

/// A full PNG decoder (PNG spec, ISO/IEC 15948): all colour types and bit depths, Adam7,
/// PLTE and tRNS, CRC-checked chunks; output is 8-bit samples plus optional 8-bit alpha.
public enum PNGDecoder {
  static let signature: [UInt8] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

  static func hasSignature(_ data: [UInt8]) -> Bool { data.count >= 8 && data[0..<8].elementsEqual(signature) }

  /// Adam7 passes: x start, y start, x step, y step.
  static let adam7: [(Int, Int, Int, Int)] = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]

  /// Decodes a PNG file.
  ///
  /// - Parameters:
  ///   - verifyingChecksums: checks each chunk's CRC (turn off only for fuzzing, so mutated
  ///     inputs reach the decoder instead of stopping at the first CRC).
  /// - Throws: `ImageDecodeError` for bad signature, CRC, header, data or limits.
  public static func decode(
    _ data: [UInt8], limits: ImageDecodeLimits = .default, verifyingChecksums: Bool = true
  ) throws(ImageDecodeError) -> DecodedImage {
    guard hasSignature(data) else { throw .unknownFormat }
    var position = 8
    var header: PNGHeader? = nil
    var palette: [UInt8]? = nil
    var transparency: [UInt8]? = nil
    var compressed: [UInt8] = []
    var sawEnd = false
    while position < data.count {
      guard position + 12 <= data.count else { throw .truncated }
      let length = Int(data[position]) << 24 | Int(data[position + 1]) << 16 | Int(data[position + 2]) << 8 | Int(data[position + 3])
      guard length <= 0x7fff_ffff, position + 12 + length <= data.count else { throw .truncated }
      let typeBytes = data[(position + 4)..<(position + 8)]
      let type = String(decoding: typeBytes, as: UTF8.self)
      let body = data[(position + 8)..<(position + 8 + length)]
      let storedCRC = UInt32(data[position + 8 + length]) << 24 | UInt32(data[position + 9 + length]) << 16
        | UInt32(data[position + 10 + length]) << 8 | UInt32(data[position + 11 + length])
      if verifyingChecksums {
        guard crc(data[(position + 4)..<(position + 8 + length)]) == storedCRC else { throw .crcMismatch(chunk: type) }
      }
      position += 12 + length
      if header == nil && type != "IHDR" { throw .invalidHeader("first chunk is \(type), not IHDR") }
      switch type {
      case "IHDR":
        guard header == nil else { throw .invalidHeader("second IHDR") }
        header = try PNGHeader(body, limits: limits)
      case "PLTE":
        guard length % 3 == 0, length > 0, length <= 768 else { throw .corruptData("PLTE length \(length)") }
        palette = Array(body)
      case "tRNS":
        transparency = Array(body)
      case "IDAT":
        guard compressed.count + length <= limits.maxInflatedBytes else { throw .decompressedTooLarge(limit: limits.maxInflatedBytes) }
        compressed.append(contentsOf: body)
      case "IEND":
        sawEnd = true
      default:
        // Unknown critical chunks (upper-case first letter) cannot be ignored.
        if let first = typeBytes.first, first & 0x20 == 0 { throw .corruptData("unknown critical chunk \(type)") }
      }
      if sawEnd { break }
    }
    guard let header else { throw .truncated }
    guard !compressed.isEmpty else { throw .truncated }
    if header.colorType == 3 && palette == nil { throw .corruptData("palette image without PLTE") }

    // Expected size of the filtered data (one filter byte per row of each pass).
    var expected = 0
    let passes: [(Int, Int, Int, Int)] = header.isInterlaced ? adam7 : [(0, 0, 1, 1)]
    for (x0, y0, dx, dy) in passes {
      let w = (header.width - x0 + dx - 1) / dx
      let h = (header.height - y0 + dy - 1) / dy
      if w > 0 && h > 0 { expected += h * (1 + header.rowBytes(w)) }
    }
    guard expected <= limits.maxInflatedBytes else { throw .decompressedTooLarge(limit: limits.maxInflatedBytes) }
    // Deflate cannot expand data more than about 1032:1, so a header promising more than the
    // IDAT data can hold is refused before the output buffer is allocated.
    guard expected / 1100 <= compressed.count else { throw .truncated }
    let raw = try inflate(compressed, expected: expected)
    guard raw.count >= expected else { throw .truncated }

    let pixels = header.width * header.height
    let outChannels = header.colorType == 0 || header.colorType == 4 ? 1 : 3
    let hasAlpha = header.colorType == 4 || header.colorType == 6 || transparency != nil
    var samples = [UInt8](repeating: 0, count: pixels * outChannels)
    var alpha = hasAlpha ? [UInt8](repeating: 255, count: pixels) : []
    let image = Output(header: header, palette: palette ?? [], transparency: transparency, outChannels: outChannels)

    var offset = 0
    for (x0, y0, dx, dy) in passes {
      let w = (header.width - x0 + dx - 1) / dx
      let h = (header.height - y0 + dy - 1) / dy
      guard w > 0 && h > 0 else { continue }
      let rowBytes = header.rowBytes(w)
      var previous = [UInt8](repeating: 0, count: rowBytes)
      var row = [UInt8](repeating: 0, count: rowBytes)
      for y in 0..<h {
        let filter = raw[offset]
        guard filter <= 4 else { throw .corruptData("filter type \(filter)") }
        row.withUnsafeMutableBufferPointer { dst in
          raw.withUnsafeBufferPointer { src in
            guard let d = dst.baseAddress, let s = src.baseAddress else { return }
            d.update(from: s + offset + 1, count: rowBytes)
          }
        }
        offset += 1 + rowBytes
        unfilter(&row, previous: previous, type: filter, stride: header.filterStride)
        image.store(row: row, count: w, y: y0 + y * dy, x0: x0, dx: dx, samples: &samples, alpha: &alpha)
        swap(&row, &previous)
      }
    }
    return DecodedImage(
      format: .png, width: header.width, height: header.height, components: outChannels, samples: samples,
      alpha: hasAlpha ? alpha : nil, palette: palette, orientation: .up, jpeg: nil)
  }

  /// Converts unfiltered rows to 8-bit output samples.
  private struct Output {
    let header: PNGHeader
    let palette: [UInt8]
    let transparency: [UInt8]?
    let outChannels: Int

    /// The sample `index` of a row at the header's bit depth.
    @inline(__always) func sample(_ row: [UInt8], _ index: Int) -> Int {
      switch header.bitDepth {
      case 8: return Int(row[index])
      case 16: return Int(row[2 * index]) << 8 | Int(row[2 * index + 1])
      default:
        let bit = index * header.bitDepth
        return (Int(row[bit >> 3]) >> (8 - header.bitDepth - (bit & 7))) & ((1 << header.bitDepth) - 1)
      }
    }

    /// 8-bit, non-interlaced, no colour key: straight copies.
    private func storeFast(row: [UInt8], count: Int, y: Int, samples: inout [UInt8], alpha: inout [UInt8]) {
      let channels = header.channels
      let colour = outChannels
      let base = y * header.width
      row.withUnsafeBufferPointer { r in
        samples.withUnsafeMutableBufferPointer { s in
          alpha.withUnsafeMutableBufferPointer { a in
            for i in 0..<count {
              let p = base + i
              for c in 0..<colour { s[p * colour + c] = r[i * channels + c] }
              if channels > colour { a[p] = r[i * channels + colour] }
            }
          }
        }
      }
    }

    /// 8-bit palette indices, non-interlaced: table lookups (out-of-range indices stay black).
    private func storePalette(row: [UInt8], count: Int, y: Int, samples: inout [UInt8], alpha: inout [UInt8]) {
      let base = y * header.width
      let entries = palette.count / 3
      let table = transparency ?? []
      row.withUnsafeBufferPointer { r in
        palette.withUnsafeBufferPointer { pal in
          samples.withUnsafeMutableBufferPointer { s in
            for i in 0..<count {
              let index = Int(r[i])
              guard index < entries else { continue }
              let p = 3 * (base + i)
              s[p] = pal[3 * index]
              s[p + 1] = pal[3 * index + 1]
              s[p + 2] = pal[3 * index + 2]
            }
          }
        }
      }
      if transparency != nil {
        for i in 0..<count {
          let index = Int(row[i])
          alpha[base + i] = index < table.count ? table[index] : 255
        }
      }
    }

    /// A sample scaled to 8 bits.
    @inline(__always) func scaled(_ v: Int) -> UInt8 {
      switch header.bitDepth {
      case 8: return UInt8(v)
      case 16: return UInt8((v * 255 + 32767) / 65535)
      default: return UInt8(v * 255 / ((1 << header.bitDepth) - 1))
      }
    }

    func store(row: [UInt8], count: Int, y: Int, x0: Int, dx: Int, samples: inout [UInt8], alpha: inout [UInt8]) {
      let channels = header.channels
      if header.bitDepth == 8 && dx == 1 && header.colorType != 3 && transparency == nil {
        storeFast(row: row, count: count, y: y, samples: &samples, alpha: &alpha)
        return
      }
      if header.bitDepth == 8 && dx == 1 && header.colorType == 3 {
        storePalette(row: row, count: count, y: y, samples: &samples, alpha: &alpha)
        return
      }
      let key: [Int]? = transparency.flatMap { t in
        switch header.colorType {
        case 0 where t.count >= 2: return [Int(t[0]) << 8 | Int(t[1])]
        case 2 where t.count >= 6: return [Int(t[0]) << 8 | Int(t[1]), Int(t[2]) << 8 | Int(t[3]), Int(t[4]) << 8 | Int(t[5])]
        default: return nil
        }
      }
      for i in 0..<count {
        let pixel = y * header.width + x0 + i * dx
        switch header.colorType {
        case 3:
          let index = sample(row, i)
          if 3 * index + 2 < palette.count {
            samples[3 * pixel] = palette[3 * index]
            samples[3 * pixel + 1] = palette[3 * index + 1]
            samples[3 * pixel + 2] = palette[3 * index + 2]
          }
          if let t = transparency { alpha[pixel] = index < t.count ? t[index] : 255 }
        case 0, 4:
          let gray = sample(row, i * channels)
          samples[pixel] = scaled(gray)
          if header.colorType == 4 {
            alpha[pixel] = scaled(sample(row, i * channels + 1))
          } else if let key, gray == key[0] {
            alpha[pixel] = 0
          }
        default:  // 2, 6
          let r = sample(row, i * channels), g = sample(row, i * channels + 1), b = sample(row, i * channels + 2)
          samples[3 * pixel] = scaled(r)
          samples[3 * pixel + 1] = scaled(g)
          samples[3 * pixel + 2] = scaled(b)
          if header.colorType == 6 {
            alpha[pixel] = scaled(sample(row, i * channels + 3))
          } else if let key, r == key[0], g == key[1], b == key[2] {
            alpha[pixel] = 0
          }
        }
      }
    }
  }

  /// Reverses one PNG row filter (0 None, 1 Sub, 2 Up, 3 Average, 4 Paeth).
  static func unfilter(_ row: inout [UInt8], previous: [UInt8], type: UInt8, stride bpp: Int) {
    let n = row.count
    previous.withUnsafeBufferPointer { up in
      row.withUnsafeMutableBufferPointer { r in
        switch type {
        case 1:
          if bpp < n { for i in bpp..<n { r[i] = r[i] &+ r[i - bpp] } }
        case 2:
          for i in 0..<n { r[i] = r[i] &+ up[i] }
        case 3:
          for i in 0..<n {
            let left = i >= bpp ? Int(r[i - bpp]) : 0
            r[i] = r[i] &+ UInt8((left + Int(up[i])) >> 1)
          }
        case 4:
          for i in 0..<n {
            let a = i >= bpp ? Int(r[i - bpp]) : 0
            let b = Int(up[i])
            let c = i >= bpp ? Int(up[i - bpp]) : 0
            let p = a + b - c
            let pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
            r[i] = r[i] &+ UInt8(pa <= pb && pa <= pc ? a : (pb <= pc ? b : c))
          }
        default:
          break
        }
      }
    }
  }

  /// CRC-32 of a chunk's type and data (zlib's implementation).
  static func crc(_ bytes: ArraySlice<UInt8>) -> UInt32 {
    bytes.withUnsafeBufferPointer { buf in
      UInt32(truncatingIfNeeded: crc32(0, buf.baseAddress, uInt(buf.count)))
    }
  }

  /// Inflates the IDAT stream, producing at most `expected` bytes.
  static func inflate(_ input: [UInt8], expected: Int) throws(ImageDecodeError) -> [UInt8] {
    var stream = z_stream()
    guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      throw .corruptData("zlib could not be initialised")
    }
    defer { inflateEnd(&stream) }
    var output = [UInt8](repeating: 0, count: expected)
    var status: Int32 = Z_OK
    var produced = 0
    input.withUnsafeBufferPointer { inBuf in
      output.withUnsafeMutableBufferPointer { outBuf in
        guard let inBase = inBuf.baseAddress, let outBase = outBuf.baseAddress else { return }
        stream.next_in = UnsafeMutablePointer(mutating: inBase)
        stream.avail_in = uInt(inBuf.count)
        stream.next_out = outBase
        stream.avail_out = uInt(outBuf.count)
        status = CZlib.inflate(&stream, Z_FINISH)
        produced = outBuf.count - Int(stream.avail_out)
      }
    }
    switch status {
    case Z_STREAM_END, Z_OK, Z_BUF_ERROR:
      // Z_BUF_ERROR with a full buffer means extra trailing data: ignored, as libpng does.
      guard produced == expected else { throw produced < expected ? .truncated : .corruptData("zlib") }
      return output
    default:
      throw .corruptData("zlib error \(status)")
    }
  }
}
