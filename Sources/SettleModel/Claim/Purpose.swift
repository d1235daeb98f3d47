/// Why a claim exists (`purpose` in the claim file).
public enum Purpose: String, Sendable, Hashable, CaseIterable {
  /// Collecting an unpaid customer account: `"customerCollection"`.
  case customerCollection
}
