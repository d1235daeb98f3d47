/// Agreed simple interest (`terms.interest` in the claim file).
public struct InterestTerms: Sendable, Hashable {
  /// The yearly rate in percent, applied on an actual/365 day basis.
  public var annualPercent: Rate

  /// Creates interest terms.
  public init(annualPercent: Rate) { self.annualPercent = annualPercent }
}
