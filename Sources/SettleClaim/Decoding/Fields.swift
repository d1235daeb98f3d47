/// An object's members for lookups by key: a linear scan, which for the at most 17 keys of a
/// claim object is faster than hashing them into a dictionary.
struct Fields {
  let members: [JSONMember]

  /// The value of the member named `key`, if present.
  subscript(key: String) -> JSONNode? {
    for member in members where member.key == key { return member.value }
    return nil
  }

  /// Whether there is a member named `key` (without copying its value out).
  func contains(_ key: String) -> Bool { members.contains { $0.key == key } }

  /// What `read` makes of the member named `key`, or nil when there is none. The value is lent
  /// to `read` straight from the members array: no optional copy to make and destroy, which for
  /// thousands of invoices costs more than the lookup.
  func read<T>(_ key: String, _ read: (JSONNode) -> T?) -> T? {
    for i in members.indices where members[i].key == key { return read(members[i].value) }
    return nil
  }
}
