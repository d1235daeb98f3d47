/// A JSON value together with the range it occupies in the source text.
public struct JSONNode: Sendable, Hashable {
  /// The value.
  public var value: JSONValue
  /// Where the value is written.
  public var range: SourceRange

  /// Creates a positioned value.
  public init(value: JSONValue, range: SourceRange) {
    self.value = value
    self.range = range
  }

  /// The member named `key` when this node is an object that has it.
  public func member(_ key: String) -> JSONMember? {
    guard case .object(let members) = value else { return nil }
    return members.first { $0.key == key }
  }

  /// The value of the member named `key` when this node is an object that has it.
  public subscript(key: String) -> JSONNode? { member(key)?.value }
}
