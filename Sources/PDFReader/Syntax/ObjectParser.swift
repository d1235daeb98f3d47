/// Recursive-descent parser for PDF objects over a byte array (ISO 32000-1 §7.3).
///
/// Every object parsed costs one step of the work budget, and nesting is bounded by
/// `limits.maxDepth`, so hostile input fails with an error in bounded time.
struct ObjectParser {
  let bytes: [UInt8]
  var position: Int
  let budget: ReadBudget

  init(bytes: [UInt8], position: Int, budget: ReadBudget) {
    self.bytes = bytes
    self.position = position
    self.budget = budget
  }

  var isAtEnd: Bool { position >= bytes.count }

  private func fail(_ what: String) -> PDFReadError { .malformed("\(what) at byte \(position)") }

  /// Skips whitespace and comments.
  mutating func skipWhitespace() {
    while position < bytes.count {
      let b = bytes[position]
      if ByteClass.isWhitespace(b) {
        position += 1
      } else if b == 0x25 {  // % comment to end of line
        while position < bytes.count && bytes[position] != 0x0a && bytes[position] != 0x0d { position += 1 }
      } else {
        return
      }
    }
  }

  /// Reads a run of regular characters (a keyword or number) without consuming anything else.
  mutating func readToken() -> ArraySlice<UInt8> {
    let start = position
    while position < bytes.count && ByteClass.isRegular(bytes[position]) { position += 1 }
    return bytes[start..<position]
  }

  /// Whether the next token (after whitespace) is `keyword`; consumes it if so.
  mutating func consumeKeyword(_ keyword: String) -> Bool {
    let saved = position
    skipWhitespace()
    let token = readToken()
    if token.elementsEqual(keyword.utf8) { return true }
    position = saved
    return false
  }

  /// Reads an unsigned decimal integer of at most 18 digits, or returns `nil` without moving.
  mutating func readUnsigned() -> Int? {
    let start = position
    var value = 0
    while position < bytes.count, ByteClass.isDigit(bytes[position]), position - start < 18 {
      value = value * 10 + Int(bytes[position] - 0x30)
      position += 1
    }
    if position == start || (position < bytes.count && ByteClass.isRegular(bytes[position])) {
      position = start
      return nil
    }
    return value
  }

  /// Parses `n g obj` and returns the reference, or `nil` (position unchanged) if absent.
  mutating func readObjectHeader() -> PDFReference? {
    let saved = position
    skipWhitespace()
    guard let number = readUnsigned() else { position = saved; return nil }
    skipWhitespace()
    guard let generation = readUnsigned() else { position = saved; return nil }
    skipWhitespace()
    guard readToken().elementsEqual("obj".utf8) else { position = saved; return nil }
    return PDFReference(number: number, generation: generation)
  }

  /// Parses one direct object (arrays and dictionaries recursively).
  mutating func parseObject(depth: Int = 0) throws(PDFReadError) -> PDFObject {
    guard depth <= budget.limits.maxDepth else { throw .nestingTooDeep(limit: budget.limits.maxDepth) }
    try budget.charge()
    skipWhitespace()
    guard position < bytes.count else { throw fail("unexpected end of file") }
    let b = bytes[position]
    switch b {
    case 0x2f:
      return .name(parseName())
    case 0x28:
      return .string(try parseLiteralString())
    case 0x3c:
      if position + 1 < bytes.count && bytes[position + 1] == 0x3c {
        return .dictionary(try parseDictionary(depth: depth))
      }
      return .string(try parseHexString())
    case 0x5b:
      position += 1
      var elements: [PDFObject] = []
      while true {
        skipWhitespace()
        guard position < bytes.count else { throw fail("unterminated array") }
        if bytes[position] == 0x5d {
          position += 1
          return .array(elements)
        }
        elements.append(try parseObject(depth: depth + 1))
      }
    case 0x2b, 0x2d, 0x2e, 0x30...0x39:
      return parseNumberOrReference()
    default:
      let start = position
      let token = readToken()
      if token.isEmpty {
        position += 1
        throw PDFReadError.malformed("unexpected character 0x\(String(b, radix: 16)) at byte \(start)")
      }
      if token.elementsEqual("true".utf8) { return .boolean(true) }
      if token.elementsEqual("false".utf8) { return .boolean(false) }
      if token.elementsEqual("null".utf8) { return .null }
      position = start
      throw fail("unexpected keyword \"\(String(decoding: token.prefix(20), as: UTF8.self))\"")
    }
  }

  private mutating func parseDictionary(depth: Int) throws(PDFReadError) -> PDFDictionary {
    position += 2
    var dictionary = PDFDictionary()
    while true {
      skipWhitespace()
      guard position < bytes.count else { throw fail("unterminated dictionary") }
      if bytes[position] == 0x3e {
        if position + 1 < bytes.count && bytes[position + 1] == 0x3e {
          position += 2
          return dictionary
        }
        throw fail("single > in dictionary")
      }
      guard bytes[position] == 0x2f else { throw fail("dictionary key is not a name") }
      let key = parseName()
      skipWhitespace()
      if position + 1 < bytes.count && bytes[position] == 0x3e && bytes[position + 1] == 0x3e {
        break  // key without value: treated as null, i.e. absent
      }
      let value = try parseObject(depth: depth + 1)
      if !value.isNull { dictionary[key] = value }
    }
    position += 2
    return dictionary
  }

