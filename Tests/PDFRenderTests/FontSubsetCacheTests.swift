import PDFWriter
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

/// A font program written from the compression cache must be the stream the writer writes itself.
@Suite struct CompressedProgramCacheTests {
  /// The file bytes of one stream written with `.automatic`, or from the cache when `cache` is set.
  static func file(_ program: [UInt8], settings: PDFSettings, cache: CompressedProgramCache?) -> [UInt8] {
    var file = PDFFileWriter(settings: settings)
    let ref = file.allocateRef()
    if let cache {
      let payload = cache.payload(for: program, in: file)
      file.writeStream(ref, data: payload.data, filter: payload.filter) { d in d.set("Length1", integer: program.count) }
    } else {
      file.writeStream(ref, data: program) { d in d.set("Length1", integer: program.count) }
    }
    return file.finish(root: ref, info: nil) { _ in nil }
  }

  static let programs: [[UInt8]] = {
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    let noise = (0..<4_000).map { _ -> UInt8 in
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: seed >> 56)
    }
    return [Fixtures.regular.data.prefix(20_000).map { $0 }, Array(repeating: 7, count: 3_000), noise, [], [1]]
  }()

  @Test(arguments: [PDFSettings(), PDFSettings(compressionLevel: 9), PDFSettings(isCompressed: false)])
  func cachedPayloadsWriteTheSameFile(settings: PDFSettings) {
    let cache = CompressedProgramCache()
    for program in Self.programs {
      let direct = Self.file(program, settings: settings, cache: nil)
      #expect(Self.file(program, settings: settings, cache: cache) == direct)
      #expect(Self.file(program, settings: settings, cache: cache) == direct)
    }
    #expect(cache.count == (settings.isCompressed ? Self.programs.count : 0))
  }

  @Test(arguments: [PDFSettings(), PDFSettings(compressionLevel: 9)])
  func preparedPayloadsWriteTheSameFile(settings: PDFSettings) {
    // `prepare` compresses on several threads what `payload` would compress one by one.
    let cache = CompressedProgramCache()
    cache.prepare(Self.programs, level: settings.compressionLevel)
    #expect(cache.count == Self.programs.count)
    for program in Self.programs {
      #expect(Self.file(program, settings: settings, cache: cache) == Self.file(program, settings: settings, cache: nil))
    }
    #expect(cache.count == Self.programs.count)
    let full = CompressedProgramCache(maximumEntries: 1)
    cache.prepare([[1]], level: 6)
    full.prepare(Self.programs, level: 6)
    #expect(full.count == 1)
    full.prepare(Self.programs, level: 6)  // full: nothing compressed for nothing
    #expect(full.count == 1)
  }

  @Test func levelsAreSeparateEntries() {
    let cache = CompressedProgramCache()
    let program = Self.programs[0]
    let fast = Self.file(program, settings: PDFSettings(compressionLevel: 1), cache: cache)
    let best = Self.file(program, settings: PDFSettings(compressionLevel: 9), cache: cache)
    #expect(fast == Self.file(program, settings: PDFSettings(compressionLevel: 1), cache: nil))
    #expect(best == Self.file(program, settings: PDFSettings(compressionLevel: 9), cache: nil))
    #expect(cache.count == 2)
  }
}
