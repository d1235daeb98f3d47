/// Where allocated money came from: an index into the claim's `payments` or `credits`.
public enum AllocationSource: Sendable, Hashable {
  /// `claim.payments[index]`.
  case payment(index: Int)
  /// `claim.credits[index]`.
  case credit(index: Int)
}
