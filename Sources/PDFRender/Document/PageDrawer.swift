import PDFWriter
import TypesetCore
import TypesetLayout
import TypesetText

/// A link annotation found while drawing a page: its rectangle in PDF user space and its target.
struct PageLink: Sendable {
  var rect: [PDFNumber]
  var target: LinkItem.Target
}

/// A page's content stream as it goes into the file, and the links found while drawing it.
struct PageContent: Sendable {
  /// The stream's bytes: Flate-compressed when `isCompressed`, else as drawn.
  var stream: [UInt8]
  var isCompressed: Bool
  var links: [PageLink]
}

/// Turns page frames into content streams. It holds only values (fonts as `DrawingFont`s, the
/// scan's font and image numbering), so pages are drawn on any thread with the same result.
struct PageDrawer: Sendable {
  let fonts: [DrawingFont]
  /// The scan's font numbering (`DocumentScan.fontIndexes`): index into `fonts`.
  let fontIndexes: [Font: Int]
  /// The scan's image numbering: `Im1` is index 0.
  let imageIndexes: [String: Int]
  /// Whether glyph codes are written as binary strings (compressed output) rather than hex.
  let writesBinaryStrings: Bool

  /// Draws `frame` (offset by `offset`) into `builder`, collecting links; `embeddedPage` gives
  /// the content bytes of an imported page at a position.
  func draw(
    _ frame: Frame, offset: Point, into builder: inout PageContentBuilder, links: inout [PageLink],
    pageHeight: Length, embeddedPage: (EmbeddedPageItem, Point) -> [UInt8]
  ) {
    var lastFont: (font: Font, index: Int)?
    for positioned in frame.items {
      let position = positioned.position + offset
      switch positioned.item {
      case .group(let inner):
        draw(inner, offset: position, into: &builder, links: &links, pageHeight: pageHeight, embeddedPage: embeddedPage)
      case .text(let text):
        let index: Int
        if let last = lastFont, last.font === text.font {
          index = last.index
        } else {
          guard let known = fontIndexes[text.font] else { continue }
          index = known
          lastFont = (text.font, known)
        }
        builder.drawText(text, at: position, font: fonts[index], fontIndex: index)
      case .shape(let shape):
        builder.drawShape(shape, at: position)
      case .image(let image):
        guard let index = imageIndexes[image.image.id] else { continue }
        builder.drawXObject("Im\(index + 1)", at: position, size: image.size)
      case .link(let link):
        let x0 = position.x.microPoints, x1 = x0 + link.size.width.microPoints
        let y1 = pageHeight.microPoints - position.y.microPoints, y0 = y1 - link.size.height.microPoints
        links.append(PageLink(rect: [x0, y0, x1, y1].map { PageContentBuilder.position($0) }, target: link.target))
      case .embeddedPage(let item):
        builder.appendRaw(embeddedPage(item, position))
      case .anchor:
        // Anchors become named destinations.
        break
      }
    }
  }

  /// Draws a whole page; `compressor` (nil for uncompressed files) compresses the stream when
  /// that makes it smaller, exactly as `PDFFileWriter.writeStream` with `.automatic` would.
  func content(
    of page: LaidOutPage, compressor: FlateCompressor?, embeddedPage: (EmbeddedPageItem, Point) -> [UInt8]
  ) -> PageContent {
    var builder = PageContentBuilder(pageHeight: page.size.height, writesBinaryStrings: writesBinaryStrings)
    var links: [PageLink] = []
    draw(page.frame, offset: .zero, into: &builder, links: &links, pageHeight: page.size.height, embeddedPage: embeddedPage)
    builder.endText()
    let bytes = builder.content.bytes
    if let compressor, let compressed = compressor.compress(bytes) ?? Flate.compress(bytes, level: compressor.level),
      compressed.count < bytes.count
    {
      return PageContent(stream: compressed, isCompressed: true, links: links)
    }
    return PageContent(stream: bytes, isCompressed: false, links: links)
  }

  /// The contents of `pages`, drawn and compressed on up to `ParallelWork.width` threads; nil for
  /// the pages in `skipped` (pages with imported pages: importing writes objects, so the writer
  /// draws those itself, in order).
  /// - Parameters:
  ///   - compressionLevel: the zlib level, or nil for an uncompressed file.
  ///   - isParallel: false to draw every page on this thread (tests compare both ways).
  func contents(
    of pages: [LaidOutPage], skipping skipped: Set<Int>, compressionLevel: Int32?, isParallel: Bool = true
  ) -> [PageContent?] {
    // A few pages per piece: drawing and compressing a page takes about 0.1–1 ms.
    let ranges = ParallelWork.ranges(of: pages.count, minimumSize: isParallel ? 4 : Int.max)
    let pieces = ParallelWork.map(ranges.count) { piece -> [PageContent?] in
      let compressor = compressionLevel.map { FlateCompressor(level: $0) }
      return ranges[piece].map { index -> PageContent? in
        guard !skipped.contains(index) else { return nil }
        return content(of: pages[index], compressor: compressor) { _, _ in [] }
      }
    }
    return pieces.flatMap { $0 }
  }
}
