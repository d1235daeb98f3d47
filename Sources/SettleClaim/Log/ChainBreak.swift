/// The first event whose `chain` does not match the hash of the log up to it.
public struct ChainBreak: Sendable, Hashable, CustomStringConvertible {
  /// The event's 0-based index in `events`.
  public var index: Int
  /// The event's `at` text, when it has one.
  public var at: String?
  /// The chain value the event should carry.
  public var expected: String
  /// The chain value it carries, or nil when it has none.
  public var found: String?
  /// Where the event (or its `chain` value) is written.
  public var location: SourceLocation

  /// Creates a chain break.
  public init(index: Int, at: String?, expected: String, found: String?, location: SourceLocation) {
    self.index = index
    self.at = at
    self.expected = expected
    self.found = found
    self.location = location
  }

  /// e.g. `event 3 (at 2026-07-15T10:00:00Z): chain is 9f…, expected 4c…; the log was edited after it was written`.
  public var description: String {
    let which = "event \(index)" + (at.map { " (at \($0))" } ?? "")
    guard let found else {
      return "\(which) has no chain; expected \"\(expected)\" (events must be added with `settle log`)"
    }
    return "\(which): chain is \"\(found)\", expected \"\(expected)\"; the log was edited after this event was written"
  }
}
