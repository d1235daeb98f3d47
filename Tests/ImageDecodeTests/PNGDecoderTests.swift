import ImageDecode
import Testing

@Suite struct PNGDecoderTests {
  /// A deterministic test pattern value for channel `c` of pixel (x, y) at `bits` depth.
  static func value(_ x: Int, _ y: Int, _ c: Int, bits: Int) -> Int {
    ((x * 7 + y * 13 + c * 29 + x * y) * 2_654_435_761 >> 7) & ((1 << bits) - 1)
  }

  static func scaled(_ v: Int, bits: Int) -> UInt8 {
    bits == 16 ? UInt8((v * 255 + 32767) / 65535) : UInt8(v * 255 / ((1 << bits) - 1))
  }

  @Test(arguments: [
    (0, 1), (0, 2), (0, 4), (0, 8), (0, 16), (2, 8), (2, 16), (4, 8), (4, 16), (6, 8), (6, 16),
  ], [false, true])
  func colourTypesAndDepths(type: (colorType: Int, bits: Int), interlaced: Bool) throws {
    let (colorType, bits) = type
    let channels = [0: 1, 2: 3, 4: 2, 6: 4][colorType] ?? 1
    let writer = PNGWriter(width: 13, height: 11, bitDepth: bits, colorType: colorType, interlaced: interlaced) { x, y in
      (0..<channels).map { Self.value(x, y, $0, bits: bits) }
    }
    let image = try ImageDecoder.decode(writer.encode())
    #expect(image.width == 13 && image.height == 11)
    let colour = colorType == 2 || colorType == 6 ? 3 : 1
    #expect(image.components == colour)
    #expect((image.alpha != nil) == (colorType == 4 || colorType == 6))
    for y in 0..<11 {
      for x in 0..<13 {
        let pixel = y * 13 + x
        for c in 0..<colour {
          #expect(image.samples[pixel * colour + c] == Self.scaled(Self.value(x, y, c, bits: bits), bits: bits), "x \(x) y \(y) c \(c)")
        }
        if let alpha = image.alpha {
          #expect(alpha[pixel] == Self.scaled(Self.value(x, y, colour, bits: bits), bits: bits))
        }
      }
    }
  }

  @Test(arguments: [1, 2, 4, 8], [false, true])
  func paletteWithTransparency(bits: Int, interlaced: Bool) throws {
    let entries = 1 << bits
    var palette: [UInt8] = []
    for i in 0..<entries {
      let r = UInt8(i * 3 % 256), g = UInt8(i * 5 % 256), b = UInt8(255 - i % 256)
      palette += [r, g, b]
    }
    let alphaTable = (0..<min(entries, 3)).map { UInt8($0 * 100) }
    let writer = PNGWriter(
      width: 9, height: 10, bitDepth: bits, colorType: 3, interlaced: interlaced, palette: palette, transparency: alphaTable
    ) { x, y in [Self.value(x, y, 0, bits: bits)] }
    let image = try ImageDecoder.decode(writer.encode())
    #expect(image.components == 3)
    #expect(image.palette == palette)
    let alpha = try #require(image.alpha)
    for y in 0..<10 {
      for x in 0..<9 {
        let index = Self.value(x, y, 0, bits: bits)
        let pixel = y * 9 + x
        let decoded: [UInt8] = Array(image.samples[3 * pixel..<3 * pixel + 3])
        let expected: [UInt8] = Array(palette[3 * index..<3 * index + 3])
        #expect(decoded == expected)
        let expectedAlpha: UInt8 = index < alphaTable.count ? alphaTable[index] : 255
        #expect(alpha[pixel] == expectedAlpha)
      }
    }
  }

  @Test func grayAndRGBColourKeyTransparency() throws {
    let gray = PNGWriter(width: 4, height: 1, bitDepth: 8, colorType: 0, transparency: [0, 7]) { x, _ in [x == 2 ? 7 : 9] }
    #expect(try ImageDecoder.decode(gray.encode()).alpha == [255, 255, 0, 255])
    let rgb = PNGWriter(width: 3, height: 1, bitDepth: 16, colorType: 2, transparency: [0, 1, 0, 2, 0, 3]) { x, _ in
      x == 1 ? [1, 2, 3] : [1, 2, 4]
    }
    #expect(try ImageDecoder.decode(rgb.encode()).alpha == [255, 0, 255])
  }

