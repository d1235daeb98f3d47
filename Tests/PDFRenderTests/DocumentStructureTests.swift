import Foundation
import PDFRender
import Testing
import TypesetCore
import TypesetLayout

@Suite struct DocumentStructureTests {
  private func twoPageDocument() -> LaidOutDocument {
    var first = Fixtures.page([
      (.anchor("summary"), Fixtures.point(56, 40)),
      (.text(Fixtures.text("Summary")), Fixtures.point(56, 60)),
      (.link(LinkItem(size: Size(width: .pt(100), height: .pt(12)), target: .anchor("details"))), Fixtures.point(56, 100)),
      (.link(LinkItem(size: Size(width: .pt(100), height: .pt(12)), target: .uri("https://example.com/pay"))), Fixtures.point(56, 120)),
    ])
    first.label = "i"
    let second = Fixtures.page([
      (.anchor("details"), Fixtures.point(56, 72)),
      (.text(Fixtures.text("Details")), Fixtures.point(56, 90)),
    ], size: Size(width: .pt(612), height: .pt(792)))
    let outline = [
      OutlineEntry(title: "Summary", anchor: "summary", children: [OutlineEntry(title: "Détails", anchor: "details")], isOpen: true)
    ]
    return LaidOutDocument(pages: [first, second], outline: outline, metadata: Fixtures.metadata())
  }

  @Test func renderingTwiceGivesIdenticalBytes() throws {
    let doc = twoPageDocument()
    for options in [PDFRenderOptions(conformance: .pdfA2b), PDFRenderOptions(isCompressed: false)] {
      let a = try PDFRenderer.render(doc, options: options)
      let b = try PDFRenderer.render(doc, options: options)
      #expect(a == b)
      #expect(a.count > 1000)
    }
  }

  @Test func identifierIsAContentHashThatChangesWithContent() throws {
    func identifier(_ title: String) throws -> Substring {
      let text = try Fixtures.renderText(LaidOutDocument(pages: [Fixtures.statementPage(rows: 2)], metadata: Fixtures.metadata(title: title)))
      guard let r = text.range(of: "/ID [<") else { return "" }
      return text[r.upperBound...].prefix(32)
    }
    let a = try identifier("A"), b = try identifier("B")
    #expect(a.count == 32 && b.count == 32)
    #expect(a != b)
    #expect(try identifier("A") == a)
  }

  @Test func catalogHasLanguageOutlineModeLabelsAndNames() throws {
    let text = try Fixtures.renderText(twoPageDocument())
    #expect(text.contains("/Type /Catalog"))
    #expect(text.contains("/Lang (en-US)"))
    #expect(text.contains("/PageMode /UseOutlines"))
    #expect(text.contains("/PageLabels <<\n    /Nums [0 <<\n      /P (i)\n    >> 1 <<\n      /S /D\n      /St 2\n    >>]"))
    // Named destinations sorted by name, each [page /XYZ left top null].
    #expect(text.contains("/Names [(details) [8 0 R /XYZ 56 720 null] (summary) [4 0 R /XYZ 56 801.89 null]]"))
  }

  @Test func outlineCountsAndLinks() throws {
    let text = try Fixtures.renderText(twoPageDocument())
    #expect(text.contains("/Type /Outlines"))
    #expect(text.contains("/Title (Summary)"))
    #expect(text.contains("/Title <FEFF004400E90074006100690069006C0073>") == false)
    #expect(text.contains("/Title <FEFF004400E9007400610069006C0073>"))
    #expect(text.contains("/Count 1\n  /Dest (summary)"))
    #expect(text.contains("/Type /Outlines\n  /First 17 0 R\n  /Last 17 0 R\n  /Count 2\n"))
    #expect(text.contains("/Subtype /Link"))
    #expect(text.contains("/Dest (details)"))
    #expect(text.contains("/URI (https://example.com/pay)"))
    #expect(text.contains("/F 4"))
    // The link rect: frame (56,100) 100×12 on an 841.89 pt page.
    #expect(text.contains("/Rect [56 729.89 156 741.89]"))
  }

  @Test func closedOutlineItemCountsNegatively() throws {
    var doc = twoPageDocument()
    doc.outline[0].isOpen = false
    let text = try Fixtures.renderText(doc)
    #expect(text.contains("/Count -1\n  /Dest (summary)"))
    #expect(text.contains("/Type /Outlines\n  /First 17 0 R\n  /Last 17 0 R\n  /Count 1\n"))
  }

  @Test func pagesShareResourcesAndOnlyDifferentSizesRepeatMediaBox() throws {
    let text = try Fixtures.renderText(twoPageDocument())
    #expect(text.contains("/Type /Pages"))
    #expect(text.contains("/MediaBox [0 0 595.28 841.89]"))
    #expect(text.contains("/MediaBox [0 0 612 792]"))
    #expect(text.components(separatedBy: "/MediaBox").count - 1 == 2)
    #expect(text.components(separatedBy: "/Resources ").count - 1 == 1)
  }

