/// What a logged event records; raw values are the claim file's spellings.
public enum EventKind: String, Sendable, Hashable, CaseIterable {
  /// A statement of account was sent.
  case statementSent
  /// A reminder, follow-up, final notice or demand was sent.
  case noticeSent
  /// A payment arrived.
  case paymentReceived
  /// A payment plan was offered.
  case planProposed
  /// The customer agreed to a payment plan.
  case planAccepted
  /// The customer disputed the balance.
  case disputeRaised
  /// A dispute was settled.
  case disputeResolved
  /// A telephone call took place.
  case callLogged
  /// Anything else worth recording.
  case note
}