  /// Parses `/Name` with `#xx` escapes; bytes map to U+0000–U+00FF.
  mutating func parseName() -> String {
    position += 1
    var scalars = String.UnicodeScalarView()
    while position < bytes.count && ByteClass.isRegular(bytes[position]) {
      var b = bytes[position]
      if b == 0x23, position + 2 < bytes.count, let hi = ByteClass.hexValue(bytes[position + 1]),
        let lo = ByteClass.hexValue(bytes[position + 2])
      {
        b = hi << 4 | lo
        position += 2
      }
      scalars.append(Unicode.Scalar(b))
      position += 1
    }
    return String(scalars)
  }

  private mutating func parseLiteralString() throws(PDFReadError) -> [UInt8] {
    let start = position
    position += 1
    var out: [UInt8] = []
    var nesting = 1
    while position < bytes.count {
      let b = bytes[position]
      position += 1
      switch b {
      case 0x28:
        nesting += 1
        out.append(b)
      case 0x29:
        nesting -= 1
        if nesting == 0 { return out }
        out.append(b)
      case 0x5c:
        guard position < bytes.count else { break }
        let e = bytes[position]
        position += 1
        switch e {
        case 0x6e: out.append(0x0a)
        case 0x72: out.append(0x0d)
        case 0x74: out.append(0x09)
        case 0x62: out.append(0x08)
        case 0x66: out.append(0x0c)
        case 0x0d:  // line continuation
          if position < bytes.count && bytes[position] == 0x0a { position += 1 }
        case 0x0a:
          break
        case 0x30...0x37:
          var value = Int(e - 0x30)
          var digits = 1
          while digits < 3, position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x37 {
            value = value * 8 + Int(bytes[position] - 0x30)
            position += 1
            digits += 1
          }
          out.append(UInt8(truncatingIfNeeded: value))
        default:
          out.append(e)
        }
      default:
        out.append(b)
      }
    }
    throw PDFReadError.malformed("unterminated string starting at byte \(start)")
  }

  private mutating func parseHexString() throws(PDFReadError) -> [UInt8] {
    let start = position
    position += 1
    var out: [UInt8] = []
    var high: UInt8? = nil
    while position < bytes.count {
      let b = bytes[position]
      position += 1
      if b == 0x3e {
        if let h = high { out.append(h << 4) }
        return out
      }
      guard let v = ByteClass.hexValue(b) else { continue }  // whitespace and stray bytes are ignored
      if let h = high {
        out.append(h << 4 | v)
        high = nil
      } else {
        high = v
      }
    }
    throw PDFReadError.malformed("unterminated hex string starting at byte \(start)")
  }

  private mutating func parseNumberOrReference() -> PDFObject {
    let start = position
    let token = readToken()
    guard let number = ObjectParser.number(token) else { return .null }
    if case .integer(let n) = number, n >= 0, bytes[start] != 0x2b {
      let afterNumber = position
      skipWhitespace()
      if let generation = readUnsigned(), generation <= 65535 {
        skipWhitespace()
        if position < bytes.count, bytes[position] == 0x52,
          position + 1 == bytes.count || !ByteClass.isRegular(bytes[position + 1]),
          n <= Int64(Int32.max)
        {
          position += 1
          return .reference(PDFReference(number: Int(n), generation: generation))
        }
      }
      position = afterNumber
    }
    return number
  }

  /// A number token as `.integer` or `.real`; malformed numbers (`--1`, `1.2.3`) read as far as sensible.
  static func number(_ token: ArraySlice<UInt8>) -> PDFObject? {
    var negative = false
    var index = token.startIndex
    while index < token.endIndex && (token[index] == 0x2d || token[index] == 0x2b) {
      if token[index] == 0x2d { negative.toggle() }
      index += 1
    }
    var integer: Int64 = 0
    var digits = 0
    var overflow = false
    while index < token.endIndex && ByteClass.isDigit(token[index]) {
      if digits < 18 { integer = integer * 10 + Int64(token[index] - 0x30) } else { overflow = true }
      digits += 1
      index += 1
    }
    if index == token.endIndex && !overflow {
      guard digits > 0 else { return nil }
      return .integer(negative ? -integer : integer)
    }
    // Real: integer digits, at most one point, fraction digits; anything after is ignored.
    var integerText = ""
    var fractionText = ""
    var sawPoint = false
    for b in token.drop(while: { $0 == 0x2d || $0 == 0x2b }) {
      if ByteClass.isDigit(b) {
        if sawPoint {
          if fractionText.count < 20 { fractionText.append(Character(Unicode.Scalar(b))) }
        } else if integerText.count < 40 {
          integerText.append(Character(Unicode.Scalar(b)))
        }
      } else if b == 0x2e && !sawPoint {
        sawPoint = true
      } else {
        break
      }
    }
    if integerText.isEmpty && fractionText.isEmpty { return nil }
    let text = (negative ? "-" : "") + (integerText.isEmpty ? "0" : integerText) + "." + (fractionText.isEmpty ? "0" : fractionText)
    guard let value = Double(text), value.isFinite else { return nil }
    return .real(value)
  }
}
