import SettleModel
import Typeset

/// One file of a packet split into volumes.
public struct PacketVolume: Sendable {
  /// The 1-based volume number.
  public var number: Int
  /// The packet pages this volume holds (physical page numbers of the whole packet).
  public var pages: ClosedRange<Int>
  /// The PDF bytes.
  public var bytes: [UInt8]
}

/// The rendered packet: its layout and its PDF bytes.
public struct RenderedPacket: Sendable {
  /// The laid-out pages (for volumes and per-exhibit files).
  public var layout: LaidOutDocument
  /// Where every anchor landed.
  public var references: PageReferences
  /// The whole packet as one PDF.
  public var bytes: [UInt8]
  /// The standard the bytes claim (`.none` when written with `allowsNonPDFA`).
  public var conformance: PDFConformance
  /// The problems that kept the packet from PDF/A (empty when it conforms).
  public var problems: [PacketProblem]
}

extension PacketDocument {
  /// The packet as PDF bytes.
  /// - Throws: `PacketError` (see `render(fontBook:)`).
  public func renderPDF(fontBook: FontBook? = nil) throws(PacketError) -> [UInt8] {
    try render(fontBook: fontBook).bytes
  }

  /// Lays out and renders the packet in its copy's standard (PDF/A-2b filing, PDF/A-3b archive).
  ///
  /// The bytes depend only on the claim, the ledger, the exhibits and the options: the creation
  /// date is the packet date, never the clock. A `layoutMemo` shared by the packets of a run
  /// (`settle batch`) lets them reuse each other's set paragraphs; the bytes are the same.
  /// - Throws: `PacketError.notConforming` with every problem (and the part or exhibit it comes
  ///   from) unless `options.allowsNonPDFA`; `.fontsUnavailable`, `.renderFailed`, `.currencyMismatch`.
  public func render(fontBook: FontBook? = nil, layoutMemo: LayoutMemo? = nil) throws(PacketError) -> RenderedPacket {
    guard claim.currency == ledger.currency else {
      throw .currencyMismatch(claim: claim.currency.code, ledger: ledger.currency.code)
    }
    let fonts: FontBook
    if let fontBook {
      fonts = fontBook
    } else {
      do { fonts = try FontBook.standard() } catch { throw .fontsUnavailable(String(describing: error)) }
    }
    let result = layout(fontBook: fonts, layoutMemo: layoutMemo)
    let laidOut = result.document
    var problems: [PacketProblem] = []
    for exhibit in exhibits {
      for finding in exhibit.findings {
        problems.append(PacketProblem(source: exhibit.label + ": " + exhibit.title, message: finding))
      }
    }
    var renderOptions = PDFRenderOptions(conformance: options.conformance, attachments: attachments)
    // One scan of the frames serves the conformance check and the writing.
    let scanned: ScannedDocument
    do {
      scanned = try PDFRenderer.scan(laidOut)
    } catch {
      throw .renderFailed(String(describing: error))
    }
    for problem in PDFRenderer.conformanceProblems(scanned, options: renderOptions) {
      problems.append(PacketProblem(source: source(of: problem, references: result.references), message: problem.description))
    }
    if !problems.isEmpty {
      guard options.allowsNonPDFA else { throw .notConforming(problems) }
      renderOptions.conformance = .none
    }
    let bytes: [UInt8]
    do { bytes = try PDFRenderer.render(scanned, options: renderOptions) } catch {
      if case .conformance(let found) = error, !options.allowsNonPDFA {
        throw .notConforming(found.map { PacketProblem(source: "packet", message: $0.description) })
      }
      throw .renderFailed(String(describing: error))
    }
    return RenderedPacket(
      layout: laidOut, references: result.references, bytes: bytes, conformance: renderOptions.conformance, problems: problems)
  }

