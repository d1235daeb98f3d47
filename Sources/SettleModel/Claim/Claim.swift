/// One customer account to collect: the values of a `settle.claim/1` file, field by field.
///
/// File paths (`logo`, `invoice`, exhibit `file`) stay strings relative to the claim file; this
/// module never touches the file system. Amounts are ``Money`` in the claim's `currency`.
/// Construct claims directly from Swift, or read them with the claim module.
public struct Claim: Sendable, Hashable {
  /// The schema identifier written in claim files: `settle.claim/1`.
  public static let schema = "settle.claim/1"

  /// The creditor's reference for this claim, such as `CLM-2026-0042`.
  public var id: String
  /// The ISO 4217 currency of every amount in the claim.
  public var currency: Currency
  /// Who is owed the money.
  public var creditor: Creditor
  /// Who owes it.
  public var customer: Customer
  /// Why the claim exists; version 1 knows only customer collection.
  public var purpose: Purpose
  /// What was provided and why the balance is owed, in the creditor's words (paragraphs
  /// separated by blank lines).
  public var narrative: String
  /// Payment terms: net days, late fee, interest.
  public var terms: Terms
  /// Invoices, in file order.
  public var charges: [Charge]
  /// Payments received, in file order.
  public var payments: [Payment]
  /// Credits granted, in file order.
  public var credits: [Credit]
  /// Evidence beyond the invoices.
  public var exhibits: [Exhibit]
  /// The communication log, in file order.
  public var events: [Event]
  /// An agreed payment plan, if any.
  public var paymentPlan: PaymentPlanTerms?
  /// What the creditor will really do if the balance stays unpaid.
  public var intent: Intent
  /// Where a claim would be filed.
  public var jurisdiction: Jurisdiction
  /// Who signs the declaration of account; `nil` means the creditor's contact signs.
  public var declarant: Declarant?

  /// Creates a claim.
  ///
  /// Collections default to empty, `purpose` to customer collection, `intent` to nothing announced
  /// and `jurisdiction` to ``Jurisdiction/us``.
  public init(
    id: String, currency: Currency, creditor: Creditor, customer: Customer,
    purpose: Purpose = .customerCollection, narrative: String, terms: Terms,
    charges: [Charge] = [], payments: [Payment] = [], credits: [Credit] = [], exhibits: [Exhibit] = [],
    events: [Event] = [], paymentPlan: PaymentPlanTerms? = nil, intent: Intent = Intent(),
    jurisdiction: Jurisdiction = .us, declarant: Declarant? = nil
  ) {
    self.id = id
    self.currency = currency
    self.creditor = creditor
    self.customer = customer
    self.purpose = purpose
    self.narrative = narrative
    self.terms = terms
    self.charges = charges
    self.payments = payments
    self.credits = credits
    self.exhibits = exhibits
    self.events = events
    self.paymentPlan = paymentPlan
    self.intent = intent
    self.jurisdiction = jurisdiction
    self.declarant = declarant
  }
}