  @Test func infoDictionaryAndXMPAgree() throws {
    let text = try Fixtures.renderText(twoPageDocument(), PDFRenderOptions(conformance: .pdfA2b, isCompressed: false))
    #expect(text.contains("/Title (Statement)"))
    #expect(text.contains("/Author (Acme Ltd)"))
    #expect(text.contains("/Keywords (statement, account)"))
    #expect(text.contains("/CreationDate (D:20260715000000+00'00')"))
    #expect(text.contains("<rdf:li xml:lang=\"x-default\">Statement</rdf:li>"))
    #expect(text.contains("<dc:creator><rdf:Seq><rdf:li>Acme Ltd</rdf:li></rdf:Seq></dc:creator>"))
    #expect(text.contains("<pdf:Keywords>statement, account</pdf:Keywords>"))
    #expect(text.contains("<xmp:CreateDate>2026-07-15T00:00:00+00:00</xmp:CreateDate>"))
    #expect(text.contains("<pdfaid:part>2</pdfaid:part>"))
    #expect(text.contains("<pdfaid:conformance>B</pdfaid:conformance>"))
  }

  @Test func fontObjectsAreType0WithIdentityEncodingAndCIDToGIDMap() throws {
    let text = try Fixtures.renderText(LaidOutDocument(pages: [Fixtures.page([(.text(Fixtures.text("Aa")), Fixtures.point(10, 20))])],
                                                        metadata: Fixtures.metadata()))
    #expect(text.contains("/Subtype /Type0"))
    #expect(text.contains("/Encoding /Identity-H"))
    #expect(text.contains("/Subtype /CIDFontType2"))
    #expect(text.contains("/CIDToGIDMap /Identity"))
    #expect(text.contains("/Registry (Adobe)\n    /Ordering (Identity)\n    /Supplement 0"))
    #expect(text.contains("/FontFile2"))
    #expect(text.contains("/Length1 "))
    // Dense CIDs: .notdef 0, then the two used glyphs 1 and 2 (NotoSans upem 1000: integer widths).
    #expect(text.contains("/W [0 [600 639 561]]"))
    #expect(text.contains("beginbfrange\n<0001> <0001> <0041>") == false)
    #expect(text.contains("2 beginbfchar\n<0001> <0041>\n<0002> <0061>\nendbfchar"))
  }

  @Test func textDrawsWithOneTfAndRelativeMoves() throws {
    let page = Fixtures.page([
      (.text(Fixtures.text("One")), Fixtures.point(56, 100)),
      (.text(Fixtures.text("Two")), Fixtures.point(156, 100)),
      (.text(Fixtures.text("Three")), Fixtures.point(56, 115)),
    ])
    let text = try Fixtures.renderText(LaidOutDocument(pages: [page], metadata: Fixtures.metadata()))
    #expect(text.contains("BT\n0 0 0 rg\n/F1 10 Tf\n56 741.89 Td\n"))
    #expect(text.contains("Tj\n100 0 Td\n<"))
    #expect(text.contains("Tj\n-100 -15 Td\n<"))
    #expect(text.components(separatedBy: " Tf").count - 1 == 1)
    #expect(text.components(separatedBy: "BT\n").count - 1 == 1)
  }

  @Test func kerningBecomesTJAdjustment() throws {
    // Move the second glyph 1 pt left of its natural position: at 10 pt that is 100/1000 em.
    var item = Fixtures.text("AV")
    item.glyphs[1].x = item.glyphs[1].x - .pt(1)
    let text = try Fixtures.renderText(LaidOutDocument(pages: [Fixtures.page([(.text(item), Fixtures.point(0, 10))])],
                                                        metadata: Fixtures.metadata()))
    #expect(text.contains("[<0001>100<0002>]TJ"))
  }

  @Test func shapesUseRGBAndStateIsNotRepeated() throws {
    let red = Color(hex: 0xFF0000)
    let page = Fixtures.page([
      (.shape(ShapeItem(.rect(Size(width: .pt(100), height: .pt(20))), fill: red)), Fixtures.point(10, 10)),
      (.shape(ShapeItem(.rect(Size(width: .pt(100), height: .pt(20))), fill: red)), Fixtures.point(10, 40)),
      (.shape(ShapeItem(.line(to: Fixtures.point(100, 0)), stroke: Stroke(color: Color(hex: 0x808080), thickness: .pt(0.5)))), Fixtures.point(10, 70)),
      (.shape(ShapeItem(.rect(Size(width: .pt(10), height: .pt(10))), fill: .white, stroke: Stroke())), Fixtures.point(10, 80)),
    ])
    let text = try Fixtures.renderText(LaidOutDocument(pages: [page], metadata: Fixtures.metadata()))
    #expect(text.contains("1 0 0 rg\n10 811.89 100 20 re\nf\n10 781.89 100 20 re\nf\n"))
    #expect(text.contains("0.502 0.502 0.502 RG\n0.5 w\n10 771.89 m\n110 771.89 l\nS\n"))
    #expect(text.contains("1 1 1 rg\n0 0 0 RG\n10 751.89 10 10 re\nB\n"))
  }

