import Typeset

/// Choices for a statement that do not come from the claim.
public struct StatementOptions: Sendable {
  /// Fonts, sizes, colours and paper (shared with the other Settle documents).
  public var style: DocumentStyle
  /// The creditor's logo, drawn above the letterhead (at most `DocumentStyle.logoWidth` wide);
  /// nil for none. Decode `claim.creditor.logo` with any PNG/JPEG reader (the CLI uses ImageDecode).
  public var logo: RasterImage?
  /// A note printed after the figures (any script; Arabic and Hebrew notes are set right to left).
  public var note: String?
  /// Whether the open-invoice table (due date, days past due, open amount) is shown.
  public var showsInvoiceStatus: Bool
  /// The PDF standard `renderPDF` writes: PDF/A-2b by default, so the statement can be filed as is.
  public var conformance: PDFConformance
  /// Whether the customer's account number is printed in full; by default it is masked to its
  /// last four digits ("•••• 4821"), as a statement sent by mail or filed with a court should be.
  /// The packet's archive copy prints it in full.
  public var showsFullAccountNumber: Bool

  /// Creates options; the defaults suit a statement sent to a customer.
  public init(
    style: DocumentStyle = .standard, logo: RasterImage? = nil, note: String? = nil, showsInvoiceStatus: Bool = true,
    conformance: PDFConformance = .pdfA2b, showsFullAccountNumber: Bool = false
  ) {
    self.style = style
    self.logo = logo
    self.note = note
    self.showsInvoiceStatus = showsInvoiceStatus
    self.conformance = conformance
    self.showsFullAccountNumber = showsFullAccountNumber
  }
}
