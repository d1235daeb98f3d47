/// Why a JSON text could not be parsed. Each case carries where the problem is.
public enum JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A character appeared where something else was required, e.g. `x` where `,` or `}` belongs.
  /// `found` is a description such as `'x'` or `end of file`.
  case unexpected(found: String, expected: String, at: SourceLocation)
  /// The input ended inside a value.
  case unexpectedEnd(expected: String, at: SourceLocation)
  /// Arrays and objects nest deeper than the limit.
  case tooDeep(limit: Int, at: SourceLocation)
  /// The input has more bytes than the limit.
  case tooLarge(size: Int, limit: Int)
  /// A string is longer than the limit (in UTF-8 bytes).
  case stringTooLong(limit: Int, at: SourceLocation)
  /// A number literal is longer than the limit.
  case numberTooLong(limit: Int, at: SourceLocation)
  /// An object has the same key twice; `first` is where the key first appeared.
  case duplicateKey(String, first: SourceLocation, at: SourceLocation)
  /// A backslash escape in a string is not one JSON allows, or a `\u` escape is malformed or a lone surrogate.
  case invalidEscape(String, at: SourceLocation)
  /// A raw control character (U+0000–U+001F) appears inside a string; JSON requires it escaped.
  case controlCharacterInString(UInt8, at: SourceLocation)
  /// The bytes are not valid UTF-8.
  case invalidUTF8(at: SourceLocation)
  /// A number does not follow JSON's grammar, e.g. `01`, `1.`, `.5` or `+1`.
  case invalidNumber(String, at: SourceLocation)
  /// The file starts with a UTF-16 or UTF-32 byte order mark; claim files must be UTF-8.
  case unsupportedEncoding(String)
  /// The input holds nothing but whitespace.
  case empty

  /// Where the problem is, when it has a position.
  public var location: SourceLocation? {
    switch self {
    case .unexpected(_, _, let at), .unexpectedEnd(_, let at), .tooDeep(_, let at), .stringTooLong(_, let at),
      .numberTooLong(_, let at), .duplicateKey(_, _, let at), .invalidEscape(_, let at),
      .controlCharacterInString(_, let at), .invalidUTF8(let at), .invalidNumber(_, let at):
      return at
    case .tooLarge, .unsupportedEncoding, .empty:
      return nil
    }
  }

  /// The message without the position, e.g. `expected ',' or '}' after object member, found 'x'`.
  public var message: String {
    switch self {
    case .unexpected(let found, let expected, _): "expected \(expected), found \(found)"
    case .unexpectedEnd(let expected, _): "expected \(expected), found end of file"
    case .tooDeep(let limit, _): "arrays and objects nest deeper than \(limit) levels"
    case .tooLarge(let size, let limit): "file is \(size) bytes; the limit is \(limit) bytes"
    case .stringTooLong(let limit, _): "string is longer than \(limit) bytes"
    case .numberTooLong(let limit, _): "number is longer than \(limit) characters"
    case .duplicateKey(let key, let first, _): "duplicate key \(JSONWriter.quoted(key)) (first used at \(first))"
    case .invalidEscape(let text, _): "invalid escape \(text) in string"
    case .controlCharacterInString(let byte, _):
      "control character U+\(String(repeating: "0", count: byte < 16 ? 3 : 2))\(String(byte, radix: 16, uppercase: true)) in string must be escaped"
    case .invalidUTF8: "bytes are not valid UTF-8"
    case .invalidNumber(let text, _): "invalid number '\(text)'"
    case .unsupportedEncoding(let name): "file is encoded as \(name); save it as UTF-8"
    case .empty: "file is empty; expected a JSON object"
    }
  }

  /// `line:column: message`, or just the message when there is no position.
  public var description: String {
    if let location { return "\(location): \(message)" }
    return message
  }
}
