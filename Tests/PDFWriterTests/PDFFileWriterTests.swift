import Foundation
import PDFWriter
import Testing

@Suite struct PDFFileWriterTests {
  @Test(arguments: [true, false])
  func identifierBodyStartsWithTheBytesWrittenEarlier(_ isCompressed: Bool) {
    // DocumentWriter hashes `writtenBytes` early and the rest of the body in `finish`.
    var settings = PDFSettings()
    settings.isCompressed = isCompressed
    var file = PDFFileWriter(settings: settings)
    let catalog = file.allocateRef()
    let stream = file.allocateRef()
    file.writeStream(stream, data: Array(repeating: 0x41, count: 300))
    let early = file.writtenBytes
    let pages = file.allocateRef()
    file.writeDictionary(pages) { d in d.set("Type", name: "Pages") }
    file.writeCatalog(catalog) { c in c.pages(pages) }
    var body: [UInt8] = []
    let bytes = file.finish(root: catalog, info: nil) { b in
      body = b
      return [1]
    }
    #expect(early.count > 40)  // header and the stream
    #expect(body.count > early.count)
    #expect(body.starts(with: early))
    #expect(bytes.starts(with: body))
  }

  private func minimalFile(_ settings: PDFSettings) -> [UInt8] {
    var file = PDFFileWriter(settings: settings)
    let catalog = file.allocateRef()
    let pages = file.allocateRef()
    let page = file.allocateRef()
    let content = file.allocateRef()
    file.writeCatalog(catalog) { c in c.pages(pages) }
    file.writeDictionary(pages) { d in
      d.set("Type", name: "Pages")
      d.set("Kids", references: [page])
      d.set("Count", integer: 1)
    }
    file.writePage(page) { p in
      p.parent(pages)
      p.mediaBox([0, 0, 200, 100])
      p.contents(content)
    }
    var ops = PDFContentWriter()
    ops.setFillRGB(1, 0, 0)
    ops.rectangle(x: 10, y: 10, width: 50, height: PDFNumber(20.5))
    ops.fill()
    file.writeStream(content, data: ops.bytes)
    return file.finish(root: catalog, info: nil) { _ in [0xAB, 0xCD] }
  }

  @Test func uncompressedFileHasExactHeaderXrefAndTrailer() {
    let text = String(decoding: minimalFile(PDFSettings(isCompressed: false)), as: UTF8.self)
    #expect(text.hasPrefix("%PDF-1.7\n%\u{FFFD}"))
    #expect(text.contains("4 0 obj\n<</Length 28>>\nstream\n1 0 0 rg\n10 10 50 20.5 re\nf\n\nendstream\nendobj\n"))
    #expect(text.contains("xref\n0 5\n0000000000 65535 f\r\n0000000015 00000 n\r\n"))
    #expect(text.contains("trailer\n<</Size 5/Root 1 0 R/ID[<ABCD><ABCD>]>>\nstartxref\n"))
    #expect(text.hasSuffix("%%EOF\n"))
  }

  @Test func xrefOffsetsPointAtObjects() {
    let bytes = minimalFile(PDFSettings(isCompressed: false))
    let text = String(decoding: bytes, as: UTF8.self)
    guard let xref = text.range(of: "xref\n0 5\n") else {
      Issue.record("no xref")
      return
    }
    let lines = text[xref.upperBound...].components(separatedBy: "\r\n").prefix(5)
    for (number, line) in lines.enumerated() where number > 0 {
      let offset = Int(line.prefix(10)) ?? -1
      let expected = Array("\(number) 0 obj".utf8)
      #expect(Array(bytes[offset..<offset + expected.count]) == expected)
    }
  }

  @Test func compressedFilePacksObjectsIntoObjectStreamAndXrefStream() {
    let bytes = minimalFile(PDFSettings())
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.contains("/Type/ObjStm/N 3/First"))
    #expect(text.contains("/Type/XRef/W[1 2 2]/DecodeParms<</Predictor 12/Columns 5>>/Size 7/Root 1 0 R/ID[<ABCD><ABCD>]"))
    #expect(!text.contains("trailer"))
    #expect(text.hasSuffix("%%EOF\n"))
  }

  @Test func sameCallsGiveSameBytes() {
    #expect(minimalFile(PDFSettings()) == minimalFile(PDFSettings()))
  }

  @Test func objectStreamsSplitAtTheConfiguredSize() {
    var file = PDFFileWriter(settings: PDFSettings(objectsPerStream: 2))
    let refs = (0..<5).map { _ in file.allocateRef() }
    for (i, r) in refs.enumerated() { file.writeObject(r) { $0.integer(i) } }
    let text = String(decoding: file.finish(root: refs[0], info: nil) { _ in nil }, as: UTF8.self)
    #expect(text.components(separatedBy: "/Type/ObjStm").count - 1 == 3)
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/qpdf")))
  func qpdfAcceptsBothModes() throws {
    for settings in [PDFSettings(), PDFSettings.readable] {
      let url = FileManager.default.temporaryDirectory.appendingPathComponent("pdfwriter-\(getpid())-\(settings.isCompressed).pdf")
      try Data(minimalFile(settings)).write(to: url)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/qpdf")
      process.arguments = ["--check", url.path]
      let pipe = Pipe()
      process.standardOutput = pipe
      process.standardError = pipe
      try process.run()
      let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "\(output)")
      #expect(output.contains("No syntax or stream encoding errors"))
    }
  }

  @Test func flateRoundTrips() throws {
    let input = Array(repeating: Array("BT /F1 12 Tf 72 700 Td <0030004F> Tj ET\n".utf8), count: 200).flatMap { $0 }
    let compressed = try #require(Flate.compress(input))
    #expect(compressed.count < input.count / 10)
    #expect(compressed.prefix(1) == [0x78])
    #expect(Flate.decompress(compressed) == input)
    #expect(Flate.decompress([1, 2, 3]) == nil)
  }
}
