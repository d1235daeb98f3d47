import Testing

@testable import SettleClaim

@Suite("JSON writer and text edits")
struct JSONWriterTests {
  @Test func canonicalFormSortsKeysAndDropsWhitespace() throws {
    let root = try JSONParser.parse("{ \"z\": [1, {\"b\": true, \"a\": null}],\n \"a\": \"é/\\u0001\\n\\\"\" }")
    #expect(JSONWriter.canonical(root.value) == #"{"a":"é/\u0001\n\"","z":[1,{"a":null,"b":true}]}"#)
  }

  @Test func canonicalFormSortsByCodePoint() {
    let v = JSONValue.makeObject([("é", .null), ("Z", .null), ("a", .null), ("😀", .null), ("ｱ", .null)])
    #expect(JSONWriter.canonical(v) == #"{"Z":null,"a":null,"é":null,"ｱ":null,"😀":null}"#)
  }

  @Test func canonicalFormRoundTripsThroughTheParser() throws {
    let text = #"{"a":[1,2.50,"x\ty"],"b":{"c":false}}"#
    #expect(JSONWriter.canonical(try JSONParser.parse(text).value) == text)
  }

  @Test func prettyFormFollowsKeyOrder() {
    let v = JSONValue.makeObject([
      ("summary", .string("hi")), ("at", .string("t")), ("extra", .makeArray([])), ("kind", .string("note")),
    ])
    let text = JSONWriter.pretty(v, keyOrder: ["at", "kind", "summary"])
    #expect(text == "{\n  \"at\": \"t\",\n  \"kind\": \"note\",\n  \"summary\": \"hi\",\n  \"extra\": []\n}")
  }

  @Test func prettyFormCanKeepEachObjectsOwnMemberOrder() {
    // Two objects whose documented orders disagree ("status" before "amount", then after it).
    let v = JSONValue.makeObject([
      ("status", .string("paid")), ("amount", .string("1.00")),
      ("plan", .makeObject([("amount", .string("2.00")), ("status", .string("due"))])),
    ])
    let text = JSONWriter.pretty(v, keyOrder: ["amount"], keepsMemberOrder: true)
    #expect(
      text
        == "{\n  \"status\": \"paid\",\n  \"amount\": \"1.00\",\n  \"plan\": {\n    \"amount\": \"2.00\",\n"
        + "    \"status\": \"due\"\n  }\n}")
  }

  @Test func appendKeepsEverythingElseByteIdentical() throws {
    let original = "{\n    \"id\":   \"X\",\n    \"events\": [\n        {\"at\": \"a\"}\n    ],\n    \"tail\": 1\n}\n"
    let edited = try JSONTextEdit.appending(
      .makeObject([("at", .string("b"))]), toArrayAt: JSONPath.root.appending("events"), in: Array(original.utf8))
    let text = String(decoding: edited, as: UTF8.self)
    #expect(
      text
        == "{\n    \"id\":   \"X\",\n    \"events\": [\n        {\"at\": \"a\"},\n        {\n            \"at\": \"b\"\n        }\n    ],\n    \"tail\": 1\n}\n"
    )
    #expect((try? JSONParser.parse(edited)) != nil)
  }

  @Test func appendToEmptyArrayUsesTheFileIndentation() throws {
    let original = "{\r\n\t\"events\": [ ]\r\n}"
    let edited = try JSONTextEdit.appending(
      .string("x"), toArrayAt: JSONPath.root.appending("events"), in: Array(original.utf8))
    #expect(String(decoding: edited, as: UTF8.self) == "{\r\n\t\"events\": [\r\n\t\t\"x\"\r\n\t]\r\n}")
  }

  @Test func appendAddsAMissingArray() throws {
    let original = "{\n  \"id\": \"X\"\n}"
    let edited = try JSONTextEdit.appending(
      .makeObject([("at", .string("b"))]), toArrayAt: JSONPath.root.appending("events"), in: Array(original.utf8))
    #expect(
      String(decoding: edited, as: UTF8.self)
        == "{\n  \"id\": \"X\",\n  \"events\": [\n    {\n      \"at\": \"b\"\n    }\n  ]\n}")
    let edited2 = try JSONTextEdit.appending(
      .number("1"), toArrayAt: JSONPath.root.appending("e"), in: Array("{}".utf8))
    #expect(String(decoding: edited2, as: UTF8.self) == "{\n  \"e\": [\n    1\n  ]\n}")
  }

  @Test func appendToInlineArrayStaysInline() throws {
    let edited = try JSONTextEdit.appending(
      .number("3"), toArrayAt: JSONPath.root.appending("a"), in: Array("{\"a\": [1, 2]}".utf8))
    #expect(String(decoding: edited, as: UTF8.self) == "{\"a\": [1, 2, 3]}")
  }

  @Test func appendRefusesNonArrays() {
    #expect(throws: JSONEditError.wrongType(JSONPath.root.appending("a"), expected: "an array", found: "number")) {
      try JSONTextEdit.appending(.null, toArrayAt: JSONPath.root.appending("a"), in: Array("{\"a\": 1}".utf8))
    }
    #expect(throws: JSONEditError.notFound(JSONPath.root.appending("x"))) {
      try JSONTextEdit.appending(.null, toArrayAt: JSONPath.root.appending("x").appending("y"), in: Array("{}".utf8))
    }
  }
}

@Suite("Text edits keep unusual files intact")
struct JSONTextEditEdgeTests {
  @Test func byteOrderMarkSurvivesAnAppend() throws {
    let original: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{\n  \"events\": [\n    1\n  ]\n}\n".utf8)
    let edited = try JSONTextEdit.appending(.number("2"), toArrayAt: JSONPath.root.appending("events"), in: original)
    #expect(edited == [0xEF, 0xBB, 0xBF] + Array("{\n  \"events\": [\n    1,\n    2\n  ]\n}\n".utf8))
  }

  @Test func nestedArraysUseTheirOwnIndentation() throws {
    let original = "{\n  \"a\": {\n    \"list\": [\n      \"x\"\n    ]\n  }\n}"
    let edited = try JSONTextEdit.appending(
      .makeObject([("k", .string("v"))]), toArrayAt: JSONPath.root.appending("a").appending("list"),
      in: Array(original.utf8))
    #expect(
      String(decoding: edited, as: UTF8.self)
        == "{\n  \"a\": {\n    \"list\": [\n      \"x\",\n      {\n        \"k\": \"v\"\n      }\n    ]\n  }\n}")
  }

  @Test func appendedStringsAreEscapedMinimally() throws {
    let edited = try JSONTextEdit.appending(
      .string("a\"b\\c\u{1}\nשלום/"), toArrayAt: JSONPath.root.appending("e"), in: Array("{\"e\": []}".utf8))
    let root = try JSONParser.parse(edited)
    #expect(root["e"]?.node(at: JSONPath.root.appending(0))?.value == .string("a\"b\\c\u{1}\nשלום/"))
    #expect(String(decoding: edited, as: UTF8.self).contains(#""a\"b\\c\u0001\nשלום/""#))
  }
}
