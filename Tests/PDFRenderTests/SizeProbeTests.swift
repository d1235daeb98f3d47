import Foundation
import PDFRender
import Testing
import TypesetLayout

@Suite struct SizeProbeTests {
  @Test func probe() throws {
    func size(_ n: Int) throws -> Int {
      let doc = LaidOutDocument(pages: (0..<n).map { Fixtures.statementPage(rows: 45, firstRow: $0 * 45) }, metadata: Fixtures.metadata())
      return try PDFRenderer.render(doc, options: PDFRenderOptions()).count
    }
    let one = try size(1), eleven = try size(11)
    print("PROBE one", one, "eleven", eleven, "per page", (eleven - one) / 10)
  }
}
