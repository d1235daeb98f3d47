/// The role a font family plays in a document, resolved to concrete faces by a `FontBook`.
public enum FontFamilyRole: Sendable, Hashable, CaseIterable {
  /// Proportional body text (Noto Sans).
  case sans
  /// Fixed-pitch text for account numbers and hashes (Noto Sans Mono).
  case mono
}
