/// Who signs the declaration of account (`declarant` in the claim file).
public struct Declarant: Sendable, Hashable {
  /// The signer's full name.
  public var name: String
  /// The signer's title or role ("Owner", "Accounts Receivable Manager").
  public var title: String
  /// The signer's address, one line per element; Texas jurats require it.
  public var address: [String]
  /// The signer's date of birth; Texas jurats require it.
  public var birthDate: CivilDate?

  /// Creates a declarant.
  public init(name: String, title: String, address: [String] = [], birthDate: CivilDate? = nil) {
    self.name = name
    self.title = title
    self.address = address
    self.birthDate = birthDate
  }
}
