import TypesetCore
import TypesetText

/// Lays out documents: body blocks onto pages, then running headers and footers with the page
/// count known, the outline from where its markers landed, and forward references by repeating
/// the layout until page numbers settle.
///
/// A layouter is a value holding the fonts; it may be shared between threads. Each call keeps
/// its own shaping cache, so repeated strings (table cells) are shaped once per call.
public struct DocumentLayouter: Sendable {
  /// The fonts every text is shaped with (fallback chains per style).
  public let fontBook: FontBook
  /// Set paragraphs shared with other documents laid out with this memo (a batch), or nil.
  public let memo: LayoutMemo?
  private let shaper: Shaper

  /// The default cap on layout passes for forward references (Typst uses 5; statements and
  /// exhibit indexes settle in 2, and a third pass covers a page count that grew a digit).
  public static let defaultMaximumPasses = 3

  /// A layouter over `fontBook`; with `memo`, paragraphs that other documents using the same
  /// memo already set are reused (the output is the same either way).
  public init(fontBook: FontBook, memo: LayoutMemo? = nil) {
    self.fontBook = fontBook
    self.memo = memo
    self.shaper = Shaper(fontBook: fontBook)
  }

  /// Lays out `document` in one pass (headers and footers still see the page count).
  public func layout(_ document: Document) -> LayoutResult {
    let cache = ShapingCache(shaper: shaper, fontBook: fontBook, memo: memo)
    var result = run(document, cache: cache)
    result.passCount = 1
    return result
  }

  /// Lays out a document whose content depends on where anchors land (an exhibit index that
  /// prints start pages, "continued on page 7").
  ///
  /// The first pass gets `PageReferences.unknown`; each later pass gets the anchors' pages from
  /// the pass before. Stops when a pass finds the references it was given, or after
  /// `maximumPasses`, warning `referencesDidNotConverge`. A paragraph equal to one set before in
  /// this call (same spans, style, link and width), and a table equal to one at the same place
  /// (same width and page height), reuse the lines or slices set then instead of being set again:
  /// only the parts that print references change between passes, and running headers repeat.
  public func layout(
    maximumPasses: Int = DocumentLayouter.defaultMaximumPasses,
    _ makeDocument: (PageReferences) -> Document
  ) -> LayoutResult {
    let cache = ShapingCache(shaper: shaper, fontBook: fontBook, remembersAcrossPasses: true, memo: memo)
    var references = PageReferences.unknown
    var result = LayoutResult(
      document: LaidOutDocument(pages: [], metadata: DocumentMetadata(title: "", creationDate: 0)))
    let passes = max(1, maximumPasses)
    for pass in 1...passes {
      result = run(makeDocument(references), cache: cache)
      result.passCount = pass
      if result.references == references { return result }
      references = result.references
    }
    result.warnings.append(LayoutWarning(kind: .referencesDidNotConverge(passes: passes), location: "document"))
    return result
  }

  /// Sets `blocks` one below the other into a frame `width` wide, without pages (page breaks and
  /// imported pages are ignored; anchors are kept as items but not registered): labels for a
  /// `.drawing`, a box whose height must be known before placing it.
  /// - Returns: the frame (as tall as its content) and any warnings.
  public func makeFrame(_ blocks: [Block], width: Length) -> (frame: Frame, warnings: [LayoutWarning]) {
    let cache = ShapingCache(shaper: shaper, fontBook: fontBook, memo: memo)
    let stacker = BlockLayouter(cache: cache, width: width, pageHeight: Length.pt(1_000_000))
    var warnings: [LayoutWarning] = []
    let frame = stacker.stack(blocks, path: "block", page: nil, warnings: &warnings)
    return (frame, warnings)
  }

