/// What the claim allows a notice to say; the claim-dependent rules read it.
public struct WordingContext: Sendable, Equatable {
  /// The small-claims court the creditor says it intends to use, if any (`intent.smallClaimsCourt`).
  public var smallClaimsCourt: String?
  /// Whether the creditor says it intends to refer the account to a collection agency.
  public var intendsCollectionAgency: Bool
  /// Whether the creditor says it intends to put the account on credit hold.
  public var intendsCreditHold: Bool
  /// Whether the claim's terms include a late fee.
  public var hasLateFeeTerms: Bool
  /// Whether the claim's terms include interest.
  public var hasInterestTerms: Bool
  /// The creditor's name, which a notice must state (Tex. Fin. Code §392.304(a)(4)).
  public var creditorName: String
  /// The creditor's phone number, which a notice must state (Tex. Fin. Code §392.304(a)(6)).
  public var creditorPhone: String
  /// Whether a dispute raised in the log has not been resolved.
  public var hasOpenDispute: Bool
  /// Whether the text asks for payment (a collection notice), as opposed to, say, a dispute
  /// acknowledgement; an open dispute only blocks collection notices.
  public var isCollectionNotice: Bool
  /// Every money figure the text may contain, formatted exactly as the notice prints money
  /// (from the ledger and the plan calculator).
  public var knownAmounts: Set<String>
  /// The marks that show a number is money in this notice: the currency symbol and code, each
  /// with the side of the number it is written on.
  public var currencyMarkers: [CurrencyMarker]
  /// The decimal separator amounts are written with (`.` or `,`), so `$300` and `$300.00` compare
  /// as the same figure.
  public var decimalSeparator: String

  /// Creates a context.
  public init(
    smallClaimsCourt: String?, intendsCollectionAgency: Bool, intendsCreditHold: Bool,
    hasLateFeeTerms: Bool, hasInterestTerms: Bool, creditorName: String, creditorPhone: String,
    hasOpenDispute: Bool, isCollectionNotice: Bool, knownAmounts: Set<String>, currencyMarkers: [CurrencyMarker],
    decimalSeparator: String = "."
  ) {
    self.smallClaimsCourt = smallClaimsCourt
    self.intendsCollectionAgency = intendsCollectionAgency
    self.intendsCreditHold = intendsCreditHold
    self.hasLateFeeTerms = hasLateFeeTerms
    self.hasInterestTerms = hasInterestTerms
    self.creditorName = creditorName
    self.creditorPhone = creditorPhone
    self.hasOpenDispute = hasOpenDispute
    self.isCollectionNotice = isCollectionNotice
    self.knownAmounts = knownAmounts
    self.currencyMarkers = currencyMarkers
    self.decimalSeparator = decimalSeparator
  }
}
