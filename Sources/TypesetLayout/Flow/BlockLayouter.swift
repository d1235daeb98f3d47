import TypesetCore
import TypesetText

/// Turns blocks into flow slices for a given content width.
struct BlockLayouter {
  let cache: ShapingCache
  /// The content width.
  let width: Length
  /// The content height of a page, to tell rows taller than a page.
  let pageHeight: Length

  /// The slices of `blocks`, with spacing and glue between them resolved.
  /// - Parameter path: names the blocks in warnings ("block", "header block").
  func slices(for blocks: [Block], path: String, warnings: inout [LayoutWarning]) -> [FlowSlice] {
    slices(for: blocks, numbers: blocks.indices.map { $0 + 1 }, path: path, warnings: &warnings)
  }

  /// The slices of `blocks`, named in warnings by `numbers` (1-based positions in the document).
  func slices(for blocks: [Block], numbers: [Int], path: String, warnings: inout [LayoutWarning]) -> [FlowSlice] {
    var out: [FlowSlice] = []
    var pendingSpace = Length.zero  // space after the previous block
    var holdsToPrevious = false  // the previous block keeps with this one
    for (index, block) in blocks.enumerated() {
      let location = "\(path) \(index < numbers.count ? numbers[index] : index + 1)"
      var part = slices(for: block, location: location, warnings: &warnings)
      if let first = part.firstIndex(where: \.isContent) {
        part[first].spaceBefore += pendingSpace
        pendingSpace = .zero
      }
      if holdsToPrevious, !part.isEmpty { part[0].glue = max(part[0].glue, FlowSlice.Glue.weak) }
      switch block {
      case .paragraph(let p):
        pendingSpace += p.style.spaceAfter
        holdsToPrevious = p.style.keepsWithNext
      case .table(let t):
        pendingSpace += t.style.spaceAfter
        holdsToPrevious = false
      case .rule(let r):
        pendingSpace += r.spaceAfter
        holdsToPrevious = false
      case .image(let i):
        pendingSpace += i.spaceAfter
        holdsToPrevious = false
      case .keepTogether(let inner):
        // A group ending in a heading keeps with what follows, like the heading would.
        if case .paragraph(let p) = inner.last {
          holdsToPrevious = p.style.keepsWithNext
        } else {
          holdsToPrevious = false
        }
      case .anchor, .outlineEntry, .pageLabels: break  // markers pass the previous block's intent on
      case .spacer(let height): pendingSpace += max(height, .zero)
      case .drawing, .embeddedPage, .pageBreak, .pageTemplate: holdsToPrevious = false
      }
      out += part
    }
    // A marker and the next content are never separated.
    for i in out.indices.dropFirst() where out[i - 1].isMarker { out[i].glue = FlowSlice.Glue.marker }
    return out
  }

  /// The slices of one block.
  func slices(for block: Block, location: String, warnings: inout [LayoutWarning]) -> [FlowSlice] {
    switch block {
    case .paragraph(let paragraph):
      return paragraphSlices(paragraph, location: location, warnings: &warnings)
    case .table(let table):
      let key =
        cache.remembersAcrossPasses
        ? RepeatedLayoutKey(table: table, location: location, width: width, pageHeight: pageHeight) : nil
      if let key, let earlier = cache.tableSlices(key) {
        warnings += earlier.warnings
        return earlier.slices
      }
      let layouter = TableLayouter(cache: cache, width: width, pageHeight: pageHeight)
      var own: [LayoutWarning] = []
      let made = layouter.slices(for: table, location: location, warnings: &own)
      warnings += own
      if let key { cache.rememberTableSlices(ShapingCache.TableSlices(slices: made, warnings: own), for: key) }
      return made
    case .spacer:
      return []  // becomes space before the next block (see `slices(for:path:warnings:)`)
    case .rule(let rule):
      var frame = Frame(size: Size(width: width, height: rule.stroke.thickness))
      let middle = Length(microPoints: rule.stroke.thickness.microPoints / 2)
      frame.push(
        .shape(ShapeItem(.line(to: Point(x: width, y: .zero)), stroke: rule.stroke)),
        at: Point(x: .zero, y: middle))
      return [FlowSlice(content: .frame(frame), spaceBefore: rule.spaceBefore, location: FlowLocation(location))]
    case .image(let image):
      return [imageSlice(image, location: location)]
    case .drawing(let frame):
      return [FlowSlice(content: .frame(frame), location: FlowLocation(location))]
    case .embeddedPage(let page):
      return [FlowSlice(content: .embeddedPage(page), location: FlowLocation(location))]
    case .pageBreak:
      return [FlowSlice(content: .pageBreak, location: FlowLocation(location))]
    case .pageTemplate:
      // Only top-level switches change templates (see `DocumentLayouter`); nested ones break the page.
      return [FlowSlice(content: .pageBreak, location: FlowLocation(location))]
    case .keepTogether(let blocks):
      var inner = slices(for: blocks, path: location + ", block", warnings: &warnings)
      for i in inner.indices.dropFirst() { inner[i].glue = max(inner[i].glue, FlowSlice.Glue.weak) }
      return inner
    case .anchor(let name):
      return [FlowSlice(content: .marker(.anchor(name)), location: FlowLocation(location))]
    case .outlineEntry(let marker):
      return [FlowSlice(content: .marker(.outline(marker)), location: FlowLocation(location))]
    case .pageLabels(let style):
      return [FlowSlice(content: .marker(.pageLabels(style)), location: FlowLocation(location))]
    }
  }

