/// What a statement line records; indices point into the claim's arrays.
public enum StatementEntry: Sendable, Hashable {
  /// `claim.charges[index]`.
  case charge(index: Int)
  /// `claim.payments[index]`.
  case payment(index: Int)
  /// `claim.credits[index]`.
  case credit(index: Int)
  /// The late fee on `claim.charges[chargeIndex]`.
  case lateFee(chargeIndex: Int)
  /// The interest on `claim.charges[chargeIndex]`.
  case interest(chargeIndex: Int)

  /// Order among lines with the same date: charges, payments, credits, late fees, interest.
  var rank: Int {
    switch self {
    case .charge: return 0
    case .payment: return 1
    case .credit: return 2
    case .lateFee: return 3
    case .interest: return 4
    }
  }

  var index: Int {
    switch self {
    case .charge(let i), .payment(let i), .credit(let i), .lateFee(let i), .interest(let i): return i
    }
  }
}
