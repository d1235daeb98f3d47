import SettleModel
import Typeset

/// The court-ready packet: cover, collection report, itemized statement, exhibit index,
/// declaration of account, proof of the pre-filing demand, the exhibits (tab sheet, stamp, Bates
/// number on every page) and the timeline appendix with the verified log chain.
///
/// Every figure comes from the `LedgerResult`; the packet does no arithmetic of its own. Pages
/// are numbered consecutively and each carries a Bates number; every part and every exhibit has
/// a bookmark, and the index and the contents link to what they list.
///
/// ```swift
/// let ledger = try Ledger.compute(claim, asOf: asOf)
/// let packet = PacketDocument(claim: claim, ledger: ledger, exhibits: exhibits)
/// let pdf = try packet.renderPDF()
/// ```
public struct PacketDocument: Sendable {
  /// The claim (parties, terms, charges, payments, credits, log, jurisdiction, declarant).
  public var claim: Claim
  /// The account as of the packet date (`ledger.asOf`).
  public var ledger: LedgerResult
  /// The exhibits, numbered from 1: invoices first (in charge order), then further evidence.
  public var exhibits: [PacketExhibit]
  /// The communication log with each event's chain check; by default the claim's events, unchecked.
  public var timeline: [TimelineEntry]
  /// The recomputed chain value after the last event (the chain head), when the log was checked.
  public var chainHead: String?
  /// The demand letter (the notices module's demand stage), when one could be made.
  public var demand: PacketLetter?
  /// Further originals attached to the archive copy besides the exhibits (the claim file).
  public var sourceFiles: [PDFAttachment]
  /// Copy, Bates prefix, style and declaration wording.
  public var options: PacketOptions

  /// Creates a packet.
  public init(
    claim: Claim, ledger: LedgerResult, exhibits: [PacketExhibit] = [], timeline: [TimelineEntry]? = nil,
    chainHead: String? = nil, demand: PacketLetter? = nil, sourceFiles: [PDFAttachment] = [],
    options: PacketOptions = PacketOptions()
  ) {
    self.claim = claim
    self.ledger = ledger
    self.exhibits = exhibits
    self.timeline = timeline ?? claim.events.map { TimelineEntry(event: $0, status: .unchecked) }
    self.chainHead = chainHead
    self.demand = demand
    self.sourceFiles = sourceFiles
    self.options = options
  }

  /// The document's title.
  public static let title = "Collection packet"

  /// The Bates prefix: `options.batesPrefix`, else derived from the creditor's name.
  public var batesPrefix: String { options.batesPrefix ?? Self.defaultBatesPrefix(for: claim.creditor.name) }

  /// A Bates prefix from a name, the same as the exhibits module's (`BatesNumbering.defaultPrefix`):
  /// the first word in ASCII capitals, at most 8 characters ("Harbor Supply Co." → `HARBOR`).
  public static func defaultBatesPrefix(for name: String) -> String {
    BatesNumbering.defaultPrefix(for: name)
  }

  /// The Bates number of physical page `page` (1-based): prefix, a hyphen, six digits.
  public func batesNumber(ofPage page: Int) -> String {
    let number = options.firstBatesNumber + page - 1
    var digits = String(number)
    if digits.count < 6 { digits = String(repeating: "0", count: 6 - digits.count) + digits }
    return batesPrefix + "-" + digits
  }

  /// The customer's account number as this copy prints it: masked to the last four digits in
  /// the filing copy, in full in the archive copy.
  public var accountText: String {
    let account = AccountNumber(claim.customer.accountNumber)
    return options.copy == .filing ? account.masked : account.rawValue
  }

  /// The packet's parts in order, with their anchors (the outline's top level).
  public var parts: [PacketPart] {
    var list: [PacketPart] = [.cover, .collectionReport, .statement, .exhibitIndex, .declaration, .demand]
    if !exhibits.isEmpty { list.append(.exhibits) }
    list.append(.timeline)
    return list
  }

  // MARK: Layout

  /// The packet as blocks, given where anchors landed in the previous pass (page numbers in the
  /// contents and the exhibit index).
  public func makeDocument(references: PageReferences, layouter: DocumentLayouter) -> Document {
    makeDocument(references: references, fixedParts: fixedPartBlocks(layouter: layouter))
  }

