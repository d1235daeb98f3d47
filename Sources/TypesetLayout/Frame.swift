import TypesetCore
import TypesetText

/// The result of layout: positioned items in a box, in a coordinate space whose origin is the
/// top-left corner and whose y axis grows downwards.
///
/// A frame knows nothing about PDF. `PDFRender` converts frames to PDF; `Frame+Debugging`
/// prints them as text for golden tests. This is the only contract between layout and output.
public struct Frame: Sendable {
  public var size: Size
  public private(set) var items: [PositionedItem]

  public init(size: Size, items: [PositionedItem] = []) {
    self.size = size
    self.items = items
  }

  /// Adds `item` with its origin at `position` (for text: the start of the baseline).
  public mutating func push(_ item: FrameItem, at position: Point) {
    items.append(PositionedItem(position: position, item: item))
  }

  /// Adds all of `frame`'s items, offset by `position` (flattening rather than nesting).
  public mutating func push(contentsOf frame: Frame, at position: Point) {
    for i in frame.items { items.append(PositionedItem(position: i.position + position, item: i.item)) }
  }

  /// Adds `frame` as a nested group at `position`.
  public mutating func push(group frame: Frame, at position: Point) {
    items.append(PositionedItem(position: position, item: .group(frame)))
  }

  /// Reserves room for `count` items in total, to avoid regrowing while pushing many.
  public mutating func reserveCapacity(_ count: Int) {
    items.reserveCapacity(count)
  }
}

/// An item and where it sits in its frame.
public struct PositionedItem: Sendable {
  public var position: Point
  public var item: FrameItem
  public init(position: Point, item: FrameItem) { self.position = position; self.item = item }
}

/// What a frame holds. The PDF converter is one `switch` over these cases.
public enum FrameItem: Sendable {
  /// A nested frame whose origin is the item's position.
  case group(Frame)
  /// A run of shaped glyphs in one font; the position is the start of its baseline.
  case text(TextItem)
  /// A filled and/or stroked geometric shape; the position is the shape's top-left.
  case shape(ShapeItem)
  /// A raster image drawn into `size`; the position is its top-left.
  case image(ImageItem)
  /// A clickable area; the position is its top-left.
  case link(LinkItem)
  /// A named destination (target of internal links and outline entries) at the position.
  case anchor(String)
  /// A page of another PDF drawn into a box (exhibit pages); the position is the box's top-left.
  case embeddedPage(EmbeddedPageItem)
}

/// Glyphs of one font at one size and colour, in visual (left-to-right) order.
public struct TextItem: Sendable {
  public var font: Font
  public var size: Length
  public var color: Color
  public var glyphs: [PlacedGlyph]
  /// The natural width: the sum of advances.
  public var width: Length
  /// The logical text of the whole item when it was set right-to-left (or mixed), so that PDF text
  /// extraction can recover logical order (written as `/ActualText`); nil for left-to-right text.
  public var actualText: String?

  public init(font: Font, size: Length, color: Color = .black, glyphs: [PlacedGlyph], actualText: String? = nil) {
    self.font = font
    self.size = size
    self.color = color
    self.glyphs = glyphs
    self.width = glyphs.reduce(Length.zero) { $0 + $1.advance }
    self.actualText = actualText
  }
}

/// One glyph on a baseline.
public struct PlacedGlyph: Sendable, Hashable {
  public var id: GlyphID
  /// Distance from the item's origin to this glyph's pen position, along the baseline.
  public var x: Length
  /// HarfBuzz offsets (mark positioning, kerning adjustments); y grows upwards like HarfBuzz's.
  public var xOffset: Length
  public var yOffset: Length
  /// The pen advance after the glyph.
  public var advance: Length
  /// The characters this glyph stands for: a whole cluster on its first glyph ("ffi" on the
  /// ligature), "" on a cluster's later glyphs. The PDF's ToUnicode map is built from this.
  public var text: String

  public init(id: GlyphID, x: Length, xOffset: Length = .zero, yOffset: Length = .zero, advance: Length, text: String) {
    self.id = id; self.x = x; self.xOffset = xOffset; self.yOffset = yOffset; self.advance = advance; self.text = text
  }
}

/// A rectangle or a line.
public struct ShapeItem: Sendable, Hashable {
  public enum Geometry: Sendable, Hashable {
    /// A rectangle of the given size, from the item's position.
    case rect(Size)
    /// A straight line from the item's position to position + `delta`.
    case line(to: Point)
  }
  public var geometry: Geometry
  public var fill: Color?
  public var stroke: Stroke?
  public init(_ geometry: Geometry, fill: Color? = nil, stroke: Stroke? = nil) {
    self.geometry = geometry; self.fill = fill; self.stroke = stroke
  }
}

