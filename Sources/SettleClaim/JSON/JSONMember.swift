/// One `"key": value` pair of a JSON object.
public struct JSONMember: Sendable, Hashable {
  /// The key, with escapes decoded.
  public var key: String
  /// Where the key (including its quotes) is written.
  public var keyRange: SourceRange
  /// The member's value.
  public var value: JSONNode

  /// Creates a member.
  public init(key: String, keyRange: SourceRange, value: JSONNode) {
    self.key = key
    self.keyRange = keyRange
    self.value = value
  }
}
