import TypesetCore

/// A paper size.
public struct PageSize: Sendable, Hashable {
  /// The paper's width and height in points.
  public var width: Length
  public var height: Length
  public init(width: Length, height: Length) {
    self.width = width
    self.height = height
  }

  /// US Letter, 8.5 × 11 in (612 × 792 pt).
  public static let letter = PageSize(width: .pt(612), height: .pt(792))
  /// ISO A4, 210 × 297 mm (595.276 × 841.89 pt).
  public static let a4 = PageSize(width: .mm(210), height: .mm(297))

  /// The paper as a `Size`.
  public var size: Size { Size(width: width, height: height) }
}

/// What a running header or footer knows about its page.
public struct PageContext: Sendable, Hashable {
  /// 1-based physical page number.
  public var pageNumber: Int
  /// The number of pages in the document (known: headers and footers are built after the body).
  public var pageCount: Int
  /// The page label when page labels are in effect (`Block.pageLabels`), else nil.
  public var pageLabel: String?
  /// The title of the last top-level outline entry placed on or before this page.
  public var sectionTitle: String?

  public init(pageNumber: Int, pageCount: Int, pageLabel: String? = nil, sectionTitle: String? = nil) {
    self.pageNumber = pageNumber
    self.pageCount = pageCount
    self.pageLabel = pageLabel
    self.sectionTitle = sectionTitle
  }

  /// The label if any, else the page number.
  public var displayLabel: String { pageLabel ?? String(pageNumber) }
}

/// Builds the blocks of a running header or footer for one page.
public typealias RunningContent = @Sendable (PageContext) -> [Block]

/// Paper, margins and running header and footer of every page.
///
/// The body fills the area inside `margins`. The header is laid out at `headerTop` from the top
/// edge, the footer so that it ends `footerBottom` above the bottom edge; both span the content
/// width and should fit in their margin.
public struct PageTemplate: Sendable {
  /// The paper.
  public var size: PageSize
  /// The distances from the paper's edges to the body.
  public var margins: EdgeInsets
  /// Builds each page's header (after the body, so the page count is known).
  public var header: RunningContent?
  /// Builds each page's footer ("Page X of Y").
  public var footer: RunningContent?
  /// The distance from the top edge to the header's top.
  public var headerTop: Length
  /// The distance from the bottom edge to the footer's bottom.
  public var footerBottom: Length

  public init(
    size: PageSize = .letter, margins: EdgeInsets = .all(.pt(72)), header: RunningContent? = nil,
    footer: RunningContent? = nil, headerTop: Length = .pt(36), footerBottom: Length = .pt(36)
  ) {
    self.size = size
    self.margins = margins
    self.header = header
    self.footer = footer
    self.headerTop = headerTop
    self.footerBottom = footerBottom
  }

  /// The body's area on the page.
  public var contentRect: Rect {
    Rect(
      x: margins.left, y: margins.top, width: size.width - margins.left - margins.right,
      height: size.height - margins.top - margins.bottom)
  }
}
