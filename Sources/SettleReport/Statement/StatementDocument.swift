import SettleModel
import Typeset

/// An itemized statement of account: who owes whom, every charge, payment and credit with a
/// running balance, the amount due, the aging and how late fees and interest were charged.
///
/// Every figure comes from the `LedgerResult`; the document does no arithmetic of its own.
///
/// ```swift
/// let ledger = try Ledger.compute(claim, asOf: date)
/// let pdf = try StatementDocument(claim: claim, ledger: ledger).renderPDF()
/// ```
public struct StatementDocument: Sendable {
  /// The claim the statement is for (parties, terms, charges, payments, credits).
  public var claim: Claim
  /// The account on the statement date (`ledger.asOf`).
  public var ledger: LedgerResult
  /// Style, note and PDF standard.
  public var options: StatementOptions

  /// Creates a statement of `claim` as computed in `ledger`.
  public init(claim: Claim, ledger: LedgerResult, options: StatementOptions = StatementOptions()) {
    self.claim = claim
    self.ledger = ledger
    self.options = options
  }

  /// Starts reading, on the other core, the standard fonts a statement in `style` sets (regular
  /// and bold) and having HarfBuzz prepare their layout tables, so that this is done while the
  /// caller loads the claim; for a long statement (`isLong`, hundreds of lines) it then makes
  /// the shaping shortcut's tables for body text and figures too. Only the time changes: the
  /// statement is the same whether or not this ran. A short statement never makes the
  /// shortcut's tables (they would cost more than they save), so pass `isLong` only for a claim
  /// with hundreds of lines.
  public static func prepare(isLong: Bool, style: DocumentStyle = .standard) {
    let styles = [style.body, style.strong, style.figure]
    ParallelWork.warmUp {
      guard let book = try? FontBook.standard() else { return }
      book.prepareShaping(for: styles)
      if isLong { book.makeShapingShortcuts(for: [style.figure, style.body]) }
    }
  }

  /// The document's title.
  public static let title = "Statement of account"

  /// The customer's account number masked to its last four digits ("•••• 4821").
  public var maskedAccount: String { AccountNumber(claim.customer.accountNumber).masked }

  /// The customer's account number as this statement prints it: `maskedAccount`, or in full
  /// when `options.showsFullAccountNumber` is set.
  public var accountText: String {
    options.showsFullAccountNumber ? AccountNumber(claim.customer.accountNumber).rawValue : maskedAccount
  }

  /// The statement as blocks on pages (header from page 2, footer with "Page X of Y" on every page).
  public func makeDocument() -> Document {
    let style = options.style
    var blocks: [Block] = []
    if let logo = options.logo { blocks.append(style.logoBlock(logo)) }
    blocks += masthead()
    blocks += billTo()
    blocks.append(style.ruleBlock(before: .pt(8), after: .pt(0)))
    blocks += activity()
    blocks += summary()
    blocks += aging()
    if options.showsInvoiceStatus { blocks += invoiceStatus() }
    blocks += termsExplanation()
    if let note = options.note, !note.isEmpty {
      blocks.append(style.headingBlock("Note"))
      for paragraph in note.split(separator: "\n", omittingEmptySubsequences: true) {
        blocks.append(style.bodyParagraph(String(paragraph)))
      }
    }
    return Document(blocks: blocks, template: pageTemplate(), metadata: metadata)
  }

  /// Lays the statement out with `fontBook`.
  public func layout(fontBook: FontBook) -> LayoutResult {
    DocumentLayouter(fontBook: fontBook).layout(makeDocument())
  }

  /// The statement as PDF bytes, in `options.conformance` (PDF/A-2b by default).
  ///
  /// The bytes depend only on the claim, the ledger and the options: the creation date is the
  /// statement date, never the clock.
  /// - Parameter fontBook: the fonts; `FontBook.standard()` when nil.
  /// - Throws: `StatementError` when the fonts cannot be loaded or the PDF cannot be written.
  public func renderPDF(fontBook: FontBook? = nil) throws(StatementError) -> [UInt8] {
    guard claim.currency == ledger.currency else {
      throw .currencyMismatch(claim: claim.currency.code, ledger: ledger.currency.code)
    }
    let fonts: FontBook
    if let fontBook {
      fonts = fontBook
    } else {
      do { fonts = try FontBook.standard() } catch { throw .fontsUnavailable(String(describing: error)) }
    }
    let document = makeDocument()
    let laidOut = DocumentLayouter(fontBook: fonts).layout(document).document
    // A long statement's blocks take a while to free; the other core does it during rendering
    // (a short one is freed here: starting a thread for it would cost more).
    if ledger.statement.count >= 1_000 { ParallelWork.discard(consume document) }
    do {
      let bytes = try PDFRenderer.render(laidOut, options: PDFRenderOptions(conformance: options.conformance))
      // Likewise the laid-out pages: the other core frees them while the caller writes the file.
      if ledger.statement.count >= 1_000 { ParallelWork.discard(consume laidOut) }
      return bytes
    } catch {
      throw .renderFailed(String(describing: error))
    }
  }

  /// Title, author, subject and the creation date (midnight UTC of the statement date).
  var metadata: DocumentMetadata {
    DocumentMetadata(
      title: Self.title + " – " + claim.customer.displayName, author: claim.creditor.name,
      subject: "Account \(accountText) as of \(DateText.short(ledger.asOf)), claim \(claim.id)",
      keywords: ["statement", claim.id], creator: "Settle", language: "en-US",
      creationDate: Int64(ledger.asOf.daysSinceEpoch) * 86_400)
  }

  /// Paper and margins from the style; a header from page 2 and a footer on every page.
  func pageTemplate() -> PageTemplate {
    let style = options.style
    let creditor = claim.creditor.name
    let customer = claim.customer.displayName
    let account = "Account " + accountText
    let date = DateText.long(ledger.asOf)
    let reference = claim.id
    return style.pageTemplate(
      header: { page in
        guard page.pageNumber > 1 else { return [] }
        return style.runningLine(left: creditor + " · " + Self.title + " · " + customer, right: account)
      },
      footer: { page in
        style.runningLine(
          left: "Statement date " + date + " · " + account + " · Claim " + reference,
          right: "Page \(page.pageNumber) of \(page.pageCount)")
      })
  }
}