  @Test func undefinedAnchorIsAnError() {
    let page = Fixtures.page([(.link(LinkItem(size: Size(width: .pt(1), height: .pt(1)), target: .anchor("nowhere"))), Fixtures.point(0, 0))])
    #expect(throws: PDFRenderError.undefinedAnchor("nowhere")) {
      try PDFRenderer.render(LaidOutDocument(pages: [page], metadata: Fixtures.metadata()), options: PDFRenderOptions())
    }
    let outline = [OutlineEntry(title: "Missing", anchor: "gone")]
    #expect(throws: PDFRenderError.undefinedAnchor("gone")) {
      try PDFRenderer.render(LaidOutDocument(pages: [Fixtures.page([])], outline: outline, metadata: Fixtures.metadata()), options: PDFRenderOptions())
    }
  }

  @Test func invalidPageSizeIsAnError() {
    let page = LaidOutPage(size: Size(width: .zero, height: .pt(10)), frame: Frame(size: .zero))
    #expect(throws: PDFRenderError.invalidPageSize(page: 0)) {
      try PDFRenderer.render(LaidOutDocument(pages: [page], metadata: Fixtures.metadata()), options: PDFRenderOptions())
    }
  }

  struct ExhibitPage: EmbeddedPage {
    var identifier: String { "exhibit-1" }
    var displaySize: Size { Size(width: .pt(100), height: .pt(100)) }
  }

  @Test func embeddedPagesOfUnknownKindsAreUnsupported() {
    let item = EmbeddedPageItem(page: ExhibitPage(), size: Size(width: .pt(100), height: .pt(100)))
    let page = Fixtures.page([(.embeddedPage(item), Fixtures.point(0, 0))])
    #expect(throws: PDFRenderError.unsupported("embedded pages other than ImportedPage and ImportedImage")) {
      try PDFRenderer.render(LaidOutDocument(pages: [page], metadata: Fixtures.metadata()), options: PDFRenderOptions())
    }
  }

  @Test func statementPageStaysUnderThreeAndAHalfKilobytes() throws {
    func size(_ pages: Int) throws -> Int {
      let doc = LaidOutDocument(pages: (0..<pages).map { Fixtures.statementPage(rows: 45, firstRow: $0 * 45) }, metadata: Fixtures.metadata())
      return try PDFRenderer.render(doc, options: PDFRenderOptions(conformance: .pdfA2b)).count
    }
    let perPage = (try size(11) - size(1)) / 10
    #expect(perPage > 500)
    #expect(perPage <= 3_500)
  }
}

@Suite struct FramePlacementTests {
  @Test func groupsOffsetTheirItemsAndAnchors() throws {
    var inner = Frame(size: Size(width: .pt(100), height: .pt(50)))
    inner.push(.text(Fixtures.text("In")), at: Fixtures.point(5, 10))
    inner.push(.anchor("inner"), at: Fixtures.point(5, 0))
    var frame = Frame(size: Fixtures.a4)
    frame.push(group: inner, at: Fixtures.point(100, 200))
    let doc = LaidOutDocument(pages: [LaidOutPage(size: Fixtures.a4, frame: frame)], metadata: Fixtures.metadata())
    let text = try Fixtures.renderText(doc)
    // Baseline at (105, 210) in frame space → y = 841.89 − 210.
    #expect(text.contains("105 631.89 Td"))
    #expect(text.contains("(inner) [4 0 R /XYZ 105 641.89 null]"))
  }

  @Test func verticalGlyphOffsetsBecomeTextRise() throws {
    var item = Fixtures.text("x2")
    item.glyphs[1].yOffset = .pt(3)
    let text = try Fixtures.renderText(LaidOutDocument(pages: [Fixtures.page([(.text(item), Fixtures.point(0, 10))])], metadata: Fixtures.metadata()))
    // Digits sort before letters in the font, so "2" is CID 1 and "x" CID 2.
    #expect(text.contains("<0002>Tj\n3 Ts\n<0001>Tj\n"))
  }

  @Test func documentWithoutPagesIsAnError() {
    #expect(throws: PDFRenderError.noPages) {
      try PDFRenderer.render(LaidOutDocument(pages: [], metadata: Fixtures.metadata()), options: PDFRenderOptions())
    }
  }
}

@Suite struct OptionalCatalogEntriesTests {
  @Test func outlineModeAndLabelsOnlyWhenAskedFor() throws {
    let outline = [OutlineEntry(title: "Start", anchor: "start")]
    let doc = LaidOutDocument(pages: [Fixtures.page([(.anchor("start"), .zero)])], outline: outline, metadata: Fixtures.metadata())
    let closed = try Fixtures.renderText(doc, PDFRenderOptions(isCompressed: false, opensOutline: false))
    #expect(closed.contains("/Outlines "))
    #expect(!closed.contains("/PageMode"))
    #expect(!closed.contains("/PageLabels"))
    let bare = try Fixtures.renderText(LaidOutDocument(pages: [Fixtures.page([])], metadata: Fixtures.metadata()))
    #expect(!bare.contains("/Outlines"))
    #expect(!bare.contains("/Names"))
    #expect(!bare.contains("/Font"))
  }
}
