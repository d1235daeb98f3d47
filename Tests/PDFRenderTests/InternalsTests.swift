import Foundation
import PDFWriter
import Testing
import TypesetText
@testable import PDFRender

@Suite struct InternalsTests {
  @Test func pageLabelsMergeContinuingNumbers() {
    #expect(PageLabelRange.make([nil, nil]).isEmpty)
    let ranges = PageLabelRange.make(["Cover", "A-1", "A-2", "A-3", nil, nil, "B-1"])
    #expect(ranges == [
      PageLabelRange(startIndex: 0, prefix: "Cover", isNumbered: false, firstNumber: 1),
      PageLabelRange(startIndex: 1, prefix: "A-", isNumbered: true, firstNumber: 1),
      PageLabelRange(startIndex: 4, prefix: nil, isNumbered: true, firstNumber: 5),
      PageLabelRange(startIndex: 6, prefix: "B-", isNumbered: true, firstNumber: 1),
    ])
    #expect(PageLabelRange.split("A-07") == ("A-07", nil))
    #expect(PageLabelRange.split("12") == ("", 12))
  }

  @Test func toUnicodeUsesRangesAndMultiCharacterValues() {
    let cmap = String(decoding: ToUnicodeCMap.make([(3, "c"), (1, "a"), (2, "b"), (4, "ffi"), (5, "x"), (7, "\u{1F600}")]), as: UTF8.self)
    #expect(cmap.contains("3 beginbfchar\n<0004> <006600660069>\n<0005> <0078>\n<0007> <D83DDE00>\nendbfchar\n"))
    #expect(cmap.contains("1 beginbfrange\n<0001> <0003> <0061>\nendbfrange\n"))
    #expect(cmap.hasPrefix("/CIDInit /ProcSet findresource begin"))
    #expect(cmap.hasSuffix("end\nend\n"))
  }

  @Test func toUnicodeRangesDoNotCrossByteBoundaries() {
    let cmap = String(decoding: ToUnicodeCMap.make([(0x00FF, "\u{00FF}"), (0x0100, "\u{0100}")]), as: UTF8.self)
    #expect(!cmap.contains("beginbfrange"))
    #expect(cmap.contains("2 beginbfchar"))
  }

  @Test func datesAreCivilUTC() {
    #expect(PDFDate(secondsSince1970: 0).pdfString == "D:19700101000000+00'00'")
    #expect(PDFDate(secondsSince1970: 951_782_400 + 3_723).xmpString == "2000-02-29T01:02:03+00:00")
    #expect(PDFDate(secondsSince1970: -1).xmpString == "1969-12-31T23:59:59+00:00")
    #expect(PDFDate(secondsSince1970: 4_102_444_800).pdfString == "D:21000101000000+00'00'")
  }

  @Test func rightToLeftClustersAreReversedOnlyWhenTheyHoldRTLCharacters() {
    #expect(ExtractionText.visual("لا") == "ال")
    #expect(ExtractionText.visual("ffi") == "ffi")
    #expect(ExtractionText.visual("ש") == "ש")
    #expect(ExtractionText.visual("12") == "12")
  }

  @Test func subsetTagIsSixLettersAndDependsOnTheGlyphSetOnly() {
    let a = SubsetTag.make(fontID: "NotoSans-Regular-0abc1234", glyphs: [5, 3, 9])
    #expect(a.count == 6 && a.allSatisfy { $0.isUppercase && $0.isASCII })
    #expect(SubsetTag.make(fontID: "NotoSans-Regular-0abc1234", glyphs: [9, 5, 3]) == a)
    #expect(SubsetTag.make(fontID: "NotoSans-Regular-0abc1234", glyphs: [5, 3]) != a)
    #expect(SubsetTag.make(fontID: "NotoSans-Bold-0abc1234", glyphs: [5, 3, 9]) != a)
  }

  @Test func pngPredictionChoosesUpOrPaethPerRow() {
    // Row 0: with nothing above, Paeth predicts from the left (residuals 1 1 1 1, cost 4) and
    // beats Up (1 2 3 4, cost 10). Row 1 equals row 0, so Up gives zeros (and wins the tie).
    let out = ImageEncoder.predict([1, 2, 3, 4, 1, 2, 3, 4], components: 1, width: 4, height: 2)
    #expect(out == [4, 1, 1, 1, 1, 2, 0, 0, 0, 0])
    // A horizontal ramp: Paeth predicts from the left and wins.
    let ramp = ImageEncoder.predict([10, 20, 30, 40], components: 1, width: 4, height: 1)
    #expect(ramp == [4, 10, 10, 10, 10])
  }

  @Test func base64DecodesTheProfile() {
    let profile = SRGBProfile.bytes
    #expect(profile.count == SRGBProfile.byteCount)
    // ICC header: the profile size (big-endian) and the 'acsp' signature at offset 36.
    #expect(Int(profile[0]) << 24 | Int(profile[1]) << 16 | Int(profile[2]) << 8 | Int(profile[3]) == profile.count)
    #expect(Array(profile[36..<40]) == Array("acsp".utf8))
    #expect(Array(profile[16..<20]) == Array("RGB ".utf8))
    #expect(Base64.decode("QUJD") == [65, 66, 67])
    #expect(Base64.decode("QQ==") == [65])
    #expect(Base64.decode("Q!") == nil)
  }

  @Test func cffCharsetRejectsGarbage() {
    #expect(CFFCharset(cff: [], glyphCount: 10) == nil)
    #expect(CFFCharset(cff: [1, 0, 4, 1, 0xFF, 0xFF, 0xFF], glyphCount: 10) == nil)
  }

  static let cjkPath = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

  @Test(.enabled(if: FileManager.default.fileExists(atPath: cjkPath))) func cffCharsetReadsCIDKeyedFont() throws {
    let font = try Font(path: Self.cjkPath, faceIndex: 2)
    let table = try #require(font.table("CFF "))
    let charset = try #require(CFFCharset(cff: table, glyphCount: font.glyphCount))
    #expect(charset.isCIDKeyed)
    // Noto CJK is Adobe-Identity-0 with CID == GID (research/build-notes.md §2).
    #expect(charset.identifiers[1] == 1)
    #expect(charset.identifiers[font.glyphCount - 1] == UInt16(font.glyphCount - 1))
  }

  @Test func fontUsageKeepsFirstTextAndIgnoresForeignGlyphIDs() {
    var usage = FontUsage(font: Fixtures.regular, resourceName: "F1")
    let recorded = [
      usage.record(5, text: ""), usage.record(5, text: "x"), usage.record(5, text: "y"), usage.record(7, text: "z"),
      usage.record(GlyphID(Fixtures.regular.glyphCount + 10), text: "q"),
    ]
    #expect(recorded == [true, true, true, true, false])
    #expect(usage.glyphs == [5, 7])
    #expect(usage.firstText == [5: "x", 7: "z"])
  }
}

