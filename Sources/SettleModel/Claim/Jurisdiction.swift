/// Where a claim would be filed (`jurisdiction` in the claim file); raw values are the claim
/// file's spellings.
public enum Jurisdiction: String, Sendable, Hashable, CaseIterable {
  /// United States, federal forms (the default): `"US"`.
  case us = "US"
  /// California: `"US-CA"`.
  case usCA = "US-CA"
  /// New York: `"US-NY"`.
  case usNY = "US-NY"
  /// Texas: `"US-TX"`.
  case usTX = "US-TX"
}
