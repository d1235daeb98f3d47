/// The fields `settle.claim/1` allows in each object, in the order documents and messages list them.
///
/// The decoder, the "did you mean" suggestions and `Docs/claim.schema.json` agree on these lists;
/// a test checks the JSON Schema against them.
public enum ClaimSchema {
  /// The value of `schema` this version reads.
  public static let identifier = "settle.claim/1"

  /// Top-level fields.
  public static let claim = [
    "schema", "id", "currency", "creditor", "customer", "purpose", "narrative", "terms", "charges", "payments",
    "credits",
    "exhibits", "events", "paymentPlan", "intent", "jurisdiction", "declarant",
  ]
  /// Top-level fields that must be present.
  public static let claimRequired = [
    "schema", "id", "currency", "creditor", "customer", "purpose", "narrative", "terms", "charges",
  ]
  /// `creditor` fields.
  public static let creditor = ["name", "contact", "email", "phone", "address", "logo"]
  /// Required `creditor` fields.
  public static let creditorRequired = ["name", "contact", "email", "phone", "address"]
  /// `customer` fields.
  public static let customer = ["businessName", "contactName", "email", "phone", "address", "accountNumber"]
  /// Required `customer` fields.
  public static let customerRequired = ["contactName", "email", "phone", "address", "accountNumber"]
  /// `terms` fields.
  public static let terms = ["netDays", "lateFee", "interest"]
  /// `terms.lateFee` fields (exactly one of them).
  public static let lateFee = ["flat", "percent"]
  /// `terms.interest` fields.
  public static let interest = ["annualPercent"]
  /// `charges[]` fields.
  public static let charge = ["id", "date", "dueDate", "description", "amount", "invoice"]
  /// Required `charges[]` fields.
  public static let chargeRequired = ["id", "date", "description", "amount"]
  /// `payments[]` fields.
  public static let payment = ["date", "amount", "method", "reference", "appliesTo"]
  /// Required `payments[]` fields.
  public static let paymentRequired = ["date", "amount", "method"]
  /// `credits[]` fields.
  public static let credit = ["date", "amount", "reason", "appliesTo"]
  /// Required `credits[]` fields.
  public static let creditRequired = ["date", "amount", "reason"]
  /// `exhibits[]` fields.
  public static let exhibit = ["title", "file", "date"]
  /// Required `exhibits[]` fields.
  public static let exhibitRequired = ["title", "file"]
  /// `events[]` fields.
  public static let event = ["at", "kind", "channel", "summary", "chain"]
  /// Required `events[]` fields.
  public static let eventRequired = ["at", "kind", "summary"]
  /// `paymentPlan` fields (all required).
  public static let paymentPlan = ["installments", "firstDue", "frequency"]
  /// `intent` fields (all optional).
  public static let intent = ["smallClaimsCourt", "collectionAgency", "creditHold"]
  /// `declarant` fields.
  public static let declarant = ["name", "title", "address", "birthDate"]
  /// Required `declarant` fields.
  public static let declarantRequired = ["name", "title"]
}
