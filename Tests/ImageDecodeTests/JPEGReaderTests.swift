import ImageDecode
import Testing

@Suite struct JPEGReaderTests {
  /// A minimal marker sequence: SOI, optional extra segments, SOF, SOS, EOI.
  static func jpeg(sof: UInt8 = 0xc0, width: Int = 5, height: Int = 3, components: Int = 3, extra: [UInt8] = []) -> [UInt8] {
    var sofBody: [UInt8] = [8, UInt8(height >> 8), UInt8(height & 0xff), UInt8(width >> 8), UInt8(width & 0xff), UInt8(components)]
    for c in 0..<components { sofBody += [UInt8(c + 1), 0x11, 0] }
    let sofSegment: [UInt8] = [0xff, sof, 0, UInt8(sofBody.count + 2)] + sofBody
    return [0xff, 0xd8] + extra + sofSegment + [0xff, 0xda, 0, 2, 0x00, 0xff, 0xd9]
  }

  static func exif(orientation: UInt16, bigEndian: Bool) -> [UInt8] {
    let tiff: [UInt8] = bigEndian
      ? [0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, UInt8(orientation), 0, 0, 0, 0, 0, 0]
      : [0x49, 0x49, 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, UInt8(orientation), 0, 0, 0, 0, 0, 0, 0]
    let body = Array("Exif".utf8) + [0, 0] + tiff
    return [0xff, 0xe1, 0, UInt8(body.count + 2)] + body
  }

  @Test(arguments: 1...8, [false, true])
  func exifOrientation(value: Int, bigEndian: Bool) throws {
    let image = try JPEGReader.read(Self.jpeg(extra: Self.exif(orientation: UInt16(value), bigEndian: bigEndian)))
    #expect(image.orientation.rawValue == value)
    #expect(image.displayWidth == (value >= 5 ? 3 : 5))
  }

  @Test func adobeTransformMarksCMYKInverted() throws {
    let adobe: [UInt8] = [0xff, 0xee, 0, 14] + Array("Adobe".utf8) + [0, 100, 0, 0, 0, 0, 2]
    let image = try JPEGReader.read(Self.jpeg(components: 4, extra: adobe))
    #expect(image.components == 4)
    #expect(image.jpeg?.adobeTransform == 2)
    #expect(image.jpeg?.isInvertedCMYK == true)
    #expect(try JPEGReader.read(Self.jpeg(components: 4)).jpeg?.isInvertedCMYK == false)
  }

  @Test func descriptionSummarises() throws {
    let image = try JPEGReader.read(Self.jpeg(width: 2, height: 1, extra: Self.exif(orientation: 8, bigEndian: false)))
    #expect(image.description == "jpeg 2×1 rgb exif 8 (shown 1×2)")
  }

  @Test func progressiveIsReported() throws {
    #expect(try JPEGReader.read(Self.jpeg(sof: 0xc2)).jpeg?.isProgressive == true)
  }

  @Test func losslessAndArithmeticAreRefused() {
    for sof: UInt8 in [0xc3, 0xc9, 0xcb] {
      #expect(throws: ImageDecodeError.self) { try JPEGReader.read(Self.jpeg(sof: sof)) }
    }
  }

  @Test func malformedMarkersFailCleanly() {
    let good = Self.jpeg()
    for length in 3..<good.count - 3 {
      #expect(throws: ImageDecodeError.self) { try JPEGReader.read(Array(good[0..<length])) }
    }
    #expect(throws: ImageDecodeError.invalidHeader("frame size 0×3 (DNL is not supported)")) { try JPEGReader.read(Self.jpeg(width: 0)) }
    #expect(throws: ImageDecodeError.imageTooLarge(width: 60000, height: 60000)) {
      try JPEGReader.read(Self.jpeg(width: 60000, height: 60000))
    }
  }
}
