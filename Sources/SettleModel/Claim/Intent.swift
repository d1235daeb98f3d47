/// What the creditor will really do if the balance stays unpaid (`intent` in the claim file).
///
/// Notices may mention these steps and nothing else.
public struct Intent: Sendable, Hashable {
  /// The small-claims court the creditor would file in, by name; `nil` if none is intended.
  public var smallClaimsCourt: String?
  /// Whether the account would be passed to a collection agency.
  public var collectionAgency: Bool
  /// Whether further credit would be put on hold.
  public var creditHold: Bool

  /// Creates an intent; by default nothing is announced.
  public init(smallClaimsCourt: String? = nil, collectionAgency: Bool = false, creditHold: Bool = false) {
    self.smallClaimsCourt = smallClaimsCourt
    self.collectionAgency = collectionAgency
    self.creditHold = creditHold
  }
}
