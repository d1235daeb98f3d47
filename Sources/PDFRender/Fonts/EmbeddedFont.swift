import PDFWriter
import TypesetCore
import TypesetLayout
import TypesetText

/// A font ready to draw with and to write: codes and widths per original glyph, the subset
/// program, and its ToUnicode entries.
///
/// Codes are two-byte CIDs under `Identity-H`: the subset's new glyph index for TrueType
/// (dense, with `/CIDToGIDMap /Identity`), or the original CID for CID-keyed CFF, whose subset
/// keeps the original CIDs in its charset (research/build-notes.md §2).
/// A class so that drawing passes it without copying its tables.
final class EmbeddedFont {
  let font: Font
  let resourceName: String
  /// `ABCDEF+PostScriptName`.
  let baseFontName: String
  let isCFF: Bool
  let program: [UInt8]
  /// Code per original glyph index; -1 for unused glyphs.
  private(set) var codes: [Int32]
  /// Width in thousandths of an em times 10,000 (`PDFNumber.scaled`), per original glyph index.
  private(set) var widths: [Int64]
  /// The ToUnicode text per code (indexed by code; nil where a glyph has none).
  private var unicodeByCode: [String?] = []

  /// Subsets the used glyphs and prepares the lookup tables.
  /// - Throws: `PDFRenderError.fontSubsetFailed` when HarfBuzz cannot subset the font.
  convenience init(usage: FontUsage) throws(PDFRenderError) {
    try self.init(usage: usage, subset: Self.subset(usage))
  }

  /// The fonts of `usages`, in order, subset concurrently (one task per font, spread over the
  /// cores): each subset is independent (its own HarfBuzz face over the font's read-only
  /// bytes), and hb-subset is most of the cost of a short document's fonts.
  /// - Throws: `PDFRenderError.fontSubsetFailed` for the first font HarfBuzz cannot subset.
  static func make(_ usages: [FontUsage]) throws(PDFRenderError) -> [EmbeddedFont] {
    let subsets = ParallelWork.map(usages.count) { Self.subset(usages[$0]) }
    var fonts: [EmbeddedFont] = []
    for (usage, subset) in zip(usages, subsets) { fonts.append(try EmbeddedFont(usage: usage, subset: subset)) }
    return fonts
  }

  /// The subset for one usage: TrueType trimmed for glyph addressing (`FontSubsetter`), made
  /// once per face and glyph set in a process (`FontSubsetCache`: a batch repeats them).
  private static func subset(_ usage: FontUsage) -> FontSubset? {
    FontSubsetCache.shared.subset(usage.font, glyphs: usage.glyphs, addressedByGlyph: true)
  }

  /// Prepares the lookup tables of `usage`'s font from its `subset` (nil when it failed).
  /// - Throws: `PDFRenderError.fontSubsetFailed` when `subset` is nil or lacks a used glyph.
  private init(usage: FontUsage, subset: FontSubset?) throws(PDFRenderError) {
    font = usage.font
    resourceName = usage.resourceName
    isCFF = font.hasCFFOutlines
    guard let subset else { throw .fontSubsetFailed(fontID: font.id) }
    program = subset.program
    var cffIdentifiers: [UInt16]? = nil
    if isCFF, let table = font.table("CFF "), let charset = CFFCharset(cff: table, glyphCount: font.glyphCount), charset.isCIDKeyed {
      cffIdentifiers = charset.identifiers
    }
    let name = font.postScriptName.isEmpty ? "Font" : font.postScriptName
    baseFontName = SubsetTag.make(fontID: font.id, glyphs: usage.glyphs) + "+" + String(name.prefix(100))
    codes = [Int32](repeating: -1, count: max(1, font.glyphCount))
    widths = [Int64](repeating: 0, count: max(1, font.glyphCount))
    let upem = Int64(max(1, font.unitsPerEm))
    for g in usage.glyphs + [0] {
      guard let new = subset.newGlyph[g] else { throw .fontSubsetFailed(fontID: font.id) }
      let code: UInt32 = cffIdentifiers.map { UInt32($0[Int(g)]) } ?? new
      guard code <= 0xFFFF else { throw .fontSubsetFailed(fontID: font.id) }
      codes[Int(g)] = Int32(code)
      widths[Int(g)] = PDFNumber.roundedDivision(Int64(font.advance(of: g)) * 1000 * PDFNumber.scale, upem)
    }
    let maxCode = codes.max() ?? 0
    unicodeByCode = [String?](repeating: nil, count: Int(maxCode) + 1)
    for g in usage.glyphs {
      if let text = usage.firstText[g] { unicodeByCode[Int(codes[Int(g)])] = text }
    }
  }

