import PDFWriter
import Testing

@Suite struct PDFSyntaxTests {
  private func text(_ build: (inout [UInt8]) -> Void) -> String {
    var bytes: [UInt8] = []
    build(&bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test(arguments: [
    (PDFNumber(0), "0"), (PDFNumber(12), "12"), (PDFNumber(-7), "-7"), (PDFNumber(0.5), "0.5"),
    (PDFNumber(3.14159), "3.1416"), (PDFNumber(-0.00004), "0"), (PDFNumber(-0.00005), "-0.0001"),
    (PDFNumber(1e10), "10000000000"), (PDFNumber(fixed: 595_275_591, scale: 1_000_000), "595.2756"),
    (PDFNumber(fixed: 1233 * 1000, scale: 2048), "602.0508"), (PDFNumber(Double.nan), "0"),
  ])
  func numbersHaveNoExponentAndAtMostFourDecimals(number: PDFNumber, expected: String) {
    #expect(number.description == expected)
  }

  @Test func integersIncludeExtremes() {
    #expect(text { PDFSyntax.appendInteger(Int64.min + 1, to: &$0) } == "-9223372036854775807")
    #expect(text { PDFSyntax.appendInteger(1_000_000, to: &$0) } == "1000000")
  }

  @Test func namesEscapeDelimitersSpacesAndNonASCII() {
    #expect(text { PDFSyntax.appendName("Type", to: &$0) } == "/Type")
    #expect(text { PDFSyntax.appendName("application/pdf", to: &$0) } == "/application#2Fpdf")
    #expect(text { PDFSyntax.appendName("A B#(c)", to: &$0) } == "/A#20B#23#28c#29")
    #expect(text { PDFSyntax.appendName("é", to: &$0) } == "/#C3#A9")
  }

  @Test func literalStringsEscapeParenthesesBackslashAndControls() {
    #expect(text { PDFSyntax.appendLiteralString(Array("a(b)c\\d".utf8), to: &$0) } == "(a\\(b\\)c\\\\d)")
    #expect(text { PDFSyntax.appendLiteralString([0x0A, 0x0D, 0x09, 0x00, 0xFF], to: &$0) } == "(\\n\\r\\t\\000\\377)")
  }

  @Test func hexStringsAreUppercase() {
    #expect(text { PDFSyntax.appendHexString([0x00, 0xAB, 0x7F], to: &$0) } == "<00AB7F>")
  }

  @Test func textStringsUseUTF16WithByteOrderMarkOnlyForNonASCII() {
    #expect(text { PDFSyntax.appendTextString("Invoice 42", to: &$0) } == "(Invoice 42)")
    #expect(text { PDFSyntax.appendTextString("Ö€", to: &$0) } == "<FEFF00D620AC>")
    #expect(text { PDFSyntax.appendTextString("😀", to: &$0) } == "<FEFFD83DDE00>")
  }
}

@Suite struct PDFTextStringBytesTests {
  @Test func textStringBytesMatchTheWrittenEncoding() {
    #expect(PDFSyntax.textStringBytes("a.csv") == Array("a.csv".utf8))
    #expect(PDFSyntax.textStringBytes("é") == [0xFE, 0xFF, 0x00, 0xE9])
    // Non-ASCII keys sort after every ASCII key.
    #expect(PDFSyntax.textStringBytes("zz").lexicographicallyPrecedes(PDFSyntax.textStringBytes("ä")))
  }
}
