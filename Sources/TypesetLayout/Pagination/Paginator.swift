import TypesetCore

/// Places flow slices on pages, top to bottom, breaking pages greedily between chains of
/// slices that must stay together.
///
/// Greedy is right here: every constraint (widows and orphans, headings, table headers and
/// totals, keep-together groups) is expressed as glue between slices, and a chain that does not
/// fit on the rest of a page moves whole to the next. A chain taller than a page is split along
/// its weaker bonds first (keep-together, then widow/orphan), so nothing is ever lost.
/// Linear in the number of slices.
struct Paginator {
  /// Where the current section's content area is, in page coordinates.
  private(set) var contentRect: Rect
  private(set) var pageSize: Size

  /// Pagination's output: page frames (body only) and where markers landed.
  struct Result {
    var pages: [Frame] = []
    /// Anchor name → 0-based page index, first placement wins.
    var anchors: [String: Int] = [:]
    /// Outline markers in document order with their 0-based page index.
    var outline: [(marker: OutlineMarker, page: Int)] = []
    /// Page-label changes in document order: from `page` on, `style` applies.
    var labelChanges: [(page: Int, style: PageLabelStyle?)] = []
    var warnings: [LayoutWarning] = []
    /// The 0-based page each content or marker slice landed on (0 for page breaks and imported pages).
    var slicePages: [Int] = []
    /// The section (index into the sections given to `paginate`) each page belongs to.
    var pageSections: [Int] = []
  }

  private var slices: [FlowSlice] = []
  private var result = Result()
  private var current: Frame
  private var y = Length.zero
  private var hasContent = false
  private var pendingMarkers: [FlowMarker] = []

  init(contentRect: Rect, pageSize: Size) {
    self.contentRect = contentRect
    self.pageSize = pageSize
    self.current = Frame(size: pageSize)
  }

  /// Lays `slices` out on as many pages as they need (at least one).
  mutating func paginate(_ slices: [FlowSlice]) -> Result {
    paginate([Section(contentRect: contentRect, pageSize: pageSize, slices: slices)])
  }

  /// Slices under one page template.
  struct Section {
    var contentRect: Rect
    var pageSize: Size
    var slices: [FlowSlice]
  }

  /// Lays sections out one after the other; each section after the first starts a new page
  /// (unless nothing is on the current one) with its own page size and content area.
  /// `Result.slicePages` covers all sections' slices in order.
  mutating func paginate(_ sections: [Section]) -> Result {
    for (index, section) in sections.enumerated() {
      if index > 0 && hasContent { newPage() }
      sectionIndex = index
      contentRect = section.contentRect
      pageSize = section.pageSize
      if !hasContent { current = Frame(size: pageSize) }
      slices = section.slices
      slicePageBase = result.slicePages.count
      result.slicePages += [Int](repeating: result.pages.count, count: slices.count)
      place(0..<slices.count, threshold: FlowSlice.Glue.weak)
    }
    if !pendingMarkers.isEmpty { flushMarkers() }
    if hasContent || !current.items.isEmpty || result.pages.isEmpty {
      result.pages.append(current)
      result.pageSections.append(sectionIndex)
    }
    return result
  }

  private var sectionIndex = 0
  private var slicePageBase = 0

  private var contentHeight: Length { contentRect.size.height }

  /// Whether space before the next slice is dropped: at the top of every page but the first
  /// (space at the very top of the document is deliberate, e.g. to reach an envelope window).
  private var dropsSpace: Bool { !hasContent && !result.pages.isEmpty }

  /// Places the slices in `range`, chaining those bound by glue ≥ `threshold`.
  private mutating func place(_ range: Range<Int>, threshold: Int) {
    var i = range.lowerBound
    while i < range.upperBound {
      var j = i + 1
      if slices[i].isFlowContent {
        while j < range.upperBound && slices[j].glue >= threshold && slices[j].isFlowContent { j += 1 }
      }
      let chain = i..<j
      switch slices[i].content {
      case .pageBreak:
        if hasContent { newPage() }
      case .embeddedPage(let block):
        placeEmbeddedPage(block)
      case .marker, .frame:
        placeChain(chain, threshold: threshold)
      }
      i = j
    }
  }

  private mutating func placeChain(_ chain: Range<Int>, threshold: Int) {
    let needed = height(of: chain, atTop: !hasContent, dropsSpace: dropsSpace)
    if y + needed <= contentHeight {
      for k in chain { placeSlice(k) }
      return
    }
    let fresh = height(of: chain, atTop: true, dropsSpace: true)
    if fresh > contentHeight && chain.count > 1 && threshold < FlowSlice.Glue.marker {
      place(chain, threshold: threshold + 1)  // too tall for any page: split it, starting here
      return
    }
    // Move on when that helps: the page has content, or space at its top would be dropped.
    if hasContent || needed > fresh { newPage() }
    for k in chain { placeSlice(k) }
  }