  /// The originals attached to the archive copy: every exhibit's file (relationship Source, its
  /// MIME type, the packet date) and `sourceFiles`; none for the filing copy.
  public var attachments: [PDFAttachment] {
    guard options.copy == .archive else { return [] }
    let date = Int64(ledger.asOf.daysSinceEpoch) * 86_400
    var used: Set<String> = []
    var list: [PDFAttachment] = []
    for file in sourceFiles where used.insert(file.fileName).inserted { list.append(file) }
    for exhibit in exhibits {
      var name = exhibit.fileName.split(separator: "/").last.map(String.init) ?? exhibit.fileName
      if used.contains(name) { name = "exhibit-\(exhibit.number)-" + name }
      used.insert(name)
      list.append(
        PDFAttachment(
          fileName: name, mimeType: exhibit.mimeType, data: exhibit.original,
          description: exhibit.label + ": " + exhibit.title + " (original file " + exhibit.fileName + ")",
          modificationDate: date, relationship: .source))
    }
    return list
  }

  /// The part or exhibit a renderer problem comes from, by the page it names.
  private func source(of problem: PDFConformanceProblem, references: PageReferences) -> String {
    let text = problem.location.description
    // Locations that name a page ("page 12") are mapped to the part holding that page.
    let digits = text.split { !$0.isNumber }.compactMap { Int($0) }
    if text.contains("page"), let index = digits.first {
      return partName(ofPage: index + 1, references: references) ?? text
    }
    return text
  }

  /// The part or exhibit that holds physical page `page`.
  public func partName(ofPage page: Int, references: PageReferences) -> String? {
    var best: (Int, String)?
    for part in parts {
      if let start = references.pageNumber(of: part.anchor), start <= page, start >= (best?.0 ?? 0) {
        best = (start, part.title)
      }
    }
    for exhibit in exhibits {
      if let range = pageRange(of: exhibit, references: references), range.contains(page) {
        return exhibit.label + ": " + exhibit.title
      }
    }
    return best?.1
  }

  // MARK: Volumes and exhibit files

  /// The page ranges a split may fall between: each part, and each exhibit on its own.
  public func splitUnits(references: PageReferences, pageCount: Int) -> [(name: String, pages: ClosedRange<Int>)] {
    var starts: [(Int, String)] = []
    for part in parts where part != .exhibits {
      if let page = references.pageNumber(of: part.anchor) { starts.append((page, part.title)) }
    }
    for exhibit in exhibits {
      if let page = references.pageNumber(of: exhibitAnchor(exhibit)) { starts.append((page, exhibit.label + ": " + exhibit.title)) }
    }
    starts.sort { $0.0 < $1.0 }
    var units: [(name: String, pages: ClosedRange<Int>)] = []
    for (index, start) in starts.enumerated() {
      let end = index + 1 < starts.count ? starts[index + 1].0 - 1 : pageCount
      if index == 0 && start.0 > 1 { units.append((name: "front matter", pages: 1...(start.0 - 1))) }
      if end >= start.0 { units.append((name: start.1, pages: start.0...end)) }
    }
    if units.isEmpty && pageCount > 0 { units.append((name: "packet", pages: 1...pageCount)) }
    return units
  }

  /// Splits the rendered packet into volumes each under `maximumBytes`, at part and exhibit
  /// boundaries, keeping page and Bates numbers continuous. Each volume is a valid PDF of the
  /// same standard with the bookmarks and links that point inside it.
  /// - Throws: `PacketError.exhibitTooLarge` when one part or exhibit alone exceeds the limit.
  public func volumes(of rendered: RenderedPacket, maximumBytes: Int) throws(PacketError) -> [PacketVolume] {
    if rendered.bytes.count < maximumBytes {
      return [PacketVolume(number: 1, pages: 1...max(1, rendered.layout.pages.count), bytes: rendered.bytes)]
    }
    let units = splitUnits(references: rendered.references, pageCount: rendered.layout.pages.count)
    var volumes: [PacketVolume] = []
    var current: (pages: ClosedRange<Int>, bytes: [UInt8])?
    for unit in units {
      let candidate = (current?.pages.lowerBound ?? unit.pages.lowerBound)...unit.pages.upperBound
      let bytes = try renderPages(candidate, of: rendered, conformance: rendered.conformance)
      if bytes.count < maximumBytes {
        current = (candidate, bytes)
        continue
      }
      if let done = current {
        volumes.append(PacketVolume(number: volumes.count + 1, pages: done.pages, bytes: done.bytes))
      }
      let alone = try renderPages(unit.pages, of: rendered, conformance: rendered.conformance)
      guard alone.count < maximumBytes else {
        throw .exhibitTooLarge(exhibit: unit.name, bytes: alone.count, limit: maximumBytes)
      }
      current = (unit.pages, alone)
    }
    if let done = current { volumes.append(PacketVolume(number: volumes.count + 1, pages: done.pages, bytes: done.bytes)) }
    return volumes
  }

