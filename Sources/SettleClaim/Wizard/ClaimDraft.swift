import SettleModel

/// A claim the wizard has finished asking about, ready to be written as a claim folder.
public struct ClaimDraft: Sendable, Hashable {
  /// The claim; invoice paths are already the paths inside the folder (`invoices/INV-1001.pdf`).
  public var claim: Claim
  /// The folder to write, as given or answered.
  public var folder: String
  /// The invoice files to copy into the folder, in charge order.
  var imports: [EvidenceImport]

  /// The source file of each copied invoice, by its path inside the folder, in charge order.
  public var invoiceSources: [(path: String, source: String)] { imports.map { ($0.relativePath, $0.source) } }
}
