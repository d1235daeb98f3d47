import Testing
import TypesetText

@testable import PDFRender

/// A remembered subset must be the subset hb-subset makes.
@Suite struct FontSubsetCacheTests {
  static func glyphs(_ text: String, _ font: Font) -> [GlyphID] {
    Set(text.unicodeScalars.compactMap { font.glyph(for: $0) }).sorted()
  }

  @Test func cachedSubsetsEqualFreshOnes() throws {
    let cache = FontSubsetCache()
    for (font, text) in [(Fixtures.regular, "Invoice 12,345.67 Müller"), (Fixtures.bold, "Total due"), (Fixtures.regular, "Other")] {
      let glyphs = Self.glyphs(text, font)
      let fresh = try #require(FontSubsetter.subset(font, glyphs: glyphs))
      let first = try #require(cache.subset(font, glyphs: glyphs))
      let second = try #require(cache.subset(font, glyphs: glyphs))
      #expect(first.program == fresh.program && second.program == fresh.program)
      #expect(first.newGlyph == fresh.newGlyph && second.newGlyph == fresh.newGlyph)
    }
    #expect(cache.count == 3)
  }

  @Test func unicodesAndFacesAreSeparateEntries() throws {
    let cache = FontSubsetCache()
    let glyphs = Self.glyphs("abc", Fixtures.regular)
    let plain = try #require(cache.subset(Fixtures.regular, glyphs: glyphs))
    let withCmap = try #require(cache.subset(Fixtures.regular, glyphs: glyphs, unicodes: [0x61, 0x62, 0x63]))
    let fresh = try #require(FontSubsetter.subset(Fixtures.regular, glyphs: glyphs, unicodes: [0x61, 0x62, 0x63]))
    #expect(withCmap.program == fresh.program)
    #expect(plain.program == FontSubsetter.subset(Fixtures.regular, glyphs: glyphs)?.program)
    _ = cache.subset(Fixtures.bold, glyphs: Self.glyphs("abc", Fixtures.bold))
    #expect(cache.count == 3)
  }

  @Test func aFullCacheStillSubsets() throws {
    let cache = FontSubsetCache(maximumEntries: 1)
    let first = Self.glyphs("first", Fixtures.regular)
    let second = Self.glyphs("second", Fixtures.regular)
    _ = cache.subset(Fixtures.regular, glyphs: first)
    let made = try #require(cache.subset(Fixtures.regular, glyphs: second))
    #expect(made.program == FontSubsetter.subset(Fixtures.regular, glyphs: second)?.program)
    #expect(cache.count == 1)
  }
}
