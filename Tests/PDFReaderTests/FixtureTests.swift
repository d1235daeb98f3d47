import PDFReader
import Testing

/// Structural cases from the corpus, copied into Fixtures/ (see SOURCES.tsv).
@Suite struct FixtureTests {
  @Test func incrementalUpdateUsesNewestRevision() throws {
    let document = try PDFDocument(data: fixture("incremental-3-revisions.pdf"))
    #expect(document.pageCount == 1)
    let contents = document.page(at: 0).contents
    #expect(contents.contains(text: "(Salad) Tj"))
    #expect(!contents.contains(text: "Potato"))
    #expect(!document.wasRepaired)
  }

  @Test func wrongXRefOffsetIsRepairedPerObject() throws {
    let document = try PDFDocument(data: fixture("broken-xref-wrong-offset.pdf"))
    #expect(document.pageCount == 1)
    #expect(document.page(at: 0).contents.contains(text: "Tj"))
  }

  @Test func startxrefOutsideTheTailIsFound() throws {
    let document = try PDFDocument(data: fixture("broken-no-startxref-xrefstream.pdf"))
    #expect(document.pageCount == 1)
    #expect(document.page(at: 0).mediaBox == .letter)
  }

  @Test func headerAfterLeadingGarbageShiftsOffsets() throws {
    let document = try PDFDocument(data: fixture("pdf20-offset-start-656.pdf"))
    #expect(document.version == "2.0")
    #expect(document.pageCount == 1)
    #expect(document.page(at: 0).cropBox == PDFRectangle(points: 0, 0, 612, 396))
  }

  @Test func hybridFileReadsObjectsFromTheXRefStm() throws {
    let document = try PDFDocument(data: fixture("hybrid-xref-xrefstm.pdf"))
    #expect(document.pageCount == 30)
    #expect(document.pages.allSatisfy { !$0.contents.isEmpty })
  }

  /// Expected values from `pdfinfo -f 1 -l 20` (poppler).
  @Test func rotationIsInheritedAndOverridden() throws {
    let document = try PDFDocument(data: fixture("rotate-nested-pages-20pages.pdf"))
    #expect(document.pages.map(\.rotation) == [0, 180, 270, 90, 180, 0, 0, 0, 0, 0, 180, 180, 180, 90, 0, 270, 90, 270, 0, 0])
    let quarter = try #require(document.pages.first { $0.rotation == 90 })
    #expect(quarter.displayWidth == quarter.cropBox.height)
  }

  @Test func mediaBoxAndResourcesAreInherited() throws {
    let document = try PDFDocument(data: fixture("inherited-mediabox.pdf"))
    #expect(document.pageCount == 3)
    let second = document.page(at: 1)
    #expect(second.dictionary["MediaBox"] == nil)
    #expect(second.mediaBox == PDFRectangle(points: 0, 0, 612, 792))
    #expect(second.contents.isEmpty)
    #expect(document.page(at: 0).resources["Font"] != nil)
  }

  @Test(arguments: ["encrypted-rc4-128-empty-user.pdf", "encrypted-aes128-empty-user.pdf", "encrypted-aes256-r6-empty-user.pdf"])
  func emptyUserPasswordDecrypts(file: String) throws {
    let document = try PDFDocument(data: fixture(file))
    #expect(document.isEncrypted)
    #expect(document.pageCount == 30)
    for page in document.pages {
      // Decrypted and inflated content is plain PDF operators.
      #expect(page.contents.contains(text: "BT"), "page \(page.index)")
      #expect(page.contents.contains(text: "Tf"), "page \(page.index)")
    }
  }

  @Test func flatePNGPredictorImagesDecodeToTheirExactSize() throws {
    let document = try PDFDocument(data: fixture("flate-png-predictors-all.pdf"))
    #expect(document.pageCount == 12)
    var images = 0
    for number in document.objectNumbers {
      guard case .stream(let stream) = document.resolve(PDFReference(number: number, generation: 0)),
        stream.dictionary["Subtype"]?.nameValue == "Image"
      else { continue }
      let width = Int(stream.dictionary["Width"]?.integerValue ?? 0)
      let height = Int(stream.dictionary["Height"]?.integerValue ?? 0)
      let bits = Int(stream.dictionary["BitsPerComponent"]?.integerValue ?? 0)
      let colors = stream.dictionary["ColorSpace"]?.nameValue == "DeviceRGB" ? 3 : 1
      let data = try document.decodedStreamData(stream)
      #expect(data.passThroughFilters.isEmpty)
      #expect(data.bytes.count == height * ((width * colors * bits + 7) / 8))
      images += 1
    }
    #expect(images == 12)
  }

  @Test func inspectionReportsPageCountOrError() throws {
    #expect(PDFDocument.inspect(data: try fixture("hybrid-xref-xrefstm.pdf")) == .readable(pageCount: 30, isEncrypted: false))
    #expect(PDFDocument.inspect(data: Array("hello".utf8)).error == .notAPDF)
  }
}
