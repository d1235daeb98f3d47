import SettleModel

/// One event of the communication log as the timeline appendix prints it, with the result of
/// checking its chain value.
public struct TimelineEntry: Sendable, Hashable {
  /// Whether an event's chain value matches the hash chain recomputed from the log.
  public enum ChainStatus: Sendable, Hashable {
    /// The stored chain value equals the recomputed one.
    case verified
    /// The event has no chain value (it was not written by `settle log`).
    case missing(expected: String)
    /// The stored value differs: this event or one before it was edited after the fact.
    case broken(expected: String)
    /// Checking was not possible (the log was not available as written).
    case unchecked
  }

  /// The event.
  public var event: Event
  /// The check result for `event.chain`.
  public var status: ChainStatus

  /// Creates an entry.
  public init(event: Event, status: ChainStatus) {
    self.event = event
    self.status = status
  }

  /// Whether the event's chain value was checked and found correct.
  public var isVerified: Bool { status == .verified }
}
