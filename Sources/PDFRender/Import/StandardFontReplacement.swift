import Foundation
import PDFReader
import PDFWriter
import TypesetText

/// Replaces a standard-14 font that is not embedded (Helvetica, Times, Courier and their
/// styles, also under their Arial / Times New Roman / Courier New aliases) by the metric-compatible
/// Liberation face (Sans, Serif, Mono), embedded as `/FontFile2` of a non-symbolic TrueType font
/// (PDF/A-2b requires every font embedded).
///
/// The original /Encoding is kept when it is WinAnsi or MacRoman (with any /Differences); a
/// StandardEncoding font gets WinAnsi plus /Differences naming StandardEncoding's glyphs, because
/// PDF/A allows only those two base encodings for non-symbolic TrueType fonts. Viewers then map
/// code → glyph name → Unicode → the font's (3,1) cmap. /Widths are the Liberation advances of
/// those glyphs (identical to the Adobe metrics they replace).
///
/// The font program is subset with hb-subset to the characters the encoding maps (keeping their
/// (3,1) cmap entries) and named with a subset tag derived from the file name and that character
/// set; each distinct subset is written once. Every replacement carries a /ToUnicode CMap: the
/// original one when the source font had it, else one built from the encoding.
final class StandardFontReplacement {
  /// The Liberation file for a standard font name (subset tag and alias spelling ignored), or nil.
  static func liberationFile(for baseFont: String) -> String? {
    var name = baseFont
    if name.count > 7, name.dropFirst(6).first == "+" { name = String(name.dropFirst(7)) }
    let lower = name.lowercased()
    let family: String
    if lower.hasPrefix("helvetica") || lower.hasPrefix("arial") {
      family = "Sans"
    } else if lower.hasPrefix("times") {
      family = "Serif"
    } else if lower.hasPrefix("courier") {
      family = "Mono"
    } else {
      return nil
    }
    let bold = lower.contains("bold")
    let italic = lower.contains("italic") || lower.contains("oblique")
    let style = bold && italic ? "BoldItalic" : bold ? "Bold" : italic ? "Italic" : "Regular"
    return "Liberation\(family)-\(style).ttf"
  }

  /// Whether `font` is a simple font without an embedded program that this can replace.
  static func canReplace(_ font: PDFDictionary, in document: PDFDocument) -> Bool {
    guard let subtype = font["Subtype"]?.nameValue, ["Type1", "TrueType", "MMType1"].contains(subtype),
      let base = font["BaseFont"]?.nameValue, liberationFile(for: base) != nil, FontFiles.directory != nil
    else { return false }
    if let descriptor = document.resolve(font["FontDescriptor"] ?? .null).dictionaryValue,
      descriptor["FontFile"] != nil || descriptor["FontFile2"] != nil || descriptor["FontFile3"] != nil
    {
      return false
    }
    switch document.resolve(font["Encoding"] ?? .null) {
    case .null, .name("WinAnsiEncoding"), .name("MacRomanEncoding"), .name("StandardEncoding"): return true
    case .dictionary(let d):
      let base = document.resolve(d["BaseEncoding"] ?? .null).nameValue
      return base == nil || ["WinAnsiEncoding", "MacRomanEncoding", "StandardEncoding"].contains(base ?? "")
    default: return false
    }
  }

  private var descriptors: [Subset: (ref: PDFRef, font: Font, name: String)] = [:]
  private var toUnicodeStreams: [[UInt32]: PDFRef] = [:]

  /// One Liberation file cut down to a set of characters.
  private struct Subset: Hashable {
    var fileName: String
    var characters: [UInt32]
  }

