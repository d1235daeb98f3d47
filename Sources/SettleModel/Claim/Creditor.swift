/// The business that is owed the money (`creditor` in the claim file).
public struct Creditor: Sendable, Hashable {
  /// The business name.
  public var name: String
  /// The person to contact; signs the declaration when the claim has no declarant.
  public var contact: String
  /// Contact e-mail address.
  public var email: String
  /// Contact telephone number, as written.
  public var phone: String
  /// Postal address, one line per element.
  public var address: [String]
  /// Path of a PNG or JPEG logo, relative to the claim file.
  public var logo: String?

  /// Creates a creditor.
  public init(name: String, contact: String, email: String, phone: String, address: [String], logo: String? = nil) {
    self.name = name
    self.contact = contact
    self.email = email
    self.phone = phone
    self.address = address
    self.logo = logo
  }
}
