/// Reads a JPEG's markers (ITU T.81 §B.1): frame size and components, Adobe APP14 transform,
/// EXIF orientation. The entropy-coded data is not decoded; PDF embeds it as /DCTDecode.
public enum JPEGReader {
  static func hasSignature(_ data: [UInt8]) -> Bool { data.count >= 3 && data[0] == 0xff && data[1] == 0xd8 && data[2] == 0xff }

  /// Reads the markers of `data` up to the first scan.
  /// - Throws: `unknownFormat`, `truncated`, `invalidHeader`, `unsupportedJPEG`, `imageTooLarge`.
  public static func read(_ data: [UInt8], limits: ImageDecodeLimits = .default) throws(ImageDecodeError) -> DecodedImage {
    guard hasSignature(data) else { throw .unknownFormat }
    var position = 2
    var frame: (width: Int, height: Int, components: Int, bits: Int, progressive: Bool)? = nil
    var adobeTransform: Int? = nil
    var orientation = ImageOrientation.up
    while position < data.count {
      guard data[position] == 0xff else { throw .invalidHeader("expected a marker at byte \(position)") }
      while position < data.count && data[position] == 0xff { position += 1 }  // fill bytes
      guard position < data.count else { throw .truncated }
      let marker = data[position]
      position += 1
      if marker == 0xd8 || marker == 0x01 || (0xd0...0xd7).contains(marker) { continue }  // no length
      if marker == 0xd9 { break }  // EOI
      guard position + 2 <= data.count else { throw .truncated }
      let length = Int(data[position]) << 8 | Int(data[position + 1])
      guard length >= 2 else { throw .invalidHeader("segment length \(length) at byte \(position)") }
      guard position + length <= data.count else { throw .truncated }
      let segment = data[(position + 2)..<(position + length)]
      switch marker {
      case 0xc0, 0xc1, 0xc2:
        guard segment.count >= 6 else { throw .invalidHeader("short frame header") }
        let s = segment.startIndex
        let bits = Int(segment[s])
        let height = Int(segment[s + 1]) << 8 | Int(segment[s + 2])
        let width = Int(segment[s + 3]) << 8 | Int(segment[s + 4])
        let components = Int(segment[s + 5])
        guard bits == 8 || bits == 12 else { throw .invalidHeader("sample precision \(bits)") }
        guard width > 0, height > 0 else { throw .invalidHeader("frame size \(width)×\(height) (DNL is not supported)") }
        guard [1, 3, 4].contains(components), segment.count >= 6 + 3 * components else {
          throw .invalidHeader("\(components) components")
        }
        guard width <= limits.maxDimension, height <= limits.maxDimension, width * height <= limits.maxPixels else {
          throw .imageTooLarge(width: width, height: height)
        }
        if frame == nil { frame = (width, height, components, bits, marker == 0xc2) }
      case 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf:
        throw .unsupportedJPEG("frame type SOF\(marker - 0xc0) (lossless, hierarchical or arithmetic coding)")
      case 0xee:
        if segment.count >= 12, segment.prefix(5).elementsEqual("Adobe".utf8) {
          adobeTransform = Int(segment[segment.startIndex + 11])
        }
      case 0xe1:
        if segment.count > 6, segment.prefix(6).elementsEqual([0x45, 0x78, 0x69, 0x66, 0, 0]) {
          if let value = exifOrientation(Array(segment.dropFirst(6))), let o = ImageOrientation(rawValue: value) {
            orientation = o
          }
        }
      case 0xda:
        guard let frame else { throw .invalidHeader("scan before frame header") }
        return DecodedImage(
          format: .jpeg, width: frame.width, height: frame.height, components: frame.components, samples: [], alpha: nil,
          palette: nil, orientation: orientation,
          jpeg: JPEGInfo(
            data: data, isProgressive: frame.progressive, bitsPerComponent: frame.bits, adobeTransform: adobeTransform,
            isInvertedCMYK: frame.components == 4 && adobeTransform != nil))
      default:
        break
      }
      position += length
    }
    throw frame == nil ? .invalidHeader("no frame header (SOF0/1/2)") : .truncated
  }

  /// The Orientation (0x0112) value of IFD0 in a TIFF-structured EXIF block, if readable.
  static func exifOrientation(_ tiff: [UInt8]) -> Int? {
    guard tiff.count >= 8 else { return nil }
    let little: Bool
    switch (tiff[0], tiff[1]) {
    case (0x49, 0x49): little = true
    case (0x4d, 0x4d): little = false
    default: return nil
    }
    func u16(_ at: Int) -> Int? {
      guard at >= 0, at + 2 <= tiff.count else { return nil }
      return little ? Int(tiff[at]) | Int(tiff[at + 1]) << 8 : Int(tiff[at]) << 8 | Int(tiff[at + 1])
    }
    func u32(_ at: Int) -> Int? {
      guard let a = u16(at), let b = u16(at + 2) else { return nil }
      return little ? a | b << 16 : a << 16 | b
    }
    guard u16(2) == 42, let ifd = u32(4), let count = u16(ifd) else { return nil }
    for i in 0..<min(count, 1024) {
      let entry = ifd + 2 + 12 * i
      guard let tag = u16(entry) else { return nil }
      if tag == 0x0112 {
        guard let type = u16(entry + 2) else { return nil }
        if type == 3 { return u16(entry + 8) }
        if type == 4 { return u32(entry + 8) }
        return nil
      }
    }
    return nil
  }
}