  /// One full pass: body, pagination, labels, running content, outline.
  private func run(_ document: Document, cache: ShapingCache) -> LayoutResult {
    var warnings: [LayoutWarning] = []

    // Sections: the blocks between `.pageTemplate` switches, each with its template.
    var templates = [document.template]
    var sectionBlocks: [[(index: Int, block: Block)]] = [[]]
    for (index, block) in document.blocks.enumerated() {
      if case .pageTemplate(let template) = block {
        templates.append(template)
        sectionBlocks.append([])
      } else {
        sectionBlocks[sectionBlocks.count - 1].append((index, block))
      }
    }
    var sections: [Paginator.Section] = []
    var slices: [FlowSlice] = []
    for (template, blocks) in zip(templates, sectionBlocks) {
      let content = template.contentRect
      let body = BlockLayouter(cache: cache, width: content.size.width, pageHeight: content.size.height)
      let part = body.slices(
        for: blocks.map(\.block), numbers: blocks.map { $0.index + 1 }, path: "block",
        warnings: &warnings)
      sections.append(Paginator.Section(contentRect: content, pageSize: template.size.size, slices: part))
      slices += part
    }
    var paginator = Paginator(contentRect: document.template.contentRect, pageSize: document.template.size.size)
    let paginated = paginator.paginate(sections)
    if !warnings.isEmpty {
      // Tell each warning from the blocks which page its block landed on.
      let pageOf = DocumentLayouter.firstPages(
        of: Set(warnings.map(\.location)), slices: slices, pages: paginated.slicePages)
      for i in warnings.indices where warnings[i].page == nil { warnings[i].page = pageOf[warnings[i].location] }
    }
    warnings += paginated.warnings
    let pageCount = paginated.pages.count

    // Page labels: each change applies from its page on.
    var labels = [String?](repeating: nil, count: pageCount)
    var changes = paginated.labelChanges[...]
    var style: (start: Int, value: PageLabelStyle)? = nil
    for page in 0..<pageCount {
      while let change = changes.first, change.page <= page {
        style = change.style.map { (page, $0) }
        changes = changes.dropFirst()
      }
      if let style { labels[page] = style.value.prefix + String(style.value.firstNumber + page - style.start) }
    }

    // Section titles: the last top-level outline entry on or before each page.
    var titles = [String?](repeating: nil, count: pageCount)
    var entries = paginated.outline[...]
    var section: String? = nil
    for page in 0..<pageCount {
      while let entry = entries.first, entry.page <= page {
        if entry.marker.level == 0 { section = entry.marker.title }
        entries = entries.dropFirst()
      }
      titles[page] = section
    }

    // Running header and footer, now that the page count is known.
    var pages: [LaidOutPage] = []
    pages.reserveCapacity(pageCount)
    let runners = templates.map {
      BlockLayouter(cache: cache, width: $0.contentRect.size.width, pageHeight: $0.size.height)
    }
    for (index, frame) in paginated.pages.enumerated() {
      var page = frame
      let section = index < paginated.pageSections.count ? paginated.pageSections[index] : 0
      let template = templates[section]
      let content = template.contentRect
      let context = PageContext(
        pageNumber: index + 1, pageCount: pageCount, pageLabel: labels[index],
        sectionTitle: titles[index])
      if let header = template.header {
        let stack = runners[section].stack(header(context), path: "header block", page: index + 1, warnings: &warnings)
        page.push(contentsOf: stack, at: Point(x: content.minX, y: template.headerTop))
      }
      if let footer = template.footer {
        let stack = runners[section].stack(footer(context), path: "footer block", page: index + 1, warnings: &warnings)
        page.push(
          contentsOf: stack,
          at: Point(x: content.minX, y: template.size.height - template.footerBottom - stack.size.height))
      }
      pages.append(LaidOutPage(size: template.size.size, frame: page, label: labels[index]))
    }

    var referencePages: [String: Int] = [:]
    var referenceLabels: [String: String] = [:]
    for (name, page) in paginated.anchors {
      referencePages[name] = page + 1
      if let label = labels[page] { referenceLabels[name] = label }
    }
    let outline = DocumentLayouter.outlineTree(paginated.outline.map(\.marker))
    return LayoutResult(
      document: LaidOutDocument(pages: pages, outline: outline, metadata: document.metadata),
      warnings: warnings,
      references: PageReferences(pages: referencePages, labels: referenceLabels, pageCount: pageCount))
  }