  /// The ToUnicode text of `code`, if any.
  @inline(__always) func unicodeText(forCode code: Int) -> String? {
    code < unicodeByCode.count ? unicodeByCode[code] : nil
  }

  /// Whether the licence bits in OS/2 `fsType` forbid embedding outlines (restricted licence,
  /// or bitmap embedding only).
  static func forbidsEmbedding(_ font: Font) -> Bool {
    guard let os2 = font.table("OS/2"), os2.count >= 10 else { return false }
    let fsType = UInt16(os2[8]) << 8 | UInt16(os2[9])
    return fsType & 0x000F == 0x0002 || fsType & 0x0200 != 0
  }

  /// Writes the Type 0 font, CIDFont, descriptor, font program and ToUnicode CMap.
  func write(to file: inout PDFFileWriter, ref: PDFRef) {
    let cidFont = file.allocateRef()
    let descriptor = file.allocateRef()
    let fontFile = file.allocateRef()
    let toUnicode = file.allocateRef()
    file.writeType0Font(ref) { f in
      f.baseFont(baseFontName)
      f.encoding("Identity-H")
      f.descendantFont(cidFont)
      f.toUnicode(toUnicode)
    }
    var widthList: [(cid: Int, width: PDFNumber)] = []
    for g in 0..<codes.count where codes[g] >= 0 {
      widthList.append((Int(codes[g]), PDFNumber(scaled: widths[g])))
    }
    widthList.sort { $0.cid < $1.cid }
    file.writeCIDFont(cidFont, subtype: isCFF ? "CIDFontType0" : "CIDFontType2") { f in
      f.baseFont(baseFontName)
      f.systemInfo(registry: "Adobe", ordering: "Identity", supplement: 0)
      f.fontDescriptor(descriptor)
      f.widths(widthList)
      if !isCFF { f.identityCIDToGIDMap() }
    }
    let upem = Int64(max(1, font.unitsPerEm))
    func scaled(_ units: Int) -> PDFNumber { PDFNumber(fixed: Int64(units) * 1000, scale: upem).roundedToInteger }
    file.writeFontDescriptor(descriptor) { d in
      d.fontName(baseFontName)
      var flags = 4  // Symbolic: glyphs are addressed by CID, not by a standard encoding.
      if font.isFixedPitch { flags |= 1 }
      if font.isItalic || font.italicAngle != 0 { flags |= 64 }
      d.flags(flags)
      let box = font.boundingBox
      d.boundingBox([scaled(box.xMin), scaled(box.yMin), scaled(box.xMax), scaled(box.yMax)])
      d.italicAngle(PDFNumber(font.italicAngle))
      // StemV is not stored in OpenType; this weight-based estimate is what most writers use.
      d.metrics(
        ascent: scaled(font.ascender), descent: scaled(font.descender), capHeight: scaled(font.capHeight),
        stemV: PDFNumber(font.isBold ? 120 : 80))
      d.fontFile(isCFF ? "FontFile3" : "FontFile2", fontFile)
    }
    let programLength = program.count
    let payload = CompressedProgramCache.shared.payload(for: program, in: file)
    file.writeStream(fontFile, data: payload.data, filter: payload.filter) { d in
      if isCFF { d.set("Subtype", name: "CIDFontType0C") } else { d.set("Length1", integer: programLength) }
    }
    var mappings: [(code: UInt16, text: String)] = []
    for (code, text) in unicodeByCode.enumerated() { if let text { mappings.append((UInt16(code), text)) } }
    file.writeStream(toUnicode, data: ToUnicodeCMap.make(mappings))
  }
}

extension PDFNumber {
  /// The value rounded half away from zero to an integer.
  var roundedToInteger: PDFNumber { PDFNumber(scaled: PDFNumber.roundedDivision(scaled, PDFNumber.scale) * PDFNumber.scale) }
}
