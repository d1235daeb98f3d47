import PDFReader
import Testing

/// Object syntax (ISO 32000-1 §7.3) through a document whose object 5 is the value under test.
@Suite struct ObjectSyntaxTests {
  static func parse(_ text: String) throws -> PDFObject {
    var builder = PDFBuilder.onePage()
    builder.add(5, text)
    return try PDFDocument(data: builder.build()).resolve(PDFReference(number: 5, generation: 0))
  }

  @Test func literalStringEscapes() throws {
    #expect(try Self.parse(#"(a\(b\)c (nested) \n\t\\ \101\60x \\)"#).stringValue == Array("a(b)c (nested) \n\t\\ A0x \\".utf8))
    #expect(try Self.parse("(line\\\ncontinued)").stringValue == Array("linecontinued".utf8))
  }

  @Test func hexStringWithOddDigits() throws {
    #expect(try Self.parse("<48 65 6C6C 6F7>").stringValue == Array("Hellop".utf8))
  }

  @Test func namesWithEscapes() throws {
    #expect(try Self.parse("/A#20B#2F").nameValue == "A B/")
  }

  @Test func numbers() throws {
    #expect(try Self.parse("[1 -2 +3 .5 -.25 4. 0.000001 -0]") == .array([.integer(1), .integer(-2), .integer(3), .real(0.5), .real(-0.25), .real(4), .real(0.000001), .integer(0)]))
  }

  @Test func referencesAndDictionaries() throws {
    let object = try Self.parse("<< /A 1 0 R /B [2 0 R 3] /C null /D true /E << /F false >> % comment\n >>")
    let d = try #require(object.dictionaryValue)
    #expect(d.keys == ["A", "B", "D", "E"])
    #expect(d["A"] == .reference(PDFReference(number: 1, generation: 0)))
    #expect(d["B"] == .array([.reference(PDFReference(number: 2, generation: 0)), .integer(3)]))
    #expect(d["E"]?.dictionaryValue?["F"] == .boolean(false))
  }

  @Test func textStrings() {
    #expect(PDFTextString.decode([0xfe, 0xff, 0x00, 0x41, 0x20, 0xac]) == "A€")
    #expect(PDFTextString.decode([0x80, 0x41, 0xe9]) == "•Aé")
    #expect(PDFTextString.decode([0xef, 0xbb, 0xbf, 0xc3, 0xa9]) == "é")
  }

  @Test func rectangleDescription() {
    #expect(PDFRectangle(points: 595.276, 841.89, 0, -10.5).description == "[0 -10.5 595.276 841.89]")
  }
}
