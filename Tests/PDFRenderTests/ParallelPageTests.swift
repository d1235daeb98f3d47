import Testing
import TypesetCore
import TypesetLayout

@testable import PDFRender

/// Page contents are drawn and compressed on several threads; they must equal those drawn on one.
@Suite struct ParallelPageTests {
  static func document(pages: Int) -> LaidOutDocument {
    var laidOut = (0..<pages).map { Fixtures.statementPage(rows: 30, firstRow: $0 * 30) }
    // A link on some pages, so link rectangles travel with their page too.
    for index in stride(from: 0, to: pages, by: 7) {
      var frame = laidOut[index].frame
      frame.push(.link(LinkItem(size: Size(width: .pt(40), height: .pt(10)), target: .uri("https://example.com/\(index)"))), at: Fixtures.point(56, 60))
      laidOut[index] = LaidOutPage(size: laidOut[index].size, frame: frame)
    }
    return LaidOutDocument(pages: laidOut, metadata: Fixtures.metadata())
  }

  static func drawer(for document: LaidOutDocument, writesBinaryStrings: Bool) throws -> PageDrawer {
    let scan = try DocumentScan(document)
    let fonts = try scan.fonts.map { usage throws(PDFRenderError) in try EmbeddedFont(usage: usage) }
    return PageDrawer(
      fonts: fonts.map(DrawingFont.init), fontIndexes: scan.fontIndexes, imageIndexes: scan.imageIndexByID,
      writesBinaryStrings: writesBinaryStrings)
  }

  @Test(arguments: [Int32?.some(6), nil])
  func contentsMatchOneThread(level: Int32?) throws {
    let document = Self.document(pages: 40)
    let drawer = try Self.drawer(for: document, writesBinaryStrings: level != nil)
    let parallel = drawer.contents(of: document.pages, skipping: [3], compressionLevel: level)
    let serial = drawer.contents(of: document.pages, skipping: [3], compressionLevel: level, isParallel: false)
    #expect(parallel.count == 40 && serial.count == 40)
    #expect(parallel[3] == nil && serial[3] == nil)
    for index in 0..<40 where index != 3 {
      guard let p = parallel[index], let s = serial[index] else {
        Issue.record("page \(index) has no content")
        continue
      }
      #expect(p.stream == s.stream, "page \(index)")
      #expect(p.isCompressed == s.isCompressed && p.isCompressed == (level != nil))
      #expect(p.links.map(\.rect) == s.links.map(\.rect))
      #expect(p.links.count == (index % 7 == 0 ? 1 : 0))
    }
    // Different pages really differ (the comparison is not vacuous).
    #expect(parallel[0]?.stream != parallel[1]?.stream)
  }

  @Test func renderingIsDeterministic() throws {
    let document = Self.document(pages: 40)
    let options = PDFRenderOptions()
    let first = try PDFRenderer.render(document, options: options)
    let second = try PDFRenderer.render(document, options: options)
    #expect(first == second)
    #expect(first.count > 10_000)
  }
}
