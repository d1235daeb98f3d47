import Foundation
import PDFRender
import Testing
import TypesetCore
import TypesetLayout

@Suite struct SmokeTests {
  @Test func writesStatementAndRightToLeftText() throws {
    let ffi = Fixtures.regular.glyph(for: "\u{FB03}")
    var office = Fixtures.text("office")
    if let ffi {
      let size = Length.pt(10)
      let o = Fixtures.glyphs("o", font: Fixtures.regular, size: size)[0]
      let adv = Fixtures.regular.length(fontUnits: Fixtures.regular.advance(of: ffi), size: size)
      let ce = Fixtures.glyphs("ce", font: Fixtures.regular, size: size)
      office = TextItem(font: Fixtures.regular, size: size, glyphs: [
        o, PlacedGlyph(id: ffi, x: o.advance, advance: adv, text: "ffi"),
        PlacedGlyph(id: ce[0].id, x: o.advance + adv, advance: ce[0].advance, text: "c"),
        PlacedGlyph(id: ce[1].id, x: o.advance + adv + ce[0].advance, advance: ce[1].advance, text: "e"),
      ])
    }
    let page = Fixtures.page([
      (.text(office), Fixtures.point(56, 60)),
      (.text(Fixtures.rightToLeft("שלום עולם", font: Fixtures.hebrew)), Fixtures.point(56, 90)),
      (.text(Fixtures.rightToLeft("مرحبا بالعالم", font: Fixtures.arabic)), Fixtures.point(56, 120)),
    ])
    let doc = LaidOutDocument(pages: [page, Fixtures.statementPage(rows: 45)], metadata: Fixtures.metadata())
    let bytes = try PDFRenderer.render(doc, options: PDFRenderOptions(conformance: .pdfA2b))
    let path = try Tools.temporaryFile(bytes)
    print(path, bytes.count)
    let pretty = try PDFRenderer.render(doc, options: PDFRenderOptions(conformance: .pdfA2b, isCompressed: false))
    print(try Tools.temporaryFile(pretty))
    #expect(bytes.count > 0)
  }
}
