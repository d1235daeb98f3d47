/// The customer who owes the balance (`customer` in the claim file).
public struct Customer: Sendable, Hashable {
  /// The customer's business name; `nil` for an individual.
  public var businessName: String?
  /// The person at the customer (or the individual customer).
  public var contactName: String
  /// E-mail address.
  public var email: String
  /// Telephone number, as written.
  public var phone: String
  /// Postal address, one line per element.
  public var address: [String]
  /// The customer's account number with the creditor, unmasked; see ``AccountNumber`` for the
  /// masked form that filings show.
  public var accountNumber: String

  /// Creates a customer.
  public init(
    businessName: String? = nil, contactName: String, email: String, phone: String, address: [String],
    accountNumber: String
  ) {
    self.businessName = businessName
    self.contactName = contactName
    self.email = email
    self.phone = phone
    self.address = address
    self.accountNumber = accountNumber
  }

  /// The name to address documents to: the business name if any, else the contact name.
  public var displayName: String { businessName ?? contactName }
}
