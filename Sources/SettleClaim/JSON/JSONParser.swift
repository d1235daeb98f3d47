/// A strict RFC 8259 JSON parser that keeps the source position of every value and key.
///
/// Differences from `JSONSerialization` that claim files need: duplicate keys are an error,
/// numbers keep their exact text, every value knows its line and column, and limits on depth,
/// size and string length fail with their own error. A leading UTF-8 byte order mark is skipped;
/// UTF-16 and UTF-32 are refused. Runs in O(n) time for n bytes.
public struct JSONParser {
  /// The input, borrowed for the duration of `parse` only (the parser never escapes it).
  private let bytes: UnsafeBufferPointer<UInt8>
  private let limits: JSONLimits
  private var position: Int
  private var line = 1
  private var column = 1

  /// Parses a complete JSON text.
  /// - Parameters:
  ///   - bytes: the file's bytes.
  ///   - limits: depth, size and length limits.
  /// - Returns: the root value with positions.
  /// - Throws: `JSONParseError` at the first syntax error.
  public static func parse(_ bytes: [UInt8], limits: JSONLimits = .standard) throws(JSONParseError) -> JSONNode {
    if bytes.count > limits.maxBytes { throw .tooLarge(size: bytes.count, limit: limits.maxBytes) }
    if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
      throw .unsupportedEncoding("UTF-32")
    }
    if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { throw .unsupportedEncoding("UTF-16") }
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    return try bytes.withUnsafeBufferPointer { (buffer) throws(JSONParseError) -> JSONNode in
      var parser = JSONParser(bytes: buffer, limits: limits, position: start)
      parser.skipWhitespace()
      if parser.position >= buffer.count { throw .empty }
      let root = try parser.parseValue(depth: 0)
      parser.skipWhitespace()
      if parser.position < buffer.count {
        throw .unexpected(
          found: parser.describeCurrent(), expected: "end of file after the top-level value", at: parser.location)
      }
      return root
    }
  }

  /// Parses a complete JSON text given as a string.
  public static func parse(_ text: String, limits: JSONLimits = .standard) throws(JSONParseError) -> JSONNode {
    try parse(Array(text.utf8), limits: limits)
  }

  private init(bytes: UnsafeBufferPointer<UInt8>, limits: JSONLimits, position: Int) {
    self.bytes = bytes
    self.limits = limits
    self.position = position
  }

  // MARK: Position tracking

  private var location: SourceLocation { SourceLocation(line: line, column: column, offset: position) }

  private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

  private mutating func advance() {
    let b = bytes[position]
    position += 1
    if b == 0x0A {
      line += 1
      column = 1
    } else if b & 0xC0 != 0x80 {
      column += 1
    }
  }

  private mutating func skipWhitespace() {
    while let b = current, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { advance() }
  }

  /// A description of the character at the current position for messages: `'x'`, `end of file`, `U+00A0`.
  private func describeCurrent() -> String {
    guard position < bytes.count else { return "end of file" }
    let b = bytes[position]
    if b < 0x80 {
      switch b {
      case 0x0A: return "a line break"
      case 0x09: return "a tab"
      case 0x0D: return "a carriage return"
      case 0x20: return "a space"
      case 0..<0x20, 0x7F: return "control character U+00" + (b < 16 ? "0" : "") + String(b, radix: 16, uppercase: true)
      default: return "'" + String(UnicodeScalar(b)) + "'"
      }
    }
    // Decode one scalar for the message; fall back to the byte value.
    var end = position + 1
    while end < bytes.count && end - position < 4 && bytes[end] & 0xC0 == 0x80 { end += 1 }
    if let s = String(validating: bytes[position..<end], as: UTF8.self), let scalar = s.unicodeScalars.first {
      let hexCode = String(scalar.value, radix: 16, uppercase: true)
      return "'\(s)' (U+\(String(repeating: "0", count: max(0, 4 - hexCode.count)) + hexCode))"
    }
    return "byte 0x" + String(b, radix: 16, uppercase: true)
  }

  private mutating func expect(_ byte: UInt8, _ what: String) throws(JSONParseError) {
    guard let b = current else { throw .unexpectedEnd(expected: what, at: location) }
    guard b == byte else { throw .unexpected(found: describeCurrent(), expected: what, at: location) }
    advance()
  }

  // MARK: Values

  private mutating func parseValue(depth: Int) throws(JSONParseError) -> JSONNode {
    let start = location
    guard let b = current else { throw .unexpectedEnd(expected: "a value", at: start) }
    let value: JSONValue
    switch b {
    case UInt8(ascii: "{"):
      if depth >= limits.maxDepth { throw .tooDeep(limit: limits.maxDepth, at: start) }
      value = try parseObject(depth: depth + 1)
    case UInt8(ascii: "["):
      if depth >= limits.maxDepth { throw .tooDeep(limit: limits.maxDepth, at: start) }
      value = try parseArray(depth: depth + 1)
    case UInt8(ascii: "\""):
      value = .string(try parseString())
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      value = .number(try parseNumber())
    case UInt8(ascii: "t"):
      try parseLiteral("true")
      value = .bool(true)
    case UInt8(ascii: "f"):
      try parseLiteral("false")
      value = .bool(false)
    case UInt8(ascii: "n"):
      try parseLiteral("null")
      value = .null
    case UInt8(ascii: "+"), UInt8(ascii: "."):
      throw .invalidNumber(scanWord(), at: start)
    default:
      throw .unexpected(
        found: describeCurrent(), expected: "a value (object, array, string, number, true, false or null)", at: start)
    }
    return JSONNode(value: value, range: SourceRange(start: start, end: location))
  }

  /// Consumes letters, digits and number punctuation, for quoting a bad token in a message.
  private mutating func scanWord() -> String {
    let start = position
    while let b = current, b.isWordByte { advance() }
    if position == start, current != nil { advance() }
    return String(decoding: bytes[start..<position], as: UTF8.self)
  }

  private mutating func parseLiteral(_ word: String) throws(JSONParseError) {
    let start = location
    let saved = (position, line, column)
    for expected in word.utf8 {
      guard current == expected else {
        (position, line, column) = saved
        let found = scanWord()
        throw .unexpected(
          found: "'\(found)'", expected: "a value (object, array, string, number, true, false or null)", at: start)
      }
      advance()
    }
    if let b = current, b.isWordByte {
      (position, line, column) = saved
      let found = scanWord()
      throw .unexpected(
        found: "'\(found)'", expected: "a value (object, array, string, number, true, false or null)", at: start)
    }
  }

  private mutating func parseObject(depth: Int) throws(JSONParseError) -> JSONValue {
    advance()  // {
    var members: [JSONMember] = []
    var seen: [String: SourceLocation] = [:]
    skipWhitespace()
    if current == UInt8(ascii: "}") {
      advance()
      return .object(members)
    }
    while true {
      skipWhitespace()
      let keyStart = location
      guard let b = current else { throw .unexpectedEnd(expected: "a string key", at: keyStart) }
      guard b == UInt8(ascii: "\"") else {
        throw .unexpected(
          found: describeCurrent(), expected: members.isEmpty ? "a string key or '}'" : "a string key after ','",
          at: keyStart)
      }
      let key = try parseString()
      let keyRange = SourceRange(start: keyStart, end: location)
      if let first = seen[key] { throw .duplicateKey(key, first: first, at: keyStart) }
      seen[key] = keyStart
      skipWhitespace()
      try expect(UInt8(ascii: ":"), "':' after object key")
      skipWhitespace()
      let value = try parseValue(depth: depth)
      members.append(JSONMember(key: key, keyRange: keyRange, value: value))
      skipWhitespace()
      guard let next = current else { throw .unexpectedEnd(expected: "',' or '}' after object member", at: location) }
      if next == UInt8(ascii: ",") {
        advance()
        continue
      }
      if next == UInt8(ascii: "}") {
        advance()
        return .object(members)
      }
      throw .unexpected(found: describeCurrent(), expected: "',' or '}' after object member", at: location)
    }
  }

  private mutating func parseArray(depth: Int) throws(JSONParseError) -> JSONValue {
    advance()  // [
    var elements: [JSONNode] = []
    skipWhitespace()
    if current == UInt8(ascii: "]") {
      advance()
      return .array(elements)
    }
    while true {
      skipWhitespace()
      if current == UInt8(ascii: "]") {
        throw .unexpected(found: "']'", expected: "a value after ',' (JSON allows no trailing comma)", at: location)
      }
      elements.append(try parseValue(depth: depth))
      skipWhitespace()
      guard let next = current else { throw .unexpectedEnd(expected: "',' or ']' after array element", at: location) }
      if next == UInt8(ascii: ",") {
        advance()
        continue
      }
      if next == UInt8(ascii: "]") {
        advance()
        return .array(elements)
      }
      throw .unexpected(found: describeCurrent(), expected: "',' or ']' after array element", at: location)
    }
  }

  // MARK: Numbers

  private mutating func parseNumber() throws(JSONParseError) -> String {
    let start = location
    let startOffset = position
    func isDigit(_ b: UInt8?) -> Bool { b.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
    func fail(_ parser: inout JSONParser) -> JSONParseError {
      while let b = parser.current, b.isWordByte { parser.advance() }
      return .invalidNumber(String(decoding: parser.bytes[startOffset..<parser.position], as: UTF8.self), at: start)
    }
    if current == UInt8(ascii: "-") { advance() }
    if current == UInt8(ascii: "0") {
      advance()
      if isDigit(current) { throw fail(&self) }
    } else if isDigit(current) {
      while isDigit(current) { advance() }
    } else {
      throw fail(&self)
    }
    if current == UInt8(ascii: ".") {
      advance()
      guard isDigit(current) else { throw fail(&self) }
      while isDigit(current) { advance() }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      advance()
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
      guard isDigit(current) else { throw fail(&self) }
      while isDigit(current) { advance() }
    }
    if let b = current, b.isWordByte { throw fail(&self) }
    if position - startOffset > limits.maxNumberLength {
      throw .numberTooLong(limit: limits.maxNumberLength, at: start)
    }
    return String(decoding: bytes[startOffset..<position], as: UTF8.self)
  }

  // MARK: Strings

  private mutating func parseString() throws(JSONParseError) -> String {
    let start = location
    advance()  // opening quote
    var out: [UInt8] = []
    while true {
      // Fast path: a run of printable ASCII other than '"' and '\\' is copied in one go.
      let runStart = position
      while position < bytes.count {
        let c = bytes[position]
        guard c >= 0x20 && c < 0x80 && c != 0x22 && c != 0x5C else { break }
        position += 1
      }
      if position > runStart {
        column += position - runStart
        out.append(contentsOf: bytes[runStart..<position])
      }
      guard let b = current else {
        throw .unexpectedEnd(expected: "'\"' to close the string started at \(start)", at: location)
      }
      if out.count > limits.maxStringBytes { throw .stringTooLong(limit: limits.maxStringBytes, at: start) }
      switch b {
      case UInt8(ascii: "\""):
        advance()
        return String(decoding: out, as: UTF8.self)
      case UInt8(ascii: "\\"):
        try parseEscape(into: &out)
      case 0..<0x20:
        throw .controlCharacterInString(b, at: location)
      case 0..<0x80:
        out.append(b)
        advance()
      default:
        try copyUTF8Scalar(into: &out)
      }
    }
  }

  private mutating func parseEscape(into out: inout [UInt8]) throws(JSONParseError) {
    let at = location
    advance()  // backslash
    guard let e = current else { throw .unexpectedEnd(expected: "an escape character after '\\'", at: location) }
    advance()
    switch e {
    case UInt8(ascii: "\""): out.append(0x22)
    case UInt8(ascii: "\\"): out.append(0x5C)
    case UInt8(ascii: "/"): out.append(0x2F)
    case UInt8(ascii: "b"): out.append(0x08)
    case UInt8(ascii: "f"): out.append(0x0C)
    case UInt8(ascii: "n"): out.append(0x0A)
    case UInt8(ascii: "r"): out.append(0x0D)
    case UInt8(ascii: "t"): out.append(0x09)
    case UInt8(ascii: "u"):
      let high = try parseHex4(escapeStart: at)
      var scalarValue = UInt32(high)
      if (0xD800...0xDBFF).contains(high) {
        let lowStart = location
        guard current == UInt8(ascii: "\\"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "u") else {
          throw .invalidEscape("\\u\(hex4(high)) (a high surrogate not followed by a low surrogate)", at: at)
        }
        advance()
        advance()
        let low = try parseHex4(escapeStart: lowStart)
        guard (0xDC00...0xDFFF).contains(low) else {
          throw .invalidEscape("\\u\(hex4(high))\\u\(hex4(low)) (not a surrogate pair)", at: at)
        }
        scalarValue = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
      } else if (0xDC00...0xDFFF).contains(high) {
        throw .invalidEscape("\\u\(hex4(high)) (a lone low surrogate)", at: at)
      }
      guard let scalar = Unicode.Scalar(scalarValue) else { throw .invalidEscape("\\u\(hex4(high))", at: at) }
      out.append(contentsOf: Array(String(Character(scalar)).utf8))
    default:
      let found = e < 0x80 && e >= 0x20 ? String(UnicodeScalar(e)) : "byte 0x" + String(e, radix: 16)
      throw .invalidEscape("\\" + found, at: at)
    }
  }

  private func hex4(_ v: UInt16) -> String {
    let s = String(v, radix: 16, uppercase: true)
    return String(repeating: "0", count: 4 - s.count) + s
  }

  private mutating func parseHex4(escapeStart: SourceLocation) throws(JSONParseError) -> UInt16 {
    var value: UInt16 = 0
    var text = ""
    for _ in 0..<4 {
      guard let b = current else { throw .unexpectedEnd(expected: "4 hex digits after \\u", at: location) }
      let digit: UInt16
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt16(b - 0x30)
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt16(b - 0x61 + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt16(b - 0x41 + 10)
      default:
        throw .invalidEscape(
          "\\u" + text + (b < 0x80 && b >= 0x20 ? String(UnicodeScalar(b)) : "…") + " (expected 4 hex digits)",
          at: escapeStart)
      }
      text.append(Character(UnicodeScalar(b)))
      value = value << 4 | digit
      advance()
    }
    return value
  }

  /// Validates and copies one multi-byte UTF-8 scalar (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF).
  private mutating func copyUTF8Scalar(into out: inout [UInt8]) throws(JSONParseError) {
    let at = location
    let b0 = bytes[position]
    let count: Int
    var lower: UInt8 = 0x80
    var upper: UInt8 = 0xBF
    switch b0 {
    case 0xC2...0xDF: count = 2
    case 0xE0:
      count = 3
      lower = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: count = 3
    case 0xED:
      count = 3
      upper = 0x9F
    case 0xF0:
      count = 4
      lower = 0x90
    case 0xF1...0xF3: count = 4
    case 0xF4:
      count = 4
      upper = 0x8F
    default: throw .invalidUTF8(at: at)
    }
    guard position + count <= bytes.count else { throw .invalidUTF8(at: at) }
    let b1 = bytes[position + 1]
    guard b1 >= lower && b1 <= upper else { throw .invalidUTF8(at: at) }
    for i in 2..<max(2, count) where bytes[position + i] & 0xC0 != 0x80 { throw .invalidUTF8(at: at) }
    for _ in 0..<count {
      out.append(bytes[position])
      advance()
    }
  }
}

extension UInt8 {
  /// Whether the byte can continue a bare word or number token (letters, digits, `.`, `+`, `-`).
  fileprivate var isWordByte: Bool {
    (self >= 0x30 && self <= 0x39) || (self >= 0x41 && self <= 0x5A) || (self >= 0x61 && self <= 0x7A)
      || self == UInt8(ascii: ".") || self == UInt8(ascii: "+") || self == UInt8(ascii: "-")
      || self == UInt8(ascii: "_")
  }
}
