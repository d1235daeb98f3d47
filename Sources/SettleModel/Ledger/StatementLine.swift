/// One line of the chronological account statement.
public struct StatementLine: Sendable, Hashable {
  /// The line's date: the charge, payment or credit date; the day after the due date for a late
  /// fee; the as-of date for interest.
  public let date: CivilDate
  /// What the line records.
  public let entry: StatementEntry
  /// A reference: the invoice number for charges, fees and interest; the payment's `reference`
  /// (else empty); the `appliesTo` charge id for credits (else empty).
  public let reference: String
  /// The amount that increases the balance (charges, late fees, interest), else `nil`.
  public let chargeAmount: Money?
  /// The amount that decreases the balance (payments, credits), else `nil`.
  public let paymentAmount: Money?
  /// The balance after this line; the last line's running balance is the ledger balance.
  public let runningBalance: Money
  /// The text the description is built from: the charge's description, the payment's method,
  /// the credit's reason; empty for fees and interest.
  let detail: String
  /// What the description needs for fees and interest, kept as values so descriptions are
  /// only built when read.
  let explanation: Explanation

  enum Explanation: Sendable, Hashable {
    case none
    case flatFee
    case percentFee(Rate, of: Money)
    case interest(Rate, days: Int)
  }

  /// A short English description: the charge's own description; "Payment (check)";
  /// "Credit: returned goods"; "Late fee on INV-1 (1.5% of 1000.00)"; "Interest on INV-1 at 12% a
  /// year, 60 days".
  public var description: String {
    switch (entry, explanation) {
    case (.charge, _): return detail
    case (.payment, _): return "Payment (\(detail))"
    case (.credit, _): return "Credit: \(detail)"
    case (.lateFee, .percentFee(let rate, let base)): return "Late fee on \(reference) (\(rate)% of \(base))"
    case (.lateFee, _): return "Late fee on \(reference)"
    case (.interest, .interest(let rate, let days)):
      return "Interest on \(reference) at \(rate)% a year, \(days) day\(days == 1 ? "" : "s")"
    case (.interest, _): return "Interest on \(reference)"
    }
  }
}