  // MARK: - Malformed input

  static func sample() -> [UInt8] {
    PNGWriter(width: 8, height: 8, bitDepth: 8, colorType: 2) { x, y in [x, y, x + y] }.encode()
  }

  @Test func crcMismatchIsReported() {
    var png = Self.sample()
    png[20] ^= 0xff  // inside IHDR
    #expect(throws: ImageDecodeError.crcMismatch(chunk: "IHDR")) { try ImageDecoder.decode(png) }
  }

  @Test func truncationIsReported() {
    let png = Self.sample()
    for length in [9, 20, 33, png.count - 13, png.count - 1] {
      #expect(throws: ImageDecodeError.self) { try ImageDecoder.decode(Array(png[0..<length])) }
    }
  }

  @Test func hugeDimensionsAreRefusedBeforeAllocation() {
    let writer = PNGWriter(width: 1, height: 1, bitDepth: 8, colorType: 0) { _, _ in [0] }
    var png = writer.encode()
    // Replace IHDR with a 60000 × 60000 header (3.6 gigapixels).
    let ihdr = writer.chunk("IHDR", [0, 0, 0xea, 0x60, 0, 0, 0xea, 0x60, 8, 0, 0, 0, 0])
    png.replaceSubrange(8..<33, with: ihdr)
    #expect(throws: ImageDecodeError.imageTooLarge(width: 60000, height: 60000)) { try ImageDecoder.decode(png) }
  }

  /// A 9,000 × 9,000 RGBA 16-bit header (648 MB of pixel data) with a few bytes of IDAT is
  /// refused before the output buffer is allocated.
  @Test func headerPromisingMoreThanTheDataCanHoldIsRefused() {
    let writer = PNGWriter(width: 1, height: 1, bitDepth: 8, colorType: 0) { _, _ in [0] }
    var png = writer.encode()
    png.replaceSubrange(8..<33, with: writer.chunk("IHDR", [0, 0, 0x23, 0x28, 0, 0, 0x23, 0x28, 16, 6, 0, 0, 0]))
    #expect(throws: ImageDecodeError.truncated) { try ImageDecoder.decode(png) }
  }

  @Test func inflationIsCappedAtTheImageSize() throws {
    // A 1×1 image whose IDAT inflates to 50 MB of zeros: must stop at the 2 bytes the image needs.
    let writer = PNGWriter(width: 1, height: 1, bitDepth: 8, colorType: 0) { _, _ in [0] }
    var png = Array(writer.encode().prefix(33))
    png += writer.chunk("IDAT", PNGWriter.compress([UInt8](repeating: 0, count: 50_000_000)))
    png += writer.chunk("IEND", [])
    let image = try ImageDecoder.decode(png)
    #expect(image.samples == [0])
  }

  @Test func paletteImageWithoutPaletteIsRefused() {
    let writer = PNGWriter(width: 2, height: 2, bitDepth: 8, colorType: 3) { _, _ in [0] }
    #expect(throws: ImageDecodeError.corruptData("palette image without PLTE")) { try ImageDecoder.decode(writer.encode()) }
  }

  @Test func invalidBitDepthIsRefused() {
    let writer = PNGWriter(width: 2, height: 2, bitDepth: 8, colorType: 0) { _, _ in [0] }
    var png = writer.encode()
    png.replaceSubrange(8..<33, with: writer.chunk("IHDR", [0, 0, 0, 2, 0, 0, 0, 2, 16, 3, 0, 0, 0]))
    #expect(throws: ImageDecodeError.invalidHeader("bit depth 16 with colour type 3")) { try ImageDecoder.decode(png) }
  }

  @Test func unknownFormat() {
    #expect(throws: ImageDecodeError.unknownFormat) { try ImageDecoder.decode(Array("GIF89a".utf8)) }
    #expect(throws: ImageDecodeError.unknownFormat) { try ImageDecoder.decode([]) }
  }
}
