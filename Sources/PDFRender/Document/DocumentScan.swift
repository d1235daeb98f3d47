import TypesetCore
import TypesetLayout
import TypesetText

/// The first pass over the frames: which fonts and glyphs, images and anchors the document uses,
/// and what it links to. Everything is recorded in document order.
struct DocumentScan {
  /// Where an anchor points: a page and a point in that page's frame coordinates.
  struct AnchorTarget {
    var page: Int
    var position: Point
  }

  private(set) var fonts: [FontUsage] = []
  private var fontIndexByFont: [Font: Int] = [:]
  private(set) var images: [(image: RasterImage, page: Int)] = []
  private(set) var imageIndexByID: [String: Int] = [:]
  /// Named destinations, first definition wins.
  private(set) var anchors: [String: AnchorTarget] = [:]
  /// `(font index, page)` of text items showing glyph 0 (.notdef), once per pair, in document order.
  private(set) var notdefUses: [(font: Int, page: Int)] = []
  /// Anchor names used by links, in document order.
  private(set) var linkedAnchors: [String] = []
  /// The pages (0-based) that draw imported pages.
  private(set) var pagesWithEmbeddedPages: Set<Int> = []
  private var lastFont: (font: Font, index: Int)?

  init(_ document: LaidOutDocument) throws(PDFRenderError) {
    for (index, page) in document.pages.enumerated() {
      try scan(page.frame, offset: .zero, page: index)
    }
  }

  /// The usage index of `font`, registering it on first use.
  mutating func fontIndex(_ font: Font) -> Int {
    if let last = lastFont, last.font === font { return last.index }
    let index: Int
    if let known = fontIndexByFont[font] {
      index = known
    } else {
      index = fonts.count
      fonts.append(FontUsage(font: font, resourceName: "F\(index + 1)"))
      fontIndexByFont[font] = index
    }
    lastFont = (font, index)
    return index
  }

  /// The index of an already scanned font.
  func knownFontIndex(_ font: Font) -> Int? { fontIndexByFont[font] }

  /// Every scanned font's index into `fonts`.
  var fontIndexes: [Font: Int] { fontIndexByFont }

  private mutating func scan(_ frame: Frame, offset: Point, page: Int) throws(PDFRenderError) {
    for positioned in frame.items {
      let position = positioned.position + offset
      switch positioned.item {
      case .group(let inner):
        try scan(inner, offset: position, page: page)
      case .text(let text):
        let index = fontIndex(text.font)
        fonts[index].record(text.glyphs, isRightToLeft: text.actualText != nil)
        if text.glyphs.contains(where: { $0.id == 0 }), !notdefUses.contains(where: { $0.font == index && $0.page == page }) {
          notdefUses.append((index, page))
        }
      case .shape:
        break
      case .image(let item):
        if imageIndexByID[item.image.id] == nil {
          try ImageEncoder.validate(item.image)
          imageIndexByID[item.image.id] = images.count
          images.append((item.image, page))
        }
      case .link(let link):
        if case .anchor(let name) = link.target { linkedAnchors.append(name) }
      case .anchor(let name):
        if anchors[name] == nil { anchors[name] = AnchorTarget(page: page, position: position) }
      case .embeddedPage(let item):
        pagesWithEmbeddedPages.insert(page)
        if !ImportWriter.supports(item.page) {
          throw .unsupported("embedded pages other than ImportedPage and ImportedImage")
        }
      }
    }
  }
}
