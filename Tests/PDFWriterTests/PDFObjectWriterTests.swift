import PDFWriter
import Testing

@Suite struct PDFObjectWriterTests {
  /// The bytes of one uncompressed object as the file writer writes it (between "obj\n" and "\nendobj").
  private func object(pretty: Bool, _ body: (inout PDFValueWriter) -> Void) -> String {
    var file = PDFFileWriter(settings: PDFSettings(isPretty: pretty, isCompressed: false))
    let ref = file.allocateRef()
    file.writeObject(ref, body)
    let bytes = file.finish(root: ref, info: nil) { _ in nil }
    let all = String(decoding: bytes, as: UTF8.self)
    guard let start = all.range(of: "1 0 obj\n"), let end = all.range(of: "\nendobj") else { return "" }
    return String(all[start.upperBound..<end.lowerBound])
  }

  @Test func compactDictionaryOmitsNeedlessSpaces() {
    let out = object(pretty: false) { v in
      v.dictionary { d in
        d.set("Type", name: "Page")
        d.set("Parent", reference: PDFRef(2))
        d.set("MediaBox", numbers: [0, 0, PDFNumber(595.28), PDFNumber(841.89)])
        d.set("Count", integer: 3)
        d.set("Title", text: "A (draft)")
        d.dictionary("Resources") { r in r.set("ProcSet", name: "PDF") }
      }
    }
    #expect(out == "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595.28 841.89]/Count 3/Title(A \\(draft\\))/Resources<</ProcSet/PDF>>>>")
  }

  @Test func prettyDictionaryIndentsOneEntryPerLine() {
    let out = object(pretty: true) { v in
      v.dictionary { d in
        d.set("Type", name: "Catalog")
        d.dictionary("Names") { n in n.set("Dests", reference: PDFRef(7)) }
        d.array("Kids") { a in a.reference(PDFRef(3)); a.reference(PDFRef(4)) }
        d.dictionary("Empty") { _ in }
      }
    }
    #expect(out == """
      <<
        /Type /Catalog
        /Names <<
          /Dests 7 0 R
        >>
        /Kids [3 0 R 4 0 R]
        /Empty << >>
      >>
      """)
  }

  @Test func escapeHatchWritesAnyValue() {
    let out = object(pretty: false) { v in
      v.dictionary { d in
        d.entry("Custom") { $0.raw(Array("[/A 1]".utf8)) }
        d.entry("Flag") { $0.boolean(true) }
        d.entry("Nothing") { $0.null() }
      }
    }
    #expect(out == "<</Custom [/A 1]/Flag true/Nothing null>>")
  }

  @Test func typedPageWriterAddsTypeAndKeepsRawDictionary() {
    var file = PDFFileWriter(settings: PDFSettings(isCompressed: false))
    let page = file.allocateRef()
    file.writePage(page) { p in
      p.parent(PDFRef(9))
      p.contents(PDFRef(10))
      p.dictionary.set("Rotate", integer: 90)
    }
    let all = String(decoding: file.finish(root: page, info: nil) { _ in nil }, as: UTF8.self)
    #expect(all.contains("1 0 obj\n<</Type/Page/Parent 9 0 R/Contents 10 0 R/Rotate 90>>\nendobj"))
  }

  @Test func cidWidthsGroupRunsAndLists() {
    var file = PDFFileWriter(settings: PDFSettings(isCompressed: false))
    let font = file.allocateRef()
    file.writeCIDFont(font, subtype: "CIDFontType2") { f in
      f.widths([(0, 600), (1, 500), (2, 500), (3, 500), (4, 500), (5, 250), (9, PDFNumber(602.0508))])
    }
    let all = String(decoding: file.finish(root: font, info: nil) { _ in nil }, as: UTF8.self)
    #expect(all.contains("/W[0[600] 1 4 500 5[250] 9[602.0508]]"))
  }
}
