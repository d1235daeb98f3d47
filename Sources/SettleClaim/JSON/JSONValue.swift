/// A JSON value as written in the source, with every nested value keeping its position.
///
/// Numbers keep their exact decimal text (never converted to `Double`), so an amount written
/// as a JSON number can be reported verbatim, and object members keep their file order.
public enum JSONValue: Sendable, Hashable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A number, as its exact source text (for example `"12.50"` or `"1e3"`).
  case number(String)
  /// A string, with escapes decoded.
  case string(String)
  /// An array of positioned values, in file order.
  case array([JSONNode])
  /// An object's members, in file order. Keys are unique (the parser rejects duplicates).
  case object([JSONMember])

  /// The JSON type's name as users know it: `"string"`, `"number"`, `"object"`, ….
  public var typeName: String {
    switch self {
    case .null: "null"
    case .bool: "boolean"
    case .number: "number"
    case .string: "string"
    case .array: "array"
    case .object: "object"
    }
  }

  /// The value in a short form for messages: strings quoted, numbers verbatim, containers as `{…}` / `[…]`.
  public var briefDescription: String {
    switch self {
    case .null: "null"
    case .bool(let b): b ? "true" : "false"
    case .number(let text): text
    case .string(let s):
      s.unicodeScalars.count > 40
        ? JSONWriter.quoted(String(String.UnicodeScalarView(s.unicodeScalars.prefix(40)))) + "…" : JSONWriter.quoted(s)
    case .array: "[…]"
    case .object: "{…}"
    }
  }
}

extension JSONValue {
  /// Makes an object value from keys and values with dummy positions, for writing new JSON.
  public static func makeObject(_ pairs: [(String, JSONValue)]) -> JSONValue {
    .object(pairs.map { JSONMember(key: $0.0, keyRange: .none, value: JSONNode(value: $0.1, range: .none)) })
  }

  /// Makes an array value from values with dummy positions, for writing new JSON.
  public static func makeArray(_ values: [JSONValue]) -> JSONValue {
    .array(values.map { JSONNode(value: $0, range: .none) })
  }
}

extension SourceRange {
  /// The empty range at the start of a file, for values built in code rather than parsed.
  public static let none = SourceRange(
    start: SourceLocation(line: 1, column: 1, offset: 0), end: SourceLocation(line: 1, column: 1, offset: 0))
}
