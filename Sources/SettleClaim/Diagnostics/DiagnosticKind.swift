/// What kind of problem a `Diagnostic` reports. The raw values are stable: `settle check --json`
/// prints them as `code` (see `Docs/check-json.md`).
public enum DiagnosticKind: String, Sendable, Hashable, CaseIterable {
  /// The claim file does not exist.
  case claimFileMissing
  /// The claim file exists but cannot be read.
  case claimFileUnreadable
  /// The claim file is not valid JSON (or is a PDF/image by its bytes).
  case malformedJSON
  /// `schema` is absent.
  case missingSchema
  /// `schema` is not `settle.claim/1`.
  case unsupportedSchema
  /// A required field is absent.
  case missingField
  /// A field is not one the schema defines at that place.
  case unknownField
  /// A value has the wrong JSON type (e.g. a number where a string is required).
  case wrongType
  /// An amount is written as a JSON number instead of a decimal string.
  case numberForAmount
  /// An amount has more decimals than the currency's minor unit allows.
  case tooManyDecimals
  /// An amount is not a plain decimal string (sign, grouping, symbol, exponent, …).
  case invalidAmount
  /// An amount names or uses a currency other than the claim's.
  case currencyMismatch
  /// `currency` is not an active ISO 4217 code.
  case unknownCurrency
  /// A charge, payment or credit amount is zero or negative.
  case nonPositiveAmount
  /// A date is malformed or does not exist (e.g. `2026-02-30`).
  case invalidDate
  /// An instant is malformed or lacks an offset.
  case invalidInstant
  /// A rate is malformed.
  case invalidRate
  /// A count (`netDays`, `installments`) is not a whole number in range.
  case invalidCount
  /// A string field is empty or a value is not one of the allowed words.
  case invalidValue
  /// Two charges share an `id`.
  case duplicateChargeID
  /// `appliesTo` names no charge.
  case unknownChargeReference
  /// A charge's `dueDate` is before its `date`.
  case dueDateBeforeDate
  /// A file named in the claim does not exist.
  case fileMissing
  /// A file named in the claim cannot be read.
  case fileUnreadable
  /// A file named in the claim is not a PDF, PNG or JPEG by its bytes (or not PNG/JPEG for a logo).
  case fileUnsupportedType
  /// A file named in the claim is cut short.
  case fileTruncated
  /// A PDF named in the claim is encrypted.
  case fileEncrypted
  /// A file named in the claim lies outside the claim's folder.
  case fileOutsideFolder
  /// A Texas declarant lacks the address or birth date the jurat needs.
  case declarantIncomplete
  /// The event log's hash chain does not verify.
  case brokenChain
  /// The claim has no charges, or every charge is dated after the as-of date (so nothing is owed yet).
  case noCharges
  /// The balance cannot be computed although every value decoded: a sum, fee or interest figure
  /// overflows 64-bit minor units, or an amount (built in code) is in another currency or negative.
  case ledgerFailure
}
