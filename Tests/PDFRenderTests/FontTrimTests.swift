import Testing
import TypesetText
@testable import PDFRender

/// The trimmed TrueType subsets embedded as CIDFontType2 (`FontSubsetter` with
/// `addressedByGlyph`, `SFNTTables`).
@Suite struct FontTrimTests {
  static func tag(_ s: String) -> UInt32 { FontSubsetter.tableTag(s) }

  @Test func glyphAddressedSubsetKeepsTheRequiredTablesAndGlyphs() throws {
    let font = Fixtures.regular
    let glyphs = "Statement 2025".unicodeScalars.compactMap { font.glyph(for: $0) }
    let trimmed = try #require(FontSubsetter.subset(font, glyphs: glyphs, addressedByGlyph: true))
    let plain = try #require(FontSubsetter.subset(font, glyphs: glyphs))
    #expect(trimmed.program.count < plain.program.count - 300)
    // Same glyph numbering either way: the trim touches neither glyf nor loca.
    #expect(trimmed.newGlyph == plain.newGlyph)

    let tables = try #require(SFNTTables(trimmed.program))
    let tags = Set(tables.tables.map(\.tag))
    for required in ["cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "OS/2"] {
      #expect(tags.contains(Self.tag(required)), "\(required) missing")
    }
    #expect(!tags.contains(Self.tag("gasp")) && !tags.contains(Self.tag("GSUB")) && !tags.contains(Self.tag("fpgm")))
    let plainTables = try #require(SFNTTables(plain.program))
    #expect(tables.table(Self.tag("glyf")) == plainTables.table(Self.tag("glyf")))
    #expect(tables.table(Self.tag("hmtx")) == plainTables.table(Self.tag("hmtx")))
    #expect(tables.table(Self.tag("loca")) == plainTables.table(Self.tag("loca")))
    // hb-subset is shown the face without its cmap, so OS/2 claims no characters either, as
    // the empty cmap says: no Unicode ranges, first and last character index 0xFFFF.
    let os2 = try #require(tables.table(Self.tag("OS/2")))
    #expect(os2.count >= 68)
    #expect(Array(os2[42..<58]) == [UInt8](repeating: 0, count: 16))
    #expect(Array(os2[64..<68]) == [0xFF, 0xFF, 0xFF, 0xFF])
    let plainOS2 = try #require(plainTables.table(Self.tag("OS/2")))
    #expect(Array(plainOS2[64..<66]) == [0, 0x20])  // the plain subset's first character is the space

    // Still a font FreeType and HarfBuzz accept, with the same glyphs and advances, whose cmap
    // maps nothing and whose name table still names it.
    let reloaded = try Font(data: trimmed.program)
    #expect(reloaded.glyphCount == Set(glyphs + [0]).count)
    #expect(reloaded.postScriptName == "NotoSans-Regular" && reloaded.familyName == "Noto Sans")
    #expect(reloaded.glyph(for: "S") == nil && reloaded.glyph(for: " ") == nil)
    for g in glyphs {
      let new = try #require(trimmed.newGlyph[g])
      #expect(reloaded.advance(of: new) == font.advance(of: g))
    }
  }

  @Test func rewrittenFileHasValidChecksums() throws {
    let font = Fixtures.arabic
    let glyphs = "شركة".unicodeScalars.compactMap { font.glyph(for: $0) }
    let program = try #require(FontSubsetter.subset(font, glyphs: glyphs, addressedByGlyph: true)).program
    #expect(program.count % 4 == 0)
    // The whole file sums to 0xB1B0AFBA (head.checkSumAdjustment), and each directory entry's
    // checksum matches its table (head's taken with the adjustment zeroed).
    #expect(SFNTTables.checksum(program) == 0xB1B0_AFBA)
    let count = Int(program[4]) << 8 | Int(program[5])
    for k in 0..<count {
      let record = 12 + 16 * k
      func u32(_ at: Int) -> Int { Int(program[at]) << 24 | Int(program[at + 1]) << 16 | Int(program[at + 2]) << 8 | Int(program[at + 3]) }
      var data = Array(program[u32(record + 8)..<u32(record + 8) + u32(record + 12)])
      if u32(record) == Int(SFNTTables.head) { for i in 8..<12 { data[i] = 0 } }
      #expect(Int(SFNTTables.checksum(data)) == u32(record + 4))
      #expect(u32(record + 8) % 4 == 0)
      if k > 0 { #expect(u32(record) > u32(record - 16)) }  // sorted by tag
    }
  }

  @Test func sfntReaderRejectsMalformedDirectories() {
    #expect(SFNTTables([]) == nil)
    #expect(SFNTTables([0, 1, 0, 0, 0, 1]) == nil)  // one table promised, no record
    // A record pointing past the end of the file.
    var font: [UInt8] = [0, 1, 0, 0, 0, 1, 0, 16, 0, 0, 0, 0]
    font += Array("head".utf8) + [0, 0, 0, 0] + [0, 0, 0, 28] + [0, 0, 0, 100]
    #expect(SFNTTables(font) == nil)
    #expect(SFNTTables(Array("OTTO".utf8) + [0, 1]) == nil)  // CFF outlines are not rewritten
  }

  @Test func emptyCharacterMapIsAWellFormedFormat4Table() {
    let cmap = SFNTTables.emptyCharacterMap
    #expect(cmap.count == 36)
    // One subtable, platform 3 encoding 1, at offset 12, format 4 of length 24.
    #expect(Array(cmap[0..<12]) == [0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12])
    #expect(Array(cmap[12..<16]) == [0, 4, 0, 24])
  }

  @Test func fontsSubsetTogetherEqualFontsSubsetOneByOne() throws {
    var usages: [FontUsage] = []
    for (index, (font, text)) in [
      (Fixtures.regular, "Statement of account 2025"), (Fixtures.bold, "Total €"), (Fixtures.arabic, "شركة النور"),
      (Fixtures.hebrew, "שלום"),
    ].enumerated() {
      var usage = FontUsage(font: font, resourceName: "F\(index + 1)")
      for scalar in text.unicodeScalars { if let g = font.glyph(for: scalar) { usage.record(g, text: String(scalar)) } }
      usages.append(usage)
    }
    let together = try EmbeddedFont.make(usages)
    let oneByOne = try usages.map { try EmbeddedFont(usage: $0) }
    #expect(together.count == usages.count)
    for (a, b) in zip(together, oneByOne) {
      #expect(a.resourceName == b.resourceName && a.baseFontName == b.baseFontName)
      #expect(a.program == b.program && a.codes == b.codes && a.widths == b.widths)
    }
    #expect(try EmbeddedFont.make([]).isEmpty)
    #expect(try EmbeddedFont.make([usages[0]])[0].program == oneByOne[0].program)
  }
}
