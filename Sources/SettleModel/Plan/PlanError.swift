/// Why a payment-plan schedule or its progress could not be computed.
public enum PlanError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Fewer than one instalment was asked for.
  case tooFewInstallments(Int)
  /// More than ``PaymentPlan/maximumInstallments`` instalments were asked for.
  case tooManyInstallments(Int)
  /// The amount to spread is zero or negative: there is nothing to pay in instalments.
  case totalNotPositive(Money)
  /// Each instalment would be less than one minor unit (e.g. 5 instalments of 0.03 USD).
  case installmentsExceedMinorUnits(installments: Int, total: Money)
  /// The claim's ledger could not be computed (for the plan's total).
  case ledger(LedgerError)

  public var description: String {
    switch self {
    case .tooFewInstallments(let count):
      return "a plan needs at least 1 instalment, not \(count)"
    case .tooManyInstallments(let count):
      return "a plan can have at most \(PaymentPlan.maximumInstallments) instalments, not \(count)"
    case .totalNotPositive(let total):
      return "there is nothing to pay in instalments: the amount is \(total) \(total.currency.code)"
    case .installmentsExceedMinorUnits(let count, let total):
      return
        "\(total) \(total.currency.code) cannot be split into \(count) instalments: each would be less than the smallest unit of the currency; use at most \(total.minorUnits) instalments"
    case .ledger(let error):
      return error.description
    }
  }
}
