/// Which message to make: the four collection stages, plus the payment-plan agreement and the
/// dispute acknowledgement.
public enum NoticeKind: String, Sendable, CaseIterable, Equatable {
  /// A polite reminder, from the due date to about a week after.
  case reminder
  /// A firm follow-up, around 30 days past due: previous contacts, a pay-by date, the options.
  case followUp = "follow-up"
  /// The final notice, 60–90 days past due: adds the next steps the creditor intends.
  case final
  /// The pre-litigation demand letter, 90+ days: basis of the claim, interest basis, deadline.
  case demand
  /// The payment-plan agreement, setting out an agreed or proposed schedule.
  case planAgreement = "plan-agreement"
  /// The acknowledgement of a dispute: collection pauses while it is looked into.
  case disputeAcknowledgement = "dispute-acknowledgement"

  /// The collection stages `settle notice --stage` accepts, in ladder order.
  public static let stages: [NoticeKind] = [.reminder, .followUp, .final, .demand]

  /// The template's file name in `Templates/` or a `--templates` folder, e.g. `follow-up.txt`.
  public var fileName: String { rawValue + ".txt" }

  /// Whether this message asks for payment (an open dispute blocks those).
  public var isCollectionNotice: Bool { self != .disputeAcknowledgement }

  /// Days from the as-of date to the pay-by date this message gives.
  ///
  /// Reminders and follow-ups give two weeks; the final notice 14 days; the demand 30 days, inside
  /// the 10–30 days a pre-suit demand usually allows and the 10-day minimum before a New York
  /// commercial claim.
  public var daysToPay: Int {
    switch self {
    case .reminder, .followUp, .final, .planAgreement, .disputeAcknowledgement: return 14
    case .demand: return 30
    }
  }
}