  /// The 1-based page of the first slice whose location reads as each of `wanted`.
  ///
  /// A large table has a slice per row and often a warning per row (a reference wider than its
  /// column), so a row's location text is made only when its block, part and row number appear
  /// among the wanted texts ("block 4 (table), body row 17" → "block 4 (table), body" and 17).
  static func firstPages(of wanted: Set<String>, slices: [FlowSlice], pages: [Int]) -> [String: Int] {
    var rowsByPrefix: [String: Set<Int>] = [:]
    for text in wanted {
      guard let (prefix, row) = splitRow(text) else { continue }
      rowsByPrefix[prefix, default: []].insert(row)
    }
    var pageOf: [String: Int] = [:]
    var last: (block: String, part: String, rows: Set<Int>?)? = nil
    for k in 0..<min(slices.count, pages.count) {
      let location = slices[k].location  // not the whole slice: copying its frame costs more
      let page = pages[k]
      if let row = location.row {
        let part = row.part.description
        if last?.block != location.block || last?.part != part {
          last = (location.block, part, rowsByPrefix[location.block + " (table), " + part])
        }
        guard last?.rows?.contains(row.number) == true else { continue }
      }
      let text = location.text
      if wanted.contains(text) && pageOf[text] == nil { pageOf[text] = page + 1 }
    }
    return pageOf
  }

  /// "block 4 (table), body row 17" as ("block 4 (table), body", 17): the text before a final
  /// " row " followed by 1 to 18 decimal digits; nil for any other text.
  static func splitRow(_ text: String) -> (prefix: String, row: Int)? {
    let bytes = Array(text.utf8)
    var start = bytes.count
    while start > 0 && bytes[start - 1] >= 0x30 && bytes[start - 1] <= 0x39 { start -= 1 }
    let digits = bytes.count - start
    guard digits > 0, digits <= 18, start >= 5, bytes[(start - 5)..<start].elementsEqual(" row ".utf8) else { return nil }
    let row = bytes[start...].reduce(0) { $0 * 10 + Int($1 - 0x30) }
    return (String(decoding: bytes[..<(start - 5)], as: UTF8.self), row)
  }

  /// Nests flat markers by level: an entry becomes a child of the nearest earlier entry with a
  /// smaller level.
  static func outlineTree(_ markers: [OutlineMarker]) -> [OutlineEntry] {
    struct Node {
      var entry: OutlineEntry
      var level: Int
    }
    var roots: [OutlineEntry] = []
    var stack: [Node] = []
    func close(downTo level: Int) {
      while let last = stack.last, last.level >= level {
        stack.removeLast()
        if stack.isEmpty { roots.append(last.entry) } else { stack[stack.count - 1].entry.children.append(last.entry) }
      }
    }
    for marker in markers {
      close(downTo: marker.level)
      stack.append(
        Node(
          entry: OutlineEntry(title: marker.title, anchor: marker.anchor, isOpen: marker.isOpen),
          level: marker.level))
    }
    close(downTo: Int.min)
    return roots
  }
}

/// What a layout produced.
public struct LayoutResult: Sendable {
  /// The pages, outline and metadata, ready for `PDFRender`.
  public var document: LaidOutDocument
  /// Problems layout worked around, in document order.
  public var warnings: [LayoutWarning]
  /// Where anchors landed (and the page count): what a further pass would be given.
  public var references: PageReferences
  /// How many layout passes ran (1 for a document without forward references).
  public var passCount: Int

  public init(
    document: LaidOutDocument, warnings: [LayoutWarning] = [], references: PageReferences = .unknown,
    passCount: Int = 1
  ) {
    self.document = document
    self.warnings = warnings
    self.references = references
    self.passCount = passCount
  }
}

extension BlockLayouter {
  /// Stacks blocks into one frame without page breaks (running headers and footers): space at
  /// the top is dropped, page breaks and imported pages are ignored, markers become anchors.
  func stack(_ blocks: [Block], path: String, page: Int?, warnings: inout [LayoutWarning]) -> Frame {
    var local: [LayoutWarning] = []
    let slices = slices(for: blocks, path: path, warnings: &local)
    for warning in local {
      var w = warning
      w.page = page
      warnings.append(w)
    }
    var frame = Frame(size: Size(width: width, height: .zero))
    var y = Length.zero
    var started = false
    for slice in slices {
      switch slice.content {
      case .frame(let content):
        if started { y += slice.spaceBefore }
        frame.push(contentsOf: content, at: Point(x: .zero, y: y))
        y += content.size.height
        started = true
      case .marker(.anchor(let name)):
        frame.push(.anchor(name), at: Point(x: .zero, y: y))
      case .marker, .pageBreak, .embeddedPage:
        break
      }
    }
    frame.size.height = y
    return frame
  }
}