  /// Each exhibit as its own PDF (tab sheet and pages with their stamps and Bates numbers), in
  /// the packet's standard, keyed by exhibit number in order.
  public func exhibitFiles(of rendered: RenderedPacket) throws(PacketError) -> [(exhibit: PacketExhibit, bytes: [UInt8])] {
    var files: [(exhibit: PacketExhibit, bytes: [UInt8])] = []
    for exhibit in exhibits {
      guard let range = pageRange(of: exhibit, references: rendered.references) else { continue }
      var conformance = rendered.conformance
      if conformance == .pdfA3b { conformance = .pdfA2b }
      files.append((exhibit, try renderPages(range, of: rendered, conformance: conformance, attaches: false)))
    }
    return files
  }

  /// Renders the physical pages `range` of the laid-out packet as a document of their own:
  /// bookmarks and links into other pages are dropped.
  func renderPages(
    _ range: ClosedRange<Int>, of rendered: RenderedPacket, conformance: PDFConformance, attaches: Bool = true
  ) throws(PacketError) -> [UInt8] {
    let pages = Array(rendered.layout.pages[(range.lowerBound - 1)...(range.upperBound - 1)])
    var defined: Set<String> = []
    for page in pages { Self.collectAnchors(page.frame, into: &defined) }
    let trimmed = pages.map { LaidOutPage(size: $0.size, frame: Self.droppingLinks($0.frame, keeping: defined), label: $0.label) }
    let outline = Self.filterOutline(rendered.layout.outline, keeping: defined)
    let document = LaidOutDocument(pages: trimmed, outline: outline, metadata: rendered.layout.metadata)
    let files = attaches && conformance == .pdfA3b ? attachments : []
    do {
      return try PDFRenderer.render(document, options: PDFRenderOptions(conformance: conformance, attachments: files))
    } catch {
      throw .renderFailed(String(describing: error))
    }
  }

  static func collectAnchors(_ frame: Frame, into names: inout Set<String>) {
    for positioned in frame.items {
      switch positioned.item {
      case .anchor(let name): names.insert(name)
      case .group(let inner): collectAnchors(inner, into: &names)
      default: break
      }
    }
  }

  static func droppingLinks(_ frame: Frame, keeping names: Set<String>) -> Frame {
    var items: [PositionedItem] = []
    items.reserveCapacity(frame.items.count)
    for positioned in frame.items {
      switch positioned.item {
      case .link(let link):
        if case .anchor(let name) = link.target, !names.contains(name) { continue }
        items.append(positioned)
      case .group(let inner):
        items.append(PositionedItem(position: positioned.position, item: .group(droppingLinks(inner, keeping: names))))
      default:
        items.append(positioned)
      }
    }
    return Frame(size: frame.size, items: items)
  }

  static func filterOutline(_ entries: [OutlineEntry], keeping names: Set<String>) -> [OutlineEntry] {
    var result: [OutlineEntry] = []
    for entry in entries {
      let children = filterOutline(entry.children, keeping: names)
      if names.contains(entry.anchor) {
        var kept = entry
        kept.children = children
        result.append(kept)
      } else {
        result += children
      }
    }
    return result
  }
}
