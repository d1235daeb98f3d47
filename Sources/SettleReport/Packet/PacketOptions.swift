import Typeset

/// Choices for a packet that do not come from the claim.
public struct PacketOptions: Sendable {
  /// Filing (PDF/A-2b, masked) or archive (PDF/A-3b with originals attached, unmasked).
  public var copy: PacketCopy
  /// The Bates prefix stamped before each page's six-digit number; nil derives one from the
  /// creditor's name (`PacketDocument.defaultBatesPrefix(for:)`).
  public var batesPrefix: String?
  /// The first Bates number (1 unless a production continues an earlier one).
  public var firstBatesNumber: Int
  /// Whether a document that cannot meet PDF/A is written anyway, as plain PDF whose XMP claims
  /// no PDF/A part.
  public var allowsNonPDFA: Bool
  /// Fonts, sizes, colours and paper shared with the statement and the letters.
  public var style: DocumentStyle
  /// The declaration wording per jurisdiction (the built-in `Templates/declaration/` texts by default).
  public var declarations: DeclarationWordingSet

  /// Creates options; the defaults make the filing copy.
  public init(
    copy: PacketCopy = .filing, batesPrefix: String? = nil, firstBatesNumber: Int = 1, allowsNonPDFA: Bool = false,
    style: DocumentStyle = .standard, declarations: DeclarationWordingSet = .builtIn
  ) {
    self.copy = copy
    self.batesPrefix = batesPrefix
    self.firstBatesNumber = max(1, firstBatesNumber)
    self.allowsNonPDFA = allowsNonPDFA
    self.style = style
    self.declarations = declarations
  }

  /// The PDF standard of this copy: PDF/A-2b (filing) or PDF/A-3b (archive).
  public var conformance: PDFConformance { copy == .filing ? .pdfA2b : .pdfA3b }
}
