import TypesetCore

/// A document to lay out: body blocks, the page template and metadata.
public struct Document: Sendable {
  /// The body, in reading order.
  public var blocks: [Block]
  /// Paper, margins, running header and footer.
  public var template: PageTemplate
  /// Passed through to `LaidOutDocument.metadata`.
  public var metadata: DocumentMetadata

  public init(blocks: [Block], template: PageTemplate = PageTemplate(), metadata: DocumentMetadata) {
    self.blocks = blocks
    self.template = template
    self.metadata = metadata
  }
}

/// Where anchors landed in an earlier layout pass, for forward references ("see page 7").
///
/// In the first pass nothing is known and every lookup returns nil: print a placeholder of
/// similar width (e.g. "?"). Layout repeats until the references stop changing.
public struct PageReferences: Sendable, Hashable {
  /// Anchor name → 1-based page number.
  public private(set) var pages: [String: Int]
  /// Anchor name → page label (only for pages that have labels).
  public private(set) var labels: [String: String]
  /// The page count of the previous pass, nil in the first pass.
  public private(set) var pageCount: Int?

  public init(pages: [String: Int] = [:], labels: [String: String] = [:], pageCount: Int? = nil) {
    self.pages = pages
    self.labels = labels
    self.pageCount = pageCount
  }

  /// References for a first pass: nothing is known.
  public static let unknown = PageReferences()

  /// Whether these come from an earlier pass (false in the first pass).
  public var isResolved: Bool { pageCount != nil }

  /// The page number `anchor` landed on, or nil when unknown.
  public func pageNumber(of anchor: String) -> Int? { pages[anchor] }

  /// The label of the page `anchor` landed on (its number when the page has no label), or nil.
  public func pageLabel(of anchor: String) -> String? {
    labels[anchor] ?? pages[anchor].map { String($0) }
  }
}