/// A stroke's colour and thickness.
public struct Stroke: Sendable, Hashable {
  public var color: Color
  public var thickness: Length
  public init(color: Color = .black, thickness: Length = .pt(0.5)) { self.color = color; self.thickness = thickness }
}

/// A raster image placed at a size. The image's pixels are described by `RasterImage`,
/// which layout never inspects beyond its intrinsic size.
public struct ImageItem: Sendable {
  public var image: RasterImage
  public var size: Size
  public init(image: RasterImage, size: Size) { self.image = image; self.size = size }
}

/// An image prepared for output: either a JPEG passed through or decoded 8-bit samples.
/// Identity is the content hash, so the same picture used twice is written once.
public final class RasterImage: Sendable {
  public enum Encoding: Sendable {
    /// Baseline or progressive JPEG bytes, embedded as they are (DCTDecode).
    case jpeg(data: [UInt8], components: Int, invertCMYK: Bool)
    /// Raw 8-bit samples, row-major, `components` per pixel (1 gray, 3 RGB), and optional
    /// 8-bit alpha samples (written as a soft mask).
    case samples(pixels: [UInt8], components: Int, alpha: [UInt8]?)
  }
  public let id: String
  public let pixelWidth: Int
  public let pixelHeight: Int
  public let encoding: Encoding
  public init(id: String, pixelWidth: Int, pixelHeight: Int, encoding: Encoding) {
    self.id = id; self.pixelWidth = pixelWidth; self.pixelHeight = pixelHeight; self.encoding = encoding
  }
}

/// A clickable rectangle.
public struct LinkItem: Sendable, Hashable {
  public enum Target: Sendable, Hashable {
    /// A named destination set by an `.anchor` item anywhere in the document.
    case anchor(String)
    /// An external URI.
    case uri(String)
  }
  public var size: Size
  public var target: Target
  public init(size: Size, target: Target) { self.size = size; self.target = target }
}

/// A page of an imported document drawn into a box (scaled uniformly, rotation applied).
/// Layout knows the page only through this protocol; `PDFRender` supplies the conforming type.
public protocol EmbeddedPage: Sendable {
  /// A stable identity for deduplication, e.g. the source file's hash and page index.
  var identifier: String { get }
  /// The page's visible size after CropBox and /Rotate.
  var displaySize: Size { get }
}

/// An imported page placed in a box.
public struct EmbeddedPageItem: Sendable {
  public var page: any EmbeddedPage
  public var size: Size
  public init(page: any EmbeddedPage, size: Size) { self.page = page; self.size = size }
}

/// A laid-out document: pages of frames plus document-level navigation.
public struct LaidOutDocument: Sendable {
  public var pages: [LaidOutPage]
  /// Bookmarks, in document order; destinations are anchor names placed on the pages.
  public var outline: [OutlineEntry]
  public var metadata: DocumentMetadata

  public init(pages: [LaidOutPage], outline: [OutlineEntry] = [], metadata: DocumentMetadata) {
    self.pages = pages; self.outline = outline; self.metadata = metadata
  }
}

/// One page: its size and content.
public struct LaidOutPage: Sendable {
  public var size: Size
  public var frame: Frame
  /// A page label (`/PageLabels`), e.g. "A-3"; nil to use the page number.
  public var label: String?
  public init(size: Size, frame: Frame, label: String? = nil) { self.size = size; self.frame = frame; self.label = label }
}

/// A bookmark.
public struct OutlineEntry: Sendable, Hashable {
  public var title: String
  public var anchor: String
  public var children: [OutlineEntry]
  public var isOpen: Bool
  public init(title: String, anchor: String, children: [OutlineEntry] = [], isOpen: Bool = false) {
    self.title = title; self.anchor = anchor; self.children = children; self.isOpen = isOpen
  }
}

/// Document information (written to the Info dictionary and XMP).
public struct DocumentMetadata: Sendable, Hashable {
  public var title: String
  public var author: String
  public var subject: String
  public var keywords: [String]
  public var creator: String
  /// BCP 47 language tag of the document's main language, e.g. "en-US".
  public var language: String
  /// The creation instant as seconds since 1970-01-01T00:00:00Z, from `--as-of` or
  /// `SOURCE_DATE_EPOCH`; never the wall clock.
  public var creationDate: Int64

  public init(title: String, author: String = "", subject: String = "", keywords: [String] = [],
              creator: String = "Settle", language: String = "en-US", creationDate: Int64) {
    self.title = title; self.author = author; self.subject = subject; self.keywords = keywords
    self.creator = creator; self.language = language; self.creationDate = creationDate
  }
}
