import PDFReader
import Testing

@Suite struct FilterTests {
  static func decode(_ filter: String, _ data: [UInt8], parms: String = "") throws -> PDFStreamData {
    var builder = PDFBuilder.onePage()
    builder.addStream(5, "/Filter \(filter) \(parms)", data)
    let document = try PDFDocument(data: builder.build())
    guard case .stream(let stream) = document.resolve(PDFReference(number: 5, generation: 0)) else { throw PDFReadError.malformed("no stream") }
    return try document.decodedStreamData(stream)
  }

  /// ISO 32000-1 §7.4.4.2 example: "-----A---B" encodes to 80 0B 60 50 22 0C 0C 85 01.
  @Test func lzwSpecExample() throws {
    let out = try Self.decode("/LZWDecode", [0x80, 0x0b, 0x60, 0x50, 0x22, 0x0c, 0x0c, 0x85, 0x01])
    #expect(String(decoding: out.bytes, as: UTF8.self) == "-----A---B")
  }

  @Test func asciiHexIgnoresWhitespaceAndPadsOddDigit() throws {
    #expect(try Self.decode("/ASCIIHexDecode", Array("48 65 6c\n6C 6f 7>".utf8)).bytes == Array("Hellop".utf8))
  }

  /// "Man " → "9jqo^" (Wikipedia's Ascii85 example), "z" → four zeros, partial final group.
  @Test func ascii85() throws {
    #expect(try Self.decode("/ASCII85Decode", Array("9jqo^z9jqo~>".utf8)).bytes == Array("Man ".utf8) + [0, 0, 0, 0] + Array("Man".utf8))
    #expect(throws: PDFReadError.corruptStream("invalid ASCII85 character 0x76")) {
      try Self.decode("/ASCII85Decode", Array("9jqov~>".utf8))
    }
  }

  @Test func runLength() throws {
    #expect(try Self.decode("/RunLengthDecode", [2, 0x61, 0x62, 0x63, 254, 0x7a, 128, 0x31]).bytes == Array("abczzz".utf8))
  }

  @Test func filterChainAndAbbreviations() throws {
    // ASCIIHex of Flate data; then a JPEG filter left for the image consumer.
    let flate = PDFBuilder.deflate(Array("chained".utf8))
    let hexText = flate.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    #expect(try Self.decode("[/AHx /Fl]", Array(hexText.utf8)).bytes == Array("chained".utf8))
    let jpeg = try Self.decode("[/FlateDecode /DCTDecode]", PDFBuilder.deflate([0xff, 0xd8, 0xff]))
    #expect(jpeg.bytes == [0xff, 0xd8, 0xff])
    #expect(jpeg.passThroughFilters.map(\.name) == ["DCTDecode"])
  }

  @Test func pngPredictorUpAndPaeth() throws {
    // Two rows of 3 RGB... here 1 colour, 4 columns: row filters Up (2) and Paeth (4).
    let rows: [UInt8] = [2, 1, 2, 3, 4, 4, 1, 1, 1, 1]
    let out = try Self.decode("/FlateDecode", PDFBuilder.deflate(rows), parms: "/DecodeParms << /Predictor 12 /Columns 4 >>")
    // Row 1 (Up from zeros): 1 2 3 4. Row 2 Paeth: each byte + predictor(a, b, c).
    #expect(out.bytes == [1, 2, 3, 4, 2, 3, 4, 5])
  }

  @Test func tiffPredictor() throws {
    let out = try Self.decode("/FlateDecode", PDFBuilder.deflate([10, 1, 1, 1, 5, 0xff, 0xff, 0]),
      parms: "/DecodeParms << /Predictor 2 /Columns 4 /Colors 1 >>")
    #expect(out.bytes == [10, 11, 12, 13, 5, 4, 3, 3])
  }

  /// Huge /Columns × /Colors × /BitsPerComponent (a 1 GiB row) must not allocate that row.
  @Test func hugePredictorRowDoesNotAllocate() throws {
    let out = try Self.decode("/FlateDecode", PDFBuilder.deflate([2, 1, 2, 3]),
      parms: "/DecodeParms << /Predictor 12 /Columns 16777216 /Colors 32 /BitsPerComponent 16 >>")
    #expect(out.bytes == [1, 2, 3])
  }

  @Test func unknownFilterIsReported() {
    #expect(throws: PDFReadError.unsupportedFilter("Brotli")) { try Self.decode("/Brotli", [1, 2, 3]) }
  }

  @Test func truncatedFlateYieldsWhatDecoded() throws {
    let full = PDFBuilder.deflate(Array(String(repeating: "0123456789", count: 200).utf8))
    let out = try Self.decode("/FlateDecode", Array(full.prefix(full.count / 2)))
    #expect(!out.bytes.isEmpty)
    #expect(Array("0123456789".utf8).elementsEqual(out.bytes.prefix(10)))
  }
}
