import Testing

@testable import SettleClaim

@Suite("JSON parser")
struct JSONParserTests {
  @Test func parsesPositionsOfValuesAndKeys() throws {
    let text = "{\n  \"a\": [1, \"x\"],\n  \"b\": {\"c\": null}\n}"
    let root = try JSONParser.parse(text)
    let a = try #require(root.member("a"))
    #expect(a.keyRange.start == SourceLocation(line: 2, column: 3, offset: 4))
    #expect(a.value.range.start.line == 2 && a.value.range.start.column == 8)
    guard case .array(let elements) = a.value.value else {
      Issue.record("not an array")
      return
    }
    #expect(elements.count == 2)
    #expect(elements[1].value == .string("x"))
    #expect(elements[1].range.start.column == 12)
    let c = try #require(root.node(at: JSONPath.root.appending("b").appending("c")))
    #expect(c.value == .null)
    #expect(c.range.start == SourceLocation(line: 3, column: 14, offset: 32))
  }

  @Test func columnsCountCharactersNotBytes() throws {
    let root = try JSONParser.parse("{\"שם\": \"מולר\", \"x\": 1}")
    let x = try #require(root.member("x"))
    #expect(x.keyRange.start.column == 16)
    #expect(x.keyRange.start.offset > 16)
  }

  @Test func numbersKeepTheirText() throws {
    let root = try JSONParser.parse("[12.50, -0, 1e3, 0.000001]")
    guard case .array(let e) = root.value else {
      Issue.record("not an array")
      return
    }
    #expect(e.map(\.value) == [.number("12.50"), .number("-0"), .number("1e3"), .number("0.000001")])
  }

  @Test func decodesEscapesAndSurrogates() throws {
    let root = try JSONParser.parse(#"["a\"b\\\/\n\u00e9\ud83d\ude00"]"#)
    guard case .array(let e) = root.value else {
      Issue.record("not an array")
      return
    }
    #expect(e[0].value == .string("a\"b\\/\né😀"))
  }

  @Test func skipsUTF8ByteOrderMark() throws {
    let root = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{\"a\":1}".utf8))
    #expect(root["a"]?.value == .number("1"))
    #expect(root.range.start.offset == 3)
  }

  @Test func reportsMissingCommaWithPosition() {
    #expect(
      throws: JSONParseError.unexpected(
        found: "'x'", expected: "',' or '}' after object member", at: SourceLocation(line: 2, column: 10, offset: 11))
    ) {
      try JSONParser.parse("{\n  \"a\": 1 x}")
    }
    do {
      _ = try JSONParser.parse("{\n  \"a\": 1 x}")
    } catch {
      #expect(error.description == "2:10: expected ',' or '}' after object member, found 'x'")
    }
  }

  @Test func rejectsDuplicateKeys() {
    do {
      _ = try JSONParser.parse("{\"id\": 1,\n \"id\": 2}")
      Issue.record("accepted a duplicate key")
    } catch {
      guard case .duplicateKey("id", let first, let at) = error else {
        Issue.record("wrong error \(error)")
        return
      }
      #expect(first.line == 1 && at.line == 2 && at.column == 2)
    }
  }

  @Test(arguments: [
    ("[01]", "invalid number '01'"), ("[1.]", "invalid number '1.'"), ("[.5]", "invalid number '.5'"),
    ("[+1]", "invalid number '+1'"), ("[1e]", "invalid number '1e'"), ("[-]", "invalid number '-'"),
    ("[1,]", "expected a value after ',' (JSON allows no trailing comma), found ']'"),
    ("[tru]", "expected a value (object, array, string, number, true, false or null), found 'tru'"),
    ("{\"a\" 1}", "expected ':' after object key, found '1'"),
    ("{'a': 1}", "expected a string key or '}', found '''"),
    ("[\"a\tb\"]", "control character U+0009 in string must be escaped"),
    ("[\"\\x\"]", "invalid escape \\x in string"),
    ("[\"\\ud800\"]", "invalid escape \\uD800 (a high surrogate not followed by a low surrogate) in string"),
    ("[1] 2", "expected end of file after the top-level value, found '2'"),
    ("  ", "file is empty; expected a JSON object"),
    ("[\"abc", "expected '\"' to close the string started at 1:2, found end of file"),
  ])
  func rejectsInvalidSyntax(text: String, message: String) {
    do {
      _ = try JSONParser.parse(text)
      Issue.record("accepted \(text)")
    } catch {
      #expect(error.message == message)
    }
  }

  @Test func rejectsInvalidUTF8() {
    #expect(throws: JSONParseError.invalidUTF8(at: SourceLocation(line: 1, column: 3, offset: 2))) {
      try JSONParser.parse([0x5B, 0x22, 0xC0, 0x80, 0x22, 0x5D])
    }
    #expect(throws: JSONParseError.invalidUTF8(at: SourceLocation(line: 1, column: 3, offset: 2))) {
      try JSONParser.parse([0x5B, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x5D])  // encoded surrogate
    }
  }

  @Test func refusesUTF16() {
    #expect(throws: JSONParseError.unsupportedEncoding("UTF-16")) { try JSONParser.parse([0xFF, 0xFE, 0x7B, 0x00]) }
  }

  @Test func enforcesLimits() {
    let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
    #expect(throws: JSONParseError.tooDeep(limit: 64, at: SourceLocation(line: 1, column: 65, offset: 64))) {
      try JSONParser.parse(deep)
    }
    let ok = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
    #expect((try? JSONParser.parse(ok)) != nil)
    let small = JSONLimits(maxDepth: 64, maxBytes: 10, maxStringBytes: 4, maxNumberLength: 3)
    #expect(throws: JSONParseError.tooLarge(size: 11, limit: 10)) {
      try JSONParser.parse("[\"abcdefg\"]", limits: small)
    }
    #expect(throws: JSONParseError.stringTooLong(limit: 4, at: SourceLocation(line: 1, column: 2, offset: 1))) {
      try JSONParser.parse("[\"abcdef\"]", limits: small)
    }
    #expect(throws: JSONParseError.numberTooLong(limit: 3, at: SourceLocation(line: 1, column: 2, offset: 1))) {
      try JSONParser.parse("[12345]", limits: small)
    }
  }

  @Test func deepHostileInputFailsWithoutCrashing() {
    let hostile = String(repeating: "{\"a\":", count: 100_000)
    #expect(throws: JSONParseError.self) { try JSONParser.parse(hostile) }
  }

  @Test func pathsPrintLikeJSONPath() {
    let p = JSONPath.root.appending("charges").appending(2).appending("amount")
    #expect(p.description == "$.charges[2].amount")
    #expect(JSONPath.root.appending("a b").appending("it's").description == "$['a b']['it\\'s']")
    #expect(JSONPath.root.description == "$")
  }
}

