/// A new communication-log event, as it will be written to `claim.json`.
///
/// The strings are written verbatim; callers validate them first (`Instant`, `EventKind`).
public struct EventDraft: Sendable, Hashable {
  /// The RFC 3339 instant, e.g. `2026-07-15T10:00:00Z`.
  public var at: String
  /// The event kind's raw value, e.g. `noticeSent`.
  public var kind: String
  /// How the message went (email, letter, phone), when given.
  public var channel: String?
  /// What happened, in the creditor's words.
  public var summary: String

  /// Creates a draft.
  public init(at: String, kind: String, channel: String?, summary: String) {
    self.at = at
    self.kind = kind
    self.channel = channel
    self.summary = summary
  }

  /// The event as a JSON object without `chain`, members in file order (at, kind, channel, summary).
  public var jsonValue: JSONValue {
    var pairs: [(String, JSONValue)] = [("at", .string(at)), ("kind", .string(kind))]
    if let channel { pairs.append(("channel", .string(channel))) }
    pairs.append(("summary", .string(summary)))
    return .makeObject(pairs)
  }
}
