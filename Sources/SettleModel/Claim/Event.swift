/// One entry in the communication log (`events[]` in the claim file).
public struct Event: Sendable, Hashable {
  /// When it happened, with the offset it was recorded in.
  public var at: Instant
  /// What happened.
  public var kind: EventKind
  /// How ("email", "phone", "letter", …), if recorded.
  public var channel: String?
  /// A one-line summary.
  public var summary: String
  /// Hex SHA-256 over the previous event's `chain` and this event, written by `settle log`;
  /// `nil` for entries added by hand.
  public var chain: String?

  /// Creates an event.
  public init(at: Instant, kind: EventKind, channel: String? = nil, summary: String, chain: String? = nil) {
    self.at = at
    self.kind = kind
    self.channel = channel
    self.summary = summary
    self.chain = chain
  }
}