@Suite struct CFFCharsetRobustnessTests {
  static let nameKeyedPath = "/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf"

  @Test(.enabled(if: FileManager.default.fileExists(atPath: nameKeyedPath))) func readsNameKeyedFontAndSurvivesTruncation() throws {
    let font = try Font(path: Self.nameKeyedPath)
    let table = try #require(font.table("CFF "))
    let charset = try #require(CFFCharset(cff: table, glyphCount: font.glyphCount))
    #expect(!charset.isCIDKeyed)
    #expect(charset.identifiers.count == font.glyphCount)
    // Every prefix of the table either parses or is rejected; none may crash.
    var parsed = 0
    for length in stride(from: 0, to: min(table.count, 4000), by: 7) {
      if CFFCharset(cff: Array(table.prefix(length)), glyphCount: font.glyphCount) != nil { parsed += 1 }
    }
    #expect(parsed < 4000 / 7)
  }

  @Test func survivesPseudoRandomBytes() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt8 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: state >> 56)
    }
    for size in [4, 16, 64, 300] {
      for _ in 0..<200 {
        var bytes = (0..<size).map { _ in next() }
        bytes[0] = 1; bytes[2] = 4  // a plausible header so parsing goes deeper
        let charset = CFFCharset(cff: bytes, glyphCount: 50)
        #expect(charset == nil || charset?.identifiers.count == 50)
      }
    }
  }
}
