/// Why a textual edit of a JSON file could not be made.
public enum JSONEditError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file is not valid JSON.
  case syntax(JSONParseError)
  /// A step of the path (other than a missing last key, which is added) does not exist.
  case notFound(JSONPath)
  /// The value at the path is not of the kind the edit needs (an array to append to, an object to add a member to).
  case wrongType(JSONPath, expected: String, found: String)

  public var description: String {
    switch self {
    case .syntax(let e): e.description
    case .notFound(let path): "\(path): not found"
    case .wrongType(let path, let expected, let found): "\(path): expected \(expected), found \(found)"
    }
  }
}
