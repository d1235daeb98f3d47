/// How `PDFRenderer` writes a document.
public struct PDFRenderOptions: Sendable {
  /// The standard to conform to; problems are collected and thrown together.
  public var conformance: PDFConformance
  /// Files to embed (only with `.pdfA3b` or `.none`).
  public var attachments: [PDFAttachment]
  /// Whether streams are Flate-compressed and objects packed into object streams; false writes
  /// readable, uncompressed output for snapshot tests.
  public var isCompressed: Bool
  /// Whether the viewer shows the bookmarks panel on opening (`/PageMode /UseOutlines`) when
  /// the document has an outline.
  public var opensOutline: Bool

  public init(
    conformance: PDFConformance = .none, attachments: [PDFAttachment] = [], isCompressed: Bool = true,
    opensOutline: Bool = true
  ) {
    self.conformance = conformance
    self.attachments = attachments
    self.isCompressed = isCompressed
    self.opensOutline = opensOutline
  }
}
