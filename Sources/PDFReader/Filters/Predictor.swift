/// PNG (10–15) and TIFF (2) predictors of FlateDecode/LZWDecode (ISO 32000-1 §7.4.4.4).
enum Predictor {
  static func decode(
    _ data: [UInt8], parameters: PDFDictionary?, resolve: (PDFObject) -> PDFObject, limit: Int
  ) throws(PDFReadError) -> [UInt8] {
    guard let parameters else { return data }
    let predictor = resolve(parameters["Predictor"] ?? .integer(1)).integerValue ?? 1
    guard predictor > 1 else { return data }
    let colors = resolve(parameters["Colors"] ?? .integer(1)).integerValue ?? 1
    let bits = resolve(parameters["BitsPerComponent"] ?? .integer(8)).integerValue ?? 8
    let columns = resolve(parameters["Columns"] ?? .integer(1)).integerValue ?? 1
    guard (1...32).contains(colors), [1, 2, 4, 8, 16].contains(bits), (1...(1 << 24)).contains(columns) else {
      throw .corruptStream("predictor parameters out of range (Colors \(colors), BitsPerComponent \(bits), Columns \(columns))")
    }
    let bitsPerPixel = Int(colors * bits)
    let rowBytes = (bitsPerPixel * Int(columns) + 7) / 8
    let bytesPerPixel = max(1, bitsPerPixel / 8)
    if predictor == 2 { return tiff(data, rowBytes: rowBytes, colors: Int(colors), bits: Int(bits)) }
    guard predictor >= 10 else { throw .corruptStream("unknown predictor \(predictor)") }
    return png(data, rowBytes: rowBytes, bytesPerPixel: bytesPerPixel)
  }

  /// Undoes PNG row filters; each row starts with its filter type byte. A short last row is kept.
  static func png(_ data: [UInt8], rowBytes declaredRowBytes: Int, bytesPerPixel bpp: Int) -> [UInt8] {
    // A row longer than the data can only be partial: never allocate more than the data holds.
    let rowBytes = max(1, min(declaredRowBytes, data.count))
    var out = [UInt8]()
    out.reserveCapacity(data.count)
    var previous = [UInt8](repeating: 0, count: rowBytes)
    var row = [UInt8](repeating: 0, count: rowBytes)
    var offset = 0
    while offset < data.count {
      let type = data[offset]
      offset += 1
      let available = min(rowBytes, data.count - offset)
      if available <= 0 { break }
      for i in 0..<rowBytes { row[i] = i < available ? data[offset + i] : 0 }
      offset += available
      unfilterRow(&row, previous: previous, type: type, bytesPerPixel: bpp)
      out.append(contentsOf: row[0..<available])
      swap(&row, &previous)
    }
    return out
  }

  /// Reverses one PNG filter (0 None, 1 Sub, 2 Up, 3 Average, 4 Paeth); unknown types act as None.
  static func unfilterRow(_ row: inout [UInt8], previous: [UInt8], type: UInt8, bytesPerPixel bpp: Int) {
    let n = row.count
    switch type {
    case 1:
      if bpp < n { for i in bpp..<n { row[i] = row[i] &+ row[i - bpp] } }
    case 2:
      for i in 0..<n { row[i] = row[i] &+ previous[i] }
    case 3:
      for i in 0..<n {
        let left = i >= bpp ? Int(row[i - bpp]) : 0
        row[i] = row[i] &+ UInt8((left + Int(previous[i])) / 2)
      }
    case 4:
      for i in 0..<n {
        let a = i >= bpp ? Int(row[i - bpp]) : 0
        let b = Int(previous[i])
        let c = i >= bpp ? Int(previous[i - bpp]) : 0
        let p = a + b - c
        let pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
        let predicted = pa <= pb && pa <= pc ? a : (pb <= pc ? b : c)
        row[i] = row[i] &+ UInt8(predicted)
      }
    default:
      break
    }
  }

  /// Undoes TIFF predictor 2 (horizontal differencing) for 8- and 16-bit samples; other depths pass.
  static func tiff(_ data: [UInt8], rowBytes: Int, colors: Int, bits: Int) -> [UInt8] {
    var out = data
    var rowStart = 0
    while rowStart < out.count {
      let rowEnd = min(rowStart + rowBytes, out.count)
      if bits == 8 {
        var i = rowStart + colors
        while i < rowEnd {
          out[i] = out[i] &+ out[i - colors]
          i += 1
        }
      } else if bits == 16 {
        var i = rowStart + 2 * colors
        while i + 1 < rowEnd {
          let value = (UInt16(out[i]) << 8 | UInt16(out[i + 1])) &+ (UInt16(out[i - 2 * colors]) << 8 | UInt16(out[i - 2 * colors + 1]))
          out[i] = UInt8(value >> 8)
          out[i + 1] = UInt8(value & 0xff)
          i += 2
        }
      } else if bits < 8 {
        // Sub-byte samples: unpack the row, add, repack.
        let samplesPerRow = (rowEnd - rowStart) * 8 / bits
        let mask = (1 << bits) - 1
        var samples = [Int](repeating: 0, count: samplesPerRow)
        for s in 0..<samplesPerRow {
          let bit = s * bits
          samples[s] = (Int(out[rowStart + bit / 8]) >> (8 - bits - bit % 8)) & mask
        }
        if colors < samplesPerRow { for s in colors..<samplesPerRow { samples[s] = (samples[s] + samples[s - colors]) & mask } }
        for i in rowStart..<rowEnd { out[i] = 0 }
        for s in 0..<samplesPerRow {
          let bit = s * bits
          out[rowStart + bit / 8] |= UInt8(samples[s] << (8 - bits - bit % 8))
        }
      }
      rowStart += rowBytes
    }
    return out
  }
}
