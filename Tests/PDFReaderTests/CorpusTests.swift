import Foundation
import PDFReader
import Testing

/// Every PDF of the shared corpus opens with the manifest's page count, page size, /Rotate,
/// MediaBox and CropBox (files are checked against their SHA-256 first).
@Suite(.enabled(if: CorpusEntry.isAvailable, "corpus folder not present"))
struct CorpusTests {
  @Test(arguments: CorpusEntry.pdfs)
  func opensWithManifestValues(entry: CorpusEntry) throws {
    let bytes = try #require(entry.verifiedBytes(), "sha256 mismatch or missing file")
    let document = try PDFDocument(data: bytes)
    if let pages = entry.pageCount {
      #expect(document.pageCount == pages)
    } else {
      #expect(document.pageCount >= 1)
    }
    let first = document.page(at: 0)
    if let size = entry.pageSize {
      // The manifest rounds to 3 decimals.
      #expect(abs(first.cropBox.width - size.width * 1000) <= 1000, "width \(first.cropBox)")
      #expect(abs(first.cropBox.height - size.height * 1000) <= 1000, "height \(first.cropBox)")
    }
    if let rotations = entry.rotations {
      #expect(Set(document.pages.map(\.rotation)) == rotations)
    } else {
      #expect(document.pages.allSatisfy { $0.rotation == 0 })
    }
    let thousandths = { (box: PDFRectangle) -> [Int64] in
      [box.lowerLeftX, box.lowerLeftY, box.upperRightX, box.upperRightY].map { ($0 + ($0 < 0 ? -500 : 500)) / 1000 }
    }
    if let media = entry.mediaBoxes {
      #expect(Set(document.pages.map { thousandths($0.mediaBox) }) == media)
    }
    if let crop = entry.cropBoxes {
      #expect(crop.isSubset(of: Set(document.pages.map { thousandths($0.cropBox) })))
    }
    if let names = entry.embeddedFiles {
      #expect(Set(document.embeddedFiles.map(\.fileName)) == Set(names))
    }
    #expect(document.isEncrypted == entry.features.contains("encrypted"))
    #expect(document.isSigned == entry.features.contains("signature field"))
    #expect(document.version == entry.version)
    var subtypes: [String: Int] = [:]
    for page in document.pages {
      for annotation in page.annotations { subtypes[annotation["Subtype"]?.nameValue ?? "?", default: 0] += 1 }
    }
    #expect(subtypes == (entry.annotationCounts ?? [:]))
    if let producer = entry.producer {
      #expect(document.info?["Producer"].flatMap { document.resolve($0).stringValue }.map(PDFTextString.decode) == producer)
    }
    // Every page's content decodes to something that looks like a content stream.
    for page in document.pages where page.dictionary["Contents"] != nil {
      #expect(!page.contents.isEmpty, "page \(page.index) has no content")
    }
  }
}
