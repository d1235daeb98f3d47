/// Which copy of the packet is made.
public enum PacketCopy: String, Sendable, Hashable, CaseIterable {
  /// The copy a court takes: PDF/A-2b, nothing attached, account numbers masked to the last four
  /// digits.
  case filing
  /// The copy kept as evidence: PDF/A-3b with every original file attached (`/AF`,
  /// `/EmbeddedFiles`), full account numbers.
  case archive
}