  /// The packet as blocks from the blocks of the parts that print no page numbers, made once for
  /// every pass, and the cover and exhibit index made for `references`.
  func makeDocument(references: PageReferences, fixedParts: [PacketPart: [Block]]) -> Document {
    var blocks: [Block] = []
    for part in parts {
      if part == .exhibits {
        blocks += fixedParts[part] ?? []
        blocks.append(.pageTemplate(pageTemplate()))
        blocks.append(.pageLabels(nil))
        continue
      }
      if part != .cover { blocks.append(.pageBreak) }
      // The marker also places the part's named destination.
      blocks.append(.outlineEntry(OutlineMarker(title: part.title, anchor: part.anchor)))
      switch part {
      case .cover: blocks += cover(references: references)
      case .exhibitIndex: blocks += exhibitIndex(references: references)
      default: blocks += fixedParts[part] ?? []
      }
    }
    return Document(blocks: blocks, template: pageTemplate(), metadata: metadata)
  }

  /// The blocks of every part but the cover and the exhibit index, which alone print page
  /// numbers (for a 3,000-line statement, making them again each pass was a tenth of the layout).
  func fixedPartBlocks(layouter: DocumentLayouter) -> [PacketPart: [Block]] {
    var blocks: [PacketPart: [Block]] = [:]
    for part in parts {
      switch part {
      case .cover, .exhibitIndex: continue
      case .collectionReport: blocks[part] = collectionReport()
      case .statement: blocks[part] = statement()
      case .declaration: blocks[part] = declaration()
      case .demand: blocks[part] = demandProof(layouter: layouter)
      case .exhibits: blocks[part] = exhibitBlocks()
      case .timeline: blocks[part] = timelineAppendix()
      }
    }
    return blocks
  }

  /// Lays the packet out, repeating until the page numbers it prints settle; with `layoutMemo`,
  /// paragraphs other packets of the run already set are reused (the layout is the same).
  public func layout(fontBook: FontBook, layoutMemo: LayoutMemo? = nil) -> LayoutResult {
    let layouter = DocumentLayouter(fontBook: fontBook, memo: layoutMemo)
    let fixedParts = fixedPartBlocks(layouter: layouter)
    return layouter.layout { references in makeDocument(references: references, fixedParts: fixedParts) }
  }

  /// Title, author, subject and the creation date (midnight UTC of the packet date).
  var metadata: DocumentMetadata {
    DocumentMetadata(
      title: Self.title + " – " + claim.creditor.name + " v. " + claim.customer.displayName, author: claim.creditor.name,
      subject: "Claim \(claim.id), account \(accountText), balance \(AmountText.withCode(ledger.balance)) as of \(DateText.short(ledger.asOf))",
      keywords: ["collection packet", claim.id, options.copy.rawValue], creator: "Settle", language: "en-US",
      creationDate: Int64(ledger.asOf.daysSinceEpoch) * 86_400)
  }

  /// The style's paper and margins; a running header from page 2 (parties and the current part)
  /// and a footer with the page number and the Bates number on every page.
  func pageTemplate() -> PageTemplate {
    let style = options.style
    let caption = claim.creditor.name + " v. " + claim.customer.displayName
    let reference = "Claim " + claim.id + " · Account " + accountText
    return style.pageTemplate(
      header: { page in
        guard page.pageNumber > 1 else { return [] }
        return style.runningLine(left: caption, right: page.sectionTitle ?? "")
      },
      footer: footer(reference: reference))
  }

  /// "Page X of Y · HSC-000012" on the right, the claim and account on the left.
  func footer(reference: String) -> RunningContent {
    let style = options.style
    let prefix = batesPrefix
    let first = options.firstBatesNumber
    return { page in
      var digits = String(first + page.pageNumber - 1)
      if digits.count < 6 { digits = String(repeating: "0", count: 6 - digits.count) + digits }
      return style.runningLine(
        left: reference, right: "Page \(page.pageNumber) of \(page.pageCount)   " + prefix + "-" + digits)
    }
  }
}