/// The parser derives columns from a line-start offset and a count of UTF-8 continuation bytes;
/// every position it reports must equal the line and scalar column counted from the text itself.
@Suite("JSON parser positions")
struct JSONParserPositionTests {
  /// The line and column (in Unicode scalars) of `offset` in `bytes`, counted from the start.
  static func reference(_ bytes: [UInt8], _ offset: Int, start: Int) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    for b in bytes[start..<offset] {
      if b == 0x0A {
        line += 1
        column = 1
      } else if b & 0xC0 != 0x80 {
        column += 1
      }
    }
    return (line, column)
  }

  static func allNodes(_ node: JSONNode) -> [(SettleClaim.SourceLocation, SettleClaim.SourceLocation)] {
    var out = [(node.range.start, node.range.end)]
    switch node.value {
    case .array(let elements): out += elements.flatMap(allNodes)
    case .object(let members):
      for m in members {
        out.append((m.keyRange.start, m.keyRange.end))
        out += allNodes(m.value)
      }
    default: break
    }
    return out
  }

  @Test(
    "every value's and key's position matches a count from the text",
    arguments: [
      "{\"שם\": \"מולר\",\r\n \"x\": [1, \"Zoë\\u00e9\\n\", true],\n"
        + "\t\"y\": {\"😀\": null, \"a\\\"b\": -0.5e3}}",
      "[\"é\", \"\\ud83d\\ude00é\", {\"k\": \"v\"}, [], {}, \"\"]",
      "\u{FEFF}{\"a\":\n\n  \"ü\"  ,\"b\" : [ false ,null ] }",
    ])
  func positionsMatchReference(_ text: String) throws {
    let bytes = Array(text.utf8)
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let root = try JSONParser.parse(bytes)
    for (from, to) in Self.allNodes(root) {
      for location in [from, to] {
        let expected = Self.reference(bytes, location.offset, start: start)
        #expect(location.line == expected.line && location.column == expected.column, "\(location) in \(text)")
      }
    }
  }

  @Test("errors after multi-byte text and escapes point at the right column")
  func errorPositions() {
    #expect(throws: JSONParseError.unexpected(
      found: "'x'", expected: "',' or ']' after array element", at: SourceLocation(line: 2, column: 13, offset: 18))
    ) {
      try JSONParser.parse("[\n\"Zoë\\n😀\", 1 x]")
    }
    #expect(throws: JSONParseError.controlCharacterInString(0x09, at: SourceLocation(line: 1, column: 6, offset: 6))) {
      try JSONParser.parse("[\"ü\\n\t\"]")
    }
  }

  @Test("duplicate keys are found in small and large objects, naming the first")
  func duplicateKeys() {
    for count in [2, 15, 16, 17, 40] {
      let members = (0..<count).map { "\"k\($0)\": \($0)" }
      let text = "{" + members.joined(separator: ", ") + ", \"k0\": 1}"
      do {
        _ = try JSONParser.parse(text)
        Issue.record("no error for \(count) members")
      } catch {
        guard case .duplicateKey(let key, let first, let at) = error else {
          Issue.record("\(error)")
          continue
        }
        #expect(key == "k0" && first.column == 2 && at.offset == text.utf8.count - 8)
      }
      let unique = "{" + members.joined(separator: ", ") + "}"
      #expect((try? JSONParser.parse(unique)) != nil)
    }
  }

  @Test("strings without escapes equal their text; with escapes they are decoded")
  func stringsWithAndWithoutEscapes() throws {
    let long = "long text without escapes over fifteen bytes"
    let root = try JSONParser.parse(#"["plain ü 😀", "tab\tend", "a\u0041\\", "# + "\"\(long)\"]")
    guard case .array(let e) = root.value else {
      Issue.record("not an array")
      return
    }
    #expect(e.map(\.value) == [.string("plain ü 😀"), .string("tab\tend"), .string("aA\\"), .string(long)])
  }
}
