/// The IHDR chunk of a PNG file (PNG spec §11.2.2).
struct PNGHeader {
  let width: Int
  let height: Int
  let bitDepth: Int
  let colorType: Int
  let isInterlaced: Bool

  /// Samples per pixel for the colour type.
  var channels: Int {
    switch colorType {
    case 2: 3
    case 4: 2
    case 6: 4
    default: 1
    }
  }

  var bitsPerPixel: Int { channels * bitDepth }

  /// Bytes per complete pixel for filtering (at least 1).
  var filterStride: Int { max(1, bitsPerPixel / 8) }

  /// Bytes of one unfiltered row of `width` pixels.
  func rowBytes(_ width: Int) -> Int { (width * bitsPerPixel + 7) / 8 }

  init(_ d: ArraySlice<UInt8>, limits: ImageDecodeLimits) throws(ImageDecodeError) {
    guard d.count == 13 else { throw .invalidHeader("IHDR length \(d.count)") }
    let s = d.startIndex
    func u32(_ at: Int) -> Int { Int(d[s + at]) << 24 | Int(d[s + at + 1]) << 16 | Int(d[s + at + 2]) << 8 | Int(d[s + at + 3]) }
    width = u32(0)
    height = u32(4)
    bitDepth = Int(d[s + 8])
    colorType = Int(d[s + 9])
    guard d[s + 10] == 0, d[s + 11] == 0 else { throw .invalidHeader("unknown compression or filter method") }
    guard d[s + 12] <= 1 else { throw .invalidHeader("unknown interlace method \(d[s + 12])") }
    isInterlaced = d[s + 12] == 1
    guard width > 0, height > 0 else { throw .invalidHeader("size \(width)×\(height)") }
    guard width <= limits.maxDimension, height <= limits.maxDimension, width * height <= limits.maxPixels else {
      throw .imageTooLarge(width: width, height: height)
    }
    let allowed: [Int]
    switch colorType {
    case 0: allowed = [1, 2, 4, 8, 16]
    case 3: allowed = [1, 2, 4, 8]
    case 2, 4, 6: allowed = [8, 16]
    default: throw .invalidHeader("colour type \(colorType)")
    }
    guard allowed.contains(bitDepth) else { throw .invalidHeader("bit depth \(bitDepth) with colour type \(colorType)") }
  }
}
