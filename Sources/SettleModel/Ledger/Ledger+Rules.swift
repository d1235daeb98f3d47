extension Ledger {
  /// The ledger rules in plain English, filled in with the claim's own terms, for documents that
  /// print how the balance was computed (the contract asks the report to print them).
  ///
  /// ```swift
  /// Ledger.rules(for: claim, asOf: asOf, format: .enUS)
  /// // ["Amounts are in USD. Charges, payments and credits dated after June 1, 2026 are left out.", …]
  /// ```
  ///
  /// - Parameters:
  ///   - claim: The claim whose terms fill in the rules.
  ///   - asOf: The date the balance is computed for.
  ///   - format: How amounts are written (the flat late fee).
  public static func rules(for claim: Claim, asOf: CivilDate, format: MoneyFormat = .enUS) -> [String] {
    let terms = claim.terms
    var rules: [String] = []
    rules.append(
      "Amounts are in \(claim.currency.code). Charges, payments and credits dated after \(asOf.formatted(.monthDayYear)) are left out."
    )
    rules.append(
      "A charge is due on its stated due date, otherwise \(terms.netDays) day\(terms.netDays == 1 ? "" : "s") after its date."
    )
    rules.append(
      "Payments and credits are applied in date order (payments before credits on the same day): first to the invoice they name, the rest to the oldest unpaid invoices. They reduce the amount invoiced only; late fees and interest are separate lines. Anything left over is a credit in the customer's favour."
    )
    switch terms.lateFee {
    case .flat(let fee):
      rules.append(
        "Late fee: \(format.string(for: fee)) once per invoice still unpaid at the end of its due date.")
    case .percent(let rate):
      rules.append(
        "Late fee: \(rate)% of the invoice amount, rounded half-up to the nearest \(Ledger.minorUnitName(claim.currency)), once per invoice still unpaid at the end of its due date."
      )
    case nil:
      rules.append("No late fee is charged.")
    }
    if let interest = terms.interest, !interest.annualPercent.isZero {
      rules.append(
        "Interest: simple interest at \(interest.annualPercent)% a year on the unpaid invoice amount, from its due date to \(asOf.formatted(.monthDayYear)), counting actual days over a 365-day year; a payment stops interest on the part it pays from the day it takes effect. Not compounded, none on fees, rounded half-up to the nearest \(Ledger.minorUnitName(claim.currency)) per invoice."
      )
    } else {
      rules.append("No interest is charged.")
    }
    rules.append(
      "Balance = charges + late fees + interest − payments − credits; every total is the sum of the rounded lines above it."
    )
    return rules
  }

  static func minorUnitName(_ currency: Currency) -> String {
    switch currency.minorUnitDigits {
    case 0: return "whole \(currency.code)"
    case 2 where currency.code == "USD" || currency.code == "EUR": return "cent"
    default:
      return "0." + String(repeating: "0", count: currency.minorUnitDigits - 1) + "1 \(currency.code)"
    }
  }
}