  /// The chain's height, counting a repeated table header when it would start a page.
  private func height(of chain: Range<Int>, atTop: Bool, dropsSpace: Bool) -> Length {
    var total = Length.zero
    var first = true
    for k in chain {
      let slice = slices[k]
      guard case .frame(let frame) = slice.content else { continue }
      if first && atTop, let header = slice.repeatedHeader { total += header.height }
      if !(first && dropsSpace) { total += slice.spaceBefore }
      first = false
      total += frame.size.height
    }
    return total
  }

  private mutating func placeSlice(_ k: Int) {
    defer { result.slicePages[slicePageBase + k] = result.pages.count }
    let slice = slices[k]
    switch slice.content {
    case .marker(let marker):
      pendingMarkers.append(marker)
    case .frame(let frame):
      if hasContent && y + slice.spaceBefore + frame.size.height > contentHeight {
        newPage()  // only when a chain had to be split at every bond
      }
      if !dropsSpace { y += slice.spaceBefore }
      if !hasContent, let header = slice.repeatedHeader {
        current.push(contentsOf: header.frame, at: Point(x: contentRect.minX, y: contentRect.minY + y))
        y += header.height
      }
      if frame.size.height > contentHeight {
        result.warnings.append(
          LayoutWarning(
            kind: .blockTallerThanPage(height: frame.size.height),
            location: slice.location.text, page: result.pages.count + 1))
      }
      flushMarkers()
      let at = Point(x: contentRect.minX, y: contentRect.minY + y)
      if slice.isGroup { current.push(group: frame, at: at) } else { current.push(contentsOf: frame, at: at) }
      y += frame.size.height
      hasContent = true
    case .pageBreak, .embeddedPage:
      break  // handled by `place`
    }
  }

  /// Draws an imported page into the rest of the content area; what follows starts a new page.
  private mutating func placeEmbeddedPage(_ block: EmbeddedPageBlock) {
    let minimum = contentHeight.scaled(by: Int64(min(max(block.minimumHeightPercent, 0), 100)), over: 100)
    if hasContent && contentHeight - y < minimum { newPage() }
    let top = hasContent ? y : .zero
    let box = Size(width: contentRect.size.width, height: contentHeight - top)
    let size = Paginator.fit(block.page.displaySize, in: box)
    let origin = Point(
      x: contentRect.minX + Length(microPoints: (box.width - size.width).microPoints / 2),
      y: contentRect.minY + top)
    y = top
    flushMarkers()
    current.push(.embeddedPage(EmbeddedPageItem(page: block.page, size: size)), at: origin)
    if let border = block.border {
      current.push(.shape(ShapeItem(.rect(size), stroke: border)), at: origin)
    }
    hasContent = true
    y = contentHeight
  }

  /// `size` scaled uniformly to fit `box` (computed in milli-points so products stay in range).
  static func fit(_ size: Size, in box: Size) -> Size {
    let w = size.width.microPoints / 1000
    let h = size.height.microPoints / 1000
    let bw = box.width.microPoints / 1000
    let bh = box.height.microPoints / 1000
    guard w > 0, h > 0, bw > 0, bh > 0 else { return .zero }
    if w * bh <= h * bw {  // height-limited
      return Size(width: Length(microPoints: Length.roundedDivision(w * bh, h) * 1000), height: box.height)
    }
    return Size(width: box.width, height: Length(microPoints: Length.roundedDivision(h * bw, w) * 1000))
  }

  private mutating func flushMarkers() {
    let page = result.pages.count
    let at = Point(x: contentRect.minX, y: contentRect.minY + y)
    for marker in pendingMarkers {
      switch marker {
      case .anchor(let name):
        current.push(.anchor(name), at: at)
        if result.anchors[name] == nil { result.anchors[name] = page }
      case .outline(let entry):
        current.push(.anchor(entry.anchor), at: at)
        if result.anchors[entry.anchor] == nil { result.anchors[entry.anchor] = page }
        result.outline.append((entry, page))
      case .pageLabels(let style):
        result.labelChanges.append((page, style))
      }
    }
    pendingMarkers.removeAll()
  }

  private mutating func newPage() {
    result.pages.append(current)
    result.pageSections.append(sectionIndex)
    current = Frame(size: pageSize)
    y = .zero
    hasContent = false
  }
}

extension FlowSlice {
  /// Whether the slice flows with its neighbours (content and markers, not instructions).
  var isFlowContent: Bool {
    switch content {
    case .frame, .marker: return true
    case .pageBreak, .embeddedPage: return false
    }
  }
}
