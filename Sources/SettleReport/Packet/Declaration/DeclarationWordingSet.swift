import SettleModel

/// The declaration wording for every jurisdiction a claim may name.
public struct DeclarationWordingSet: Sendable, Hashable {
  /// Wording per jurisdiction.
  public var wordings: [Jurisdiction: DeclarationWording]

  /// Creates a set; jurisdictions without wording fall back to `US`.
  public init(wordings: [Jurisdiction: DeclarationWording]) {
    self.wordings = wordings
  }

  /// The wording for `jurisdiction` (the federal `US` wording when the set has none for it).
  public func wording(for jurisdiction: Jurisdiction) -> DeclarationWording {
    if let wording = wordings[jurisdiction] { return wording }
    if let wording = wordings[.us] { return wording }
    return Self.builtIn.wordings[jurisdiction] ?? Self.fallback
  }

  /// The shipped texts of `Templates/declaration/` (compiled in, checked against the files by a test).
  public static let builtIn: DeclarationWordingSet = {
    var wordings: [Jurisdiction: DeclarationWording] = [:]
    for (jurisdiction, text) in BuiltInDeclarationTexts.all {
      if let wording = try? DeclarationWording(template: text) { wordings[jurisdiction] = wording }
    }
    return DeclarationWordingSet(wordings: wordings)
  }()

  /// Used only if a built-in text failed to parse (a test makes sure none does).
  static let fallback = DeclarationWording(
    title: "Declaration of account", body: [],
    attestation: "I declare under penalty of perjury that the foregoing is true and correct.",
    jurat: "Executed on ____________________ (date).")
}