  /// Writes the replacement font dictionary for `font` as `ref` (the caller checked `canReplace`).
  /// - Parameter toUnicode: the serialized value of the source font's /ToUnicode (a reference
  ///   to its copied stream), kept as is; nil to write one built from the encoding.
  func write(_ font: PDFDictionary, as ref: PDFRef, document: PDFDocument, toUnicode: [UInt8]? = nil, file: inout PDFFileWriter) {
    guard let base = font["BaseFont"]?.nameValue, let fileName = Self.liberationFile(for: base),
      let whole = loadFont(fileName)
    else {
      file.writeObject(ref) { $0.null() }
      return
    }
    // The encoding: base table and differences.
    var baseName = "StandardEncoding"
    var differences: [(code: Int, name: String)] = []
    switch document.resolve(font["Encoding"] ?? .null) {
    case .name(let n): baseName = n
    case .dictionary(let d):
      baseName = document.resolve(d["BaseEncoding"] ?? .null).nameValue ?? "StandardEncoding"
      var code = 0
      for item in (document.resolve(d["Differences"] ?? .null).arrayValue ?? []).prefix(1024) {
        switch document.resolve(item) {
        case .integer(let v): code = Int(max(0, min(255, v)))
        case .name(let n):
          if code <= 255 { differences.append((code, n)) }
          code += 1
        default: break
        }
      }
    default: break
    }
    if baseName == "StandardEncoding" {
      let special = SimpleEncodingTables.standardSpecial.keys.sorted().compactMap { code in
        SimpleEncodingTables.standardSpecial[code].map { (code: code, name: $0.name) }
      }
      differences = special + differences
    }
    let table = baseName == "MacRomanEncoding" ? SimpleEncodingTables.macRoman : SimpleEncodingTables.winAnsi
    var unicodes = table.map { UInt32($0) }
    if baseName == "StandardEncoding" {
      for code in 0..<256 { unicodes[code] = (0x20...0x7E).contains(code) ? UInt32(code) : 0 }
    }
    for (code, name) in differences { unicodes[code] = SimpleEncodingTables.unicode(forGlyphName: name) ?? 0 }
    let scale = 1000.0 / Double(max(1, whole.unitsPerEm))
    let missing = Int((Double(whole.advance(of: 0)) * scale).rounded())
    let widths: [Int] = (32...255).map { code in
      guard unicodes[code] != 0, let scalar = Unicode.Scalar(unicodes[code]), let glyph = whole.glyph(for: scalar) else {
        return missing
      }
      return Int((Double(whole.advance(of: glyph)) * scale).rounded())
    }
    // The characters the encoding maps that the face has: the subset's character set.
    let characters = Set(unicodes.filter { u in u != 0 && Unicode.Scalar(u).flatMap { whole.glyph(for: $0) } != nil }).sorted()
    let face = descriptor(Subset(fileName: fileName, characters: characters), font: whole, file: &file)
    let toUnicodeRef: PDFRef? = toUnicode == nil ? toUnicodeStream(unicodes, file: &file) : nil
    let writtenBase = baseName == "MacRomanEncoding" ? "MacRomanEncoding" : "WinAnsiEncoding"
    let writtenDifferences = differences
    file.writeDictionary(ref) { d in
      d.set("Type", name: "Font")
      d.set("Subtype", name: "TrueType")
      d.set("BaseFont", name: face.name)
      d.set("FirstChar", integer: 32)
      d.set("LastChar", integer: 255)
      d.array("Widths") { a in for w in widths { a.integer(w) } }
      d.set("FontDescriptor", reference: face.ref)
      if writtenDifferences.isEmpty {
        d.set("Encoding", name: writtenBase)
      } else {
        d.dictionary("Encoding") { e in
          e.set("Type", name: "Encoding")
          e.set("BaseEncoding", name: writtenBase)
          e.array("Differences") { a in
            var next = -1
            for (code, name) in writtenDifferences {
              if code != next { a.integer(code) }
              a.name(name)
              next = code + 1
            }
          }
        }
      }
      if let toUnicodeRef {
        d.set("ToUnicode", reference: toUnicodeRef)
      } else if let toUnicode {
        d.entry("ToUnicode") { $0.raw(toUnicode) }
      }
    }
  }

  /// The ToUnicode CMap of an encoding (code → Unicode for every code it defines), written once
  /// per distinct encoding.
  private func toUnicodeStream(_ unicodes: [UInt32], file: inout PDFFileWriter) -> PDFRef {
    if let known = toUnicodeStreams[unicodes] { return known }
    var mappings: [(code: UInt16, text: String)] = []
    for (code, u) in unicodes.enumerated() where u != 0 {
      if let scalar = Unicode.Scalar(u) { mappings.append((UInt16(code), String(Character(scalar)))) }
    }
    let ref = file.allocateRef()
    file.writeStream(ref, data: ToUnicodeCMap.make(mappings, singleByte: true))
    toUnicodeStreams[unicodes] = ref
    return ref
  }

  private var loaded: [String: Font] = [:]

  /// The whole Liberation face of `fileName`, read once.
  private func loadFont(_ fileName: String) -> Font? {
    if let known = loaded[fileName] { return known }
    guard let directory = FontFiles.directory, let font = try? Font(path: directory + "/" + fileName) else { return nil }
    loaded[fileName] = font
    return font
  }

  /// The shared descriptor (with the subset font program) of one subset, written once.
  private func descriptor(_ subset: Subset, font: Font, file: inout PDFFileWriter) -> (ref: PDFRef, font: Font, name: String) {
    if let known = descriptors[subset] { return known }
    let glyphs = Set(subset.characters.compactMap { Unicode.Scalar($0).flatMap { font.glyph(for: $0) } }).sorted()
    // The tag hashes the file name and the character set (not glyph ids: the cmap is what the
    // subset keeps), so the same characters of the same face always get the same name. Should
    // HarfBuzz fail to subset, the whole face is embedded untagged (still embedded and correct).
    let cut = FontSubsetCache.shared.subset(font, glyphs: glyphs, unicodes: subset.characters)
    let name = cut == nil ? font.postScriptName
      : SubsetTag.make(fontID: subset.fileName, glyphs: subset.characters) + "+" + font.postScriptName
    let bytes = cut?.program ?? font.data
    let ref = file.allocateRef()
    let program = file.allocateRef()
    file.writeStream(program, data: bytes) { d in d.set("Length1", integer: bytes.count) }
    let scale = 1000.0 / Double(max(1, font.unitsPerEm))
    func n(_ v: Int) -> PDFNumber { PDFNumber(Int((Double(v) * scale).rounded())) }
    var flags = 32  // Nonsymbolic
    if font.isFixedPitch { flags |= 1 }
    if subset.fileName.contains("Serif") { flags |= 2 }
    if font.isItalic { flags |= 64 }
    file.writeFontDescriptor(ref) { d in
      d.fontName(name)
      d.flags(flags)
      d.boundingBox([n(font.boundingBox.xMin), n(font.boundingBox.yMin), n(font.boundingBox.xMax), n(font.boundingBox.yMax)])
      d.italicAngle(PDFNumber(font.italicAngle))
      d.metrics(ascent: n(font.ascender), descent: n(font.descender), capHeight: n(font.capHeight), stemV: font.isBold ? 140 : 80)
      d.fontFile("FontFile2", program)
    }
    descriptors[subset] = (ref, font, name)
    return (ref, font, name)
  }
}
