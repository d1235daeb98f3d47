import TypesetCore

/// One vertical piece of a document's body, in reading order.
///
/// Blocks are values; a document is an array of them. Layout places blocks one below the other
/// in the page's content area and breaks pages between (and, for paragraphs and tables, inside)
/// them.
public enum Block: Sendable {
  /// Styled text broken into lines.
  case paragraph(Paragraph)
  /// Rows and columns; header rows repeat on every page the table spans.
  case table(Table)
  /// Empty vertical space of the given height (dropped at the top of a page after a page break).
  case spacer(Length)
  /// A horizontal line across the content width.
  case rule(Rule)
  /// A raster image scaled to a width.
  case image(ImageBlock)
  /// Items the caller positioned itself (a timeline, a signature line): placed at the start of
  /// the content area, `frame.size.height` tall, never split.
  case drawing(Frame)
  /// A page of another document, scaled to fit the rest of the content area (exhibits).
  case embeddedPage(EmbeddedPageBlock)
  /// Ends the current page; the next block starts at the top of a new page.
  case pageBreak
  /// Ends the current page (unless nothing is on it) and sets the following blocks, up to the
  /// next `.pageTemplate`, on pages of `template` (paper, margins, header and footer): e.g.
  /// exhibits with a band for the stamp. Only top-level blocks switch templates; inside a
  /// keep-together group it acts as a page break.
  case pageTemplate(PageTemplate)
  /// Blocks that move to the next page together when they do not fit on the current one
  /// (they still break when the group is taller than a whole page).
  case keepTogether([Block])
  /// A named destination at the top of the next block (target of links and outline entries).
  case anchor(String)
  /// A bookmark that points at the top of the next block; the outline is built from where
  /// these markers land.
  case outlineEntry(OutlineMarker)
  /// Starts page labels (`/PageLabels`) on the page where the next block lands: that page is
  /// labelled `prefix + firstNumber`, the following ones count up. `nil` returns to plain page
  /// numbers.
  case pageLabels(PageLabelStyle?)
}

/// A horizontal line across the content width.
public struct Rule: Sendable, Hashable {
  /// The line's colour and thickness.
  public var stroke: Stroke
  /// Space above the line (dropped at the top of a page after a break).
  public var spaceBefore: Length
  public var spaceAfter: Length

  public init(stroke: Stroke = Stroke(), spaceBefore: Length = .pt(4), spaceAfter: Length = .pt(4)) {
    self.stroke = stroke
    self.spaceBefore = spaceBefore
    self.spaceAfter = spaceAfter
  }
}

/// Where a block narrower than the content area sits horizontally.
public enum HorizontalPlacement: Sendable, Hashable {
  case left, center, right
}

/// A raster image scaled uniformly to `width` (never wider than the content area).
public struct ImageBlock: Sendable {
  /// The pixels; only the intrinsic size is read by layout.
  public var image: RasterImage
  /// The drawn width; the height follows the pixel aspect ratio.
  public var width: Length
  public var placement: HorizontalPlacement
  public var spaceBefore: Length
  public var spaceAfter: Length

  public init(
    _ image: RasterImage, width: Length, placement: HorizontalPlacement = .left,
    spaceBefore: Length = .zero, spaceAfter: Length = .zero
  ) {
    self.image = image
    self.width = width
    self.placement = placement
    self.spaceBefore = spaceBefore
    self.spaceAfter = spaceAfter
  }
}

/// An imported page drawn into the content area, scaled uniformly to fit the space left on
/// the page and centred horizontally.
///
/// When less than `minimumHeightFraction` of the content height is left, the page starts on a
/// new page. Whatever follows starts on the next page.
public struct EmbeddedPageBlock: Sendable {
  /// The imported page (its display size sets the aspect ratio).
  public var page: any EmbeddedPage
  /// The share of the content height (in percent) that must be free for the page to be drawn
  /// below earlier content; 50 by default.
  public var minimumHeightPercent: Int
  /// Draws a thin frame around the page.
  public var border: Stroke?

  public init(_ page: any EmbeddedPage, minimumHeightPercent: Int = 50, border: Stroke? = nil) {
    self.page = page
    self.minimumHeightPercent = minimumHeightPercent
    self.border = border
  }
}

/// A bookmark placed where the next block lands.
public struct OutlineMarker: Sendable, Hashable {
  /// The bookmark's text.
  public var title: String
  /// The named destination the bookmark opens (placed as an anchor by layout).
  public var anchor: String
  /// Nesting depth: 0 for top-level entries, 1 for their children, and so on.
  public var level: Int
  /// Shows the entry's children when the document opens.
  public var isOpen: Bool

  public init(title: String, anchor: String, level: Int = 0, isOpen: Bool = false) {
    self.title = title
    self.anchor = anchor
    self.level = level
    self.isOpen = isOpen
  }
}

/// A page-label range: pages are labelled `prefix` followed by a running number.
public struct PageLabelStyle: Sendable, Hashable {
  /// Text before the number, e.g. "A-".
  public var prefix: String
  /// The number of the first labelled page.
  public var firstNumber: Int
  public init(prefix: String, firstNumber: Int = 1) {
    self.prefix = prefix
    self.firstNumber = firstNumber
  }
}