  /// One slice per line; widows and orphans (a single line alone on a page) are prevented by
  /// gluing the first two and the last two lines.
  private func paragraphSlices(_ paragraph: Paragraph, location: String, warnings: inout [LayoutWarning]) -> [FlowSlice]
  {
    let set = setParagraph(paragraph, location: location)
    warnings += set.warnings
    var out: [FlowSlice] = []
    out.reserveCapacity(set.lines.count + 1)
    if let anchor = paragraph.anchor {
      out.append(FlowSlice(content: .marker(.anchor(anchor)), location: FlowLocation(location)))
    }
    let count = set.lines.count
    for (i, line) in set.lines.enumerated() {
      var slice = FlowSlice(content: .frame(line.frame), location: FlowLocation(location))
      if i == 0 {
        slice.spaceBefore = paragraph.style.spaceBefore
        if paragraph.anchor != nil { slice.glue = FlowSlice.Glue.marker }
      } else if i < ParagraphLayouter.minimumLinesAtBreak || count - i < ParagraphLayouter.minimumLinesAtBreak {
        slice.glue = FlowSlice.Glue.strong
      }
      out.append(slice)
    }
    return out
  }

  /// `paragraph` set into lines, or the lines an earlier pass of the same layout call (or another
  /// document sharing the cache's memo) set it into, with its warnings moved to `location`.
  private func setParagraph(_ paragraph: Paragraph, location: String) -> SetParagraph {
    let layouter = ParagraphLayouter(cache: cache)
    guard cache.keysParagraphs else {
      return layouter.layout(
        paragraph.spans, style: paragraph.style, width: width, link: paragraph.link, location: location)
    }
    let key = RepeatedLayoutKey(paragraph: paragraph, width: width)
    if var earlier = cache.setParagraph(key) {
      for i in earlier.warnings.indices { earlier.warnings[i].location = location }
      return earlier
    }
    let set = layouter.layout(
      paragraph.spans, style: paragraph.style, width: width, link: paragraph.link, location: location)
    cache.rememberSetParagraph(set, for: key)
    return set
  }

  private func imageSlice(_ block: ImageBlock, location: String) -> FlowSlice {
    let w = min(max(block.width, .zero), width)
    let h =
      block.image.pixelWidth > 0
      ? w.scaled(by: Int64(max(block.image.pixelHeight, 0)), over: Int64(block.image.pixelWidth)) : .zero
    var frame = Frame(size: Size(width: width, height: h))
    let x: Length
    switch block.placement {
    case .left: x = .zero
    case .center: x = Length(microPoints: (width - w).microPoints / 2)
    case .right: x = width - w
    }
    frame.push(.image(ImageItem(image: block.image, size: Size(width: w, height: h))), at: Point(x: x, y: .zero))
    return FlowSlice(content: .frame(frame), spaceBefore: block.spaceBefore, location: FlowLocation(location))
  }
}

extension ParagraphLayouter {
  /// Lines kept together at each side of a page break inside a paragraph: 2, so a page never
  /// starts with a paragraph's last line (widow) or ends with its first line (orphan).
  static let minimumLinesAtBreak = 2
}

extension FlowSlice {
  var isMarker: Bool { if case .marker = content { return true } else { return false } }
  var isContent: Bool { !isMarker }
}
