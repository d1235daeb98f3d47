import Typeset

/// Choices for a statement that do not come from the claim.
public struct StatementOptions: Sendable {
  /// Fonts, sizes, colours and paper (shared with the other Settle documents).
  public var style: DocumentStyle
  /// A note printed after the figures (any script; Arabic and Hebrew notes are set right to left).
  public var note: String?
  /// Whether the open-invoice table (due date, days past due, open amount) is shown.
  public var showsInvoiceStatus: Bool
  /// The PDF standard `renderPDF` writes: PDF/A-2b by default, so the statement can be filed as is.
  public var conformance: PDFConformance

  /// Creates options; the defaults suit a statement sent to a customer.
  public init(
    style: DocumentStyle = .standard, note: String? = nil, showsInvoiceStatus: Bool = true,
    conformance: PDFConformance = .pdfA2b
  ) {
    self.style = style
    self.note = note
    self.showsInvoiceStatus = showsInvoiceStatus
    self.conformance = conformance
  }
}
