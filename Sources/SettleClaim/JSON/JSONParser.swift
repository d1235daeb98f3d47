/// A strict RFC 8259 JSON parser that keeps the source position of every value and key.
///
/// Differences from `JSONSerialization` that claim files need: duplicate keys are an error,
/// numbers keep their exact text, every value knows its line and column, and limits on depth,
/// size and string length fail with their own error. A leading UTF-8 byte order mark is skipped;
/// UTF-16 and UTF-32 are refused. Runs in O(n) time for n bytes.
///
/// The scanner works on the raw bytes: line breaks can only occur in whitespace (a raw line break
/// inside a string is an error), so the line is counted there, and a column is derived when a
/// position is taken from the line's start offset and the UTF-8 continuation bytes since then.
public struct JSONParser {
  /// The input, borrowed for the duration of `parse` only (the parser never escapes it).
  private let bytes: UnsafeBufferPointer<UInt8>
  private let limits: JSONLimits
  private var position: Int
  private var line = 1
  /// The offset of the current line's first byte.
  private var lineStart: Int
  /// UTF-8 continuation bytes between `lineStart` and `position` (they do not start a column).
  private var continuationBytes = 0

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
    self.lineStart = position
  }

  // MARK: Position tracking

  /// The current position; the column counts Unicode scalars, i.e. bytes other than UTF-8 continuation bytes.
  private var location: SourceLocation {
    SourceLocation(line: line, column: position - lineStart - continuationBytes + 1, offset: position)
  }

  private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

  /// The scanner's state, saved to back up over a bad token for its message.
  private var mark: (position: Int, line: Int, lineStart: Int, continuationBytes: Int) {
    get { (position, line, lineStart, continuationBytes) }
    set { (position, line, lineStart, continuationBytes) = newValue }
  }

  private mutating func advance() {
    let b = bytes[position]
    position += 1
    if b == 0x0A {
      line += 1
      lineStart = position
      continuationBytes = 0
    } else if b & 0xC0 == 0x80 {
      continuationBytes += 1
    }
  }

  private mutating func skipWhitespace() {
    while position < bytes.count {
      let b = bytes[position]
      if b == 0x20 || b == 0x09 || b == 0x0D {
        position += 1
      } else if b == 0x0A {
        position += 1
        line += 1
        lineStart = position
        continuationBytes = 0
      } else {
        return
      }
    }
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
    let saved = mark
    for expected in word.utf8 {
      guard current == expected else {
        mark = saved
        let found = scanWord()
        throw .unexpected(
          found: "'\(found)'", expected: "a value (object, array, string, number, true, false or null)", at: start)
      }
      advance()
    }
    if let b = current, b.isWordByte {
      mark = saved
      let found = scanWord()
      throw .unexpected(
        found: "'\(found)'", expected: "a value (object, array, string, number, true, false or null)", at: start)
    }
  }

  /// Objects up to this many members find a duplicate key by a linear scan (a claim's objects
  /// have at most 17 keys); larger ones index their keys in a dictionary, so parsing stays O(n).
  private static let linearKeyScanLimit = 16

  private mutating func parseObject(depth: Int) throws(JSONParseError) -> JSONValue {
    advance()  // {
    var members: [JSONMember] = []
    var keyIndex: [String: Int] = [:]
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
      if let first = Self.index(of: key, in: members, keyIndex: &keyIndex) {
        throw .duplicateKey(key, first: members[first].keyRange.start, at: keyStart)
      }
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

  /// The index of the member named `key`, or nil when `key` is new (the caller appends it next).
  /// `keyIndex` holds every key once the object outgrows `linearKeyScanLimit`.
  private static func index(of key: String, in members: [JSONMember], keyIndex: inout [String: Int]) -> Int? {
    if members.count < linearKeyScanLimit {
      return members.firstIndex { $0.key == key }
    }
    if keyIndex.isEmpty {
      for (i, member) in members.enumerated() { keyIndex[member.key] = i }
    }
    if let first = keyIndex[key] { return first }
    keyIndex[key] = members.count
    return nil
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
      while let b = parser.current, b.isWordByte { parser.position += 1 }
      return .invalidNumber(String(decoding: parser.bytes[startOffset..<parser.position], as: UTF8.self), at: start)
    }
    // Every byte of a number is ASCII, so moving on is `position += 1`.
    if current == UInt8(ascii: "-") { position += 1 }
    if current == UInt8(ascii: "0") {
      position += 1
      if isDigit(current) { throw fail(&self) }
    } else if isDigit(current) {
      while isDigit(current) { position += 1 }
    } else {
      throw fail(&self)
    }
    if current == UInt8(ascii: ".") {
      position += 1
      guard isDigit(current) else { throw fail(&self) }
      while isDigit(current) { position += 1 }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      position += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
      guard isDigit(current) else { throw fail(&self) }
      while isDigit(current) { position += 1 }
    }
    if let b = current, b.isWordByte { throw fail(&self) }
    if position - startOffset > limits.maxNumberLength {
      throw .numberTooLong(limit: limits.maxNumberLength, at: start)
    }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[startOffset..<position]), as: UTF8.self)
  }

  // MARK: Strings

  /// Reads a string. Without escapes (nearly every string in a claim) the value is made from the
  /// source bytes in one go; from the first escape on the decoded bytes are collected in a buffer.
  private mutating func parseString() throws(JSONParseError) -> String {
    let start = location
    advance()  // opening quote
    let contentStart = position
    var decoded: [UInt8] = []
    var hasEscapes = false
    while true {
      // A run of printable ASCII other than '"' and '\\' needs no checks.
      let runStart = position
      while position < bytes.count {
        let c = bytes[position]
        guard c >= 0x20 && c < 0x80 && c != 0x22 && c != 0x5C else { break }
        position += 1
      }
      if hasEscapes && position > runStart {
        decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
      }
      guard let b = current else {
        throw .unexpectedEnd(expected: "'\"' to close the string started at \(start)", at: location)
      }
      let length = hasEscapes ? decoded.count : position - contentStart
      if length > limits.maxStringBytes { throw .stringTooLong(limit: limits.maxStringBytes, at: start) }
      switch b {
      case UInt8(ascii: "\""):
        let content = UnsafeBufferPointer(rebasing: bytes[contentStart..<position])
        advance()
        return hasEscapes ? String(decoding: decoded, as: UTF8.self) : String(decoding: content, as: UTF8.self)
      case UInt8(ascii: "\\"):
        if !hasEscapes {
          decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[contentStart..<position]))
          hasEscapes = true
        }
        try parseEscape(into: &decoded)
      case 0..<0x20:
        throw .controlCharacterInString(b, at: location)
      case 0..<0x80:
        if hasEscapes { decoded.append(b) }
        position += 1
      default:
        let count = try validateUTF8Scalar()
        if hasEscapes { decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<position + count])) }
        position += count
        continuationBytes += count - 1
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

  /// Validates the multi-byte UTF-8 scalar at the current position (RFC 3629: no overlongs, no
  /// surrogates, ≤ U+10FFFF) and returns its length in bytes, without moving on.
  private func validateUTF8Scalar() throws(JSONParseError) -> Int {
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
    default: throw .invalidUTF8(at: location)
    }
    guard position + count <= bytes.count else { throw .invalidUTF8(at: location) }
    let b1 = bytes[position + 1]
    guard b1 >= lower && b1 <= upper else { throw .invalidUTF8(at: location) }
    for i in 2..<max(2, count) where bytes[position + i] & 0xC0 != 0x80 { throw .invalidUTF8(at: location) }
    return count
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
