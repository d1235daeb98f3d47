#if canImport(Glibc)
import Glibc
#endif
import CFreeType
import CHarfBuzz
import Crypt
import TypesetCore

/// A glyph index in a font.
public typealias GlyphID = UInt32

/// One font face loaded from a file: the bytes, HarfBuzz's font for shaping, and the metrics a
/// PDF font descriptor needs.
///
/// Immutable after `init` (HarfBuzz's font is made immutable), so one instance is shared by
/// every thread; each shaping call makes its own buffer. Owns its C objects and destroys them
/// in `deinit`; no C type appears in the public API.
public final class Font: @unchecked Sendable, Hashable, CustomStringConvertible {
  /// A stable identity: the PostScript name plus the first 8 hex digits of a SHA-256 (never
  /// `Hasher`, which is seeded per process). The digest covers the face's table directory (which
  /// holds every table's checksum and length), the file length and the face index; only when the
  /// directory cannot be read does it cover the whole file. Hashing a directory instead of the
  /// bytes keeps loading a 19 MB CJK collection fast.
  public let id: String
  /// The PostScript name from the `name` table (ID 6), or the file name when absent.
  public let postScriptName: String
  /// The family name (`name` ID 1 or 16).
  public let familyName: String
  /// The whole font file (a copy; the engine reads the bytes in place through `bytes`).
  public var data: [UInt8] { bytes.array }
  /// The whole font file, mapped or copied once, shared with HarfBuzz's face.
  let bytes: FontBytes
  /// The face index inside a collection (`.ttc`), 0 otherwise.
  public let faceIndex: Int
  /// Where the font was loaded from.
  public let path: String
  public let unitsPerEm: Int
  /// Typographic ascender and descender (descender negative), in font units.
  public let ascender: Int
  public let descender: Int
  /// Cap height and x-height in font units (OS/2), or estimates when the table lacks them.
  public let capHeight: Int
  public let xHeight: Int
  /// The font's bounding box in font units: xMin, yMin, xMax, yMax.
  public let boundingBox: (xMin: Int, yMin: Int, xMax: Int, yMax: Int)
  /// Italic angle in degrees (counter-clockwise from vertical; negative for right-leaning).
  public let italicAngle: Double
  public let isFixedPitch: Bool
  public let isBold: Bool
  public let isItalic: Bool
  /// Whether glyph outlines are CFF (`CFF ` table) rather than TrueType (`glyf`).
  public let hasCFFOutlines: Bool
  /// The number of glyphs in the font.
  public let glyphCount: Int

  let hbFace: OpaquePointer
  let hbFont: OpaquePointer
  /// One bit per code point below `FontCoverage.limit`: whether the `cmap` maps it. Built once in
  /// `init`, so `covers(_:)` is a bit test on the hot itemization path.
  let coverage: FontCoverage

  /// Loads face `faceIndex` of the font file at `path`.
  /// - Throws: `FontError` when the file cannot be read or is not a font FreeType and HarfBuzz accept.
  /// The file is memory-mapped (`FontBytes`): only the tables and glyphs that are read get loaded.
  /// - Throws: `FontError` when the file cannot be read or is not a font FreeType and HarfBuzz accept.
  public convenience init(path: String, faceIndex: Int = 0) throws(FontError) {
    guard let bytes = FontBytes.contents(of: path) else { throw .unreadable(path: path) }
    try self.init(bytes: bytes, faceIndex: faceIndex, path: path)
  }

  /// Loads a font from bytes (`path` is used in messages only).
  public convenience init(data: [UInt8], faceIndex: Int = 0, path: String = "<memory>") throws(FontError) {
    try self.init(bytes: FontBytes(copying: data), faceIndex: faceIndex, path: path)
  }

  /// Loads face `faceIndex` of `bytes`, which the font keeps (several faces of one collection
  /// can share them).
  init(bytes: FontBytes, faceIndex: Int, path: String) throws(FontError) {
    self.bytes = bytes
    self.faceIndex = faceIndex
    self.path = path

    // FreeType validates the file and supplies names and descriptor metrics.
    var library: FT_Library?
    guard FT_Init_FreeType(&library) == 0, let library else { throw .invalid(path: path, reason: "FreeType did not start") }
    defer { FT_Done_FreeType(library) }
    var faceOrNil: FT_Face?
    let error = FT_New_Memory_Face(
      library, bytes.base.assumingMemoryBound(to: FT_Byte.self), FT_Long(bytes.count), FT_Long(faceIndex), &faceOrNil)
    guard error == 0, let face = faceOrNil else {
      throw .invalid(path: path, reason: "FreeType error \(error) opening face \(faceIndex)")
    }
    defer { FT_Done_Face(face) }
    let rec = face.pointee
    guard rec.units_per_EM > 0 else { throw .invalid(path: path, reason: "not a scalable font") }
    unitsPerEm = Int(rec.units_per_EM)
    glyphCount = Int(rec.num_glyphs)
    familyName = rec.family_name.map { String(cString: $0) } ?? ""
    let fileName = path.split(separator: "/").last.map(String.init) ?? path
    postScriptName = FT_Get_Postscript_Name(face).map { String(cString: $0) } ?? fileName
    boundingBox = (Int(rec.bbox.xMin), Int(rec.bbox.yMin), Int(rec.bbox.xMax), Int(rec.bbox.yMax))
    isFixedPitch = (rec.face_flags & FT_Long(FT_FACE_FLAG_FIXED_WIDTH)) != 0
    isBold = (rec.style_flags & FT_Long(FT_STYLE_FLAG_BOLD)) != 0
    isItalic = (rec.style_flags & FT_Long(FT_STYLE_FLAG_ITALIC)) != 0

    var asc = Int(rec.ascender), desc = Int(rec.descender)
    var cap = Int(Double(unitsPerEm) * 0.7), xh = Int(Double(unitsPerEm) * 0.5)
    if let os2raw = FT_Get_Sfnt_Table(face, FT_SFNT_OS2) {
      let os2 = os2raw.assumingMemoryBound(to: TT_OS2.self).pointee
      if os2.version != 0xFFFF {
        if os2.sTypoAscender != 0 { asc = Int(os2.sTypoAscender); desc = Int(os2.sTypoDescender) }
        if os2.version >= 2 && os2.sCapHeight > 0 { cap = Int(os2.sCapHeight) }
        if os2.version >= 2 && os2.sxHeight > 0 { xh = Int(os2.sxHeight) }
      }
    }
    ascender = asc; descender = desc; capHeight = cap; xHeight = xh
    if let postRaw = FT_Get_Sfnt_Table(face, FT_SFNT_POST) {
      let post = postRaw.assumingMemoryBound(to: TT_Postscript.self).pointee
      italicAngle = Double(post.italicAngle) / 65536
    } else {
      italicAngle = 0
    }

    // HarfBuzz shapes from the same bytes, read in place (`bytes` outlives `hbFace`: `deinit`
    // destroys the face before the stored properties are released), with its own OpenType
    // functions (positions come out in font units because the scale is left at upem).
    let blob =
      bytes.count <= Int(UInt32.max)
      ? hb_blob_create_or_fail(
        bytes.base.assumingMemoryBound(to: CChar.self), UInt32(bytes.count), HB_MEMORY_MODE_READONLY, nil, nil)
      : nil
    guard let blob else { throw .invalid(path: path, reason: "HarfBuzz could not read the bytes") }
    defer { hb_blob_destroy(blob) }
    guard let face = hb_face_create(blob, UInt32(faceIndex)), hb_face_get_glyph_count(face) > 0 else {
      throw .invalid(path: path, reason: "HarfBuzz found no glyphs in face \(faceIndex)")
    }
    hbFace = face
    guard let font = hb_font_create(face) else { hb_face_destroy(face); throw .invalid(path: path, reason: "hb_font_create failed") }
    hb_font_make_immutable(font)
    hbFont = font
    coverage = FontCoverage(face: face)
    hasCFFOutlines = hb_face_reference_table(face, Font.tag("CFF ")).map { t in
      defer { hb_blob_destroy(t) }
      return hb_blob_get_length(t) > 0
    } ?? false

    let print = bytes.withUnsafeBytes { Font.fingerprint(of: $0, faceIndex: faceIndex) ?? Array($0) }
    let digest = hex(SHA256.hash(print).prefix(4))
    id = "\(postScriptName)-\(digest)"
  }

  deinit {
    hb_font_destroy(hbFont)
    hb_face_destroy(hbFace)
  }

  /// Calls `body` with the whole font file, read in place (no copy); the buffer is valid only
  /// inside `body`.
  public func withUnsafeBytes<Result, Failure: Error>(_ body: (UnsafeRawBufferPointer) throws(Failure) -> Result)
    throws(Failure) -> Result
  {
    try bytes.withUnsafeBytes(body)
  }

  /// The glyph the `cmap` maps `scalar` to, or nil when the font lacks the character.
  public func glyph(for scalar: Unicode.Scalar) -> GlyphID? {
    if coverage.contains(scalar.value) == false { return nil }  // a bit test answers most misses
    var g: hb_codepoint_t = 0
    return hb_font_get_nominal_glyph(hbFont, scalar.value, &g) != 0 ? g : nil
  }

  /// Whether the font maps `scalar` to a glyph. O(1) for the BMP and SMP (a bit test).
  public func covers(_ scalar: Unicode.Scalar) -> Bool { covers(codePoint: scalar.value) }

  /// Whether the font maps the code point `value` to a glyph.
  func covers(codePoint value: UInt32) -> Bool {
    if let known = coverage.contains(value) { return known }
    return cmapGlyph(for: value) != nil
  }

  /// The `cmap` lookup itself, bypassing the coverage bit set.
  func cmapGlyph(for value: UInt32) -> GlyphID? {
    var g: hb_codepoint_t = 0
    return hb_font_get_nominal_glyph(hbFont, value, &g) != 0 ? g : nil
  }

  /// The horizontal advance of `glyph` in font units.
  public func advance(of glyph: GlyphID) -> Int { Int(hb_font_get_glyph_h_advance(hbFont, glyph)) }

  /// Converts font units to a length at `size`.
  public func length(fontUnits units: Int, size: Length) -> Length {
    .fromFontUnits(Int64(units), size: size, unitsPerEm: Int64(unitsPerEm))
  }

  /// A table's bytes (`tag` is four ASCII characters, e.g. `"CFF "`), or nil when absent.
  public func table(_ tag: String) -> [UInt8]? {
    guard let blob = hb_face_reference_table(hbFace, Font.tag(tag)) else { return nil }
    defer { hb_blob_destroy(blob) }
    var length: UInt32 = 0
    guard let p = hb_blob_get_data(blob, &length), length > 0 else { return nil }
    return p.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) }
  }

  /// The bytes that identify face `faceIndex` of an sfnt file or collection: its table
  /// directory (with each table's checksum), the file length and the face index; nil when the
  /// directory is out of bounds.
  static func fingerprint(of data: [UInt8], faceIndex: Int) -> [UInt8]? {
    data.withUnsafeBytes { fingerprint(of: $0, faceIndex: faceIndex) }
  }

  /// `fingerprint(of:faceIndex:)` of bytes in memory.
  static func fingerprint(of data: UnsafeRawBufferPointer, faceIndex: Int) -> [UInt8]? {
    func u32(_ at: Int) -> Int? {
      guard at >= 0, at + 4 <= data.count else { return nil }
      return Int(data[at]) << 24 | Int(data[at + 1]) << 16 | Int(data[at + 2]) << 8 | Int(data[at + 3])
    }
    var start = 0
    if u32(0) == 0x7474_6366 {  // "ttcf"
      guard let faces = u32(8), faceIndex >= 0, faceIndex < faces, let offset = u32(12 + 4 * faceIndex) else { return nil }
      start = offset
    }
    guard start + 6 <= data.count else { return nil }
    let tables = Int(data[start + 4]) << 8 | Int(data[start + 5])
    let end = start + 12 + 16 * tables
    guard tables > 0, end <= data.count else { return nil }
    var out = Array(data[start..<end])
    let length = UInt64(data.count)
    for shift in stride(from: 56, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: length >> UInt64(shift))) }
    out.append(UInt8(truncatingIfNeeded: faceIndex))
    return out
  }

  static func tag(_ s: String) -> hb_tag_t {
    var t: UInt32 = 0
    for b in s.utf8.prefix(4) { t = (t << 8) | UInt32(b) }
    return t
  }

  public static func == (a: Font, b: Font) -> Bool { a.id == b.id && a.faceIndex == b.faceIndex }
  public func hash(into h: inout Hasher) { h.combine(id); h.combine(faceIndex) }
  public var description: String { id }
}

/// Why a font could not be loaded.
public enum FontError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file does not exist or cannot be read.
  case unreadable(path: String)
  /// The bytes are not a font that FreeType and HarfBuzz accept.
  case invalid(path: String, reason: String)

  public var description: String {
    switch self {
    case .unreadable(let path): return "\(path): cannot read font file"
    case .invalid(let path, let reason): return "\(path): not a usable font (\(reason))"
    }
  }
}

/// Reads a whole file without Foundation (the engine's text layer stays lean).
enum FileBytes {
  /// The file's bytes, or nil when it cannot be opened or read. Reads in one call when the
  /// size is known (fonts are up to ~20 MB), else in chunks.
  static func read(_ path: String) -> [UInt8]? {
    guard let f = fopen(path, "rb") else { return nil }
    defer { fclose(f) }
    var out: [UInt8] = []
    if fseek(f, 0, SEEK_END) == 0 {
      let size = ftell(f)
      if size > 0, fseek(f, 0, SEEK_SET) == 0 {
        var complete = false
        out = [UInt8](unsafeUninitializedCapacity: size) { buf, initialized in
          let n = fread(buf.baseAddress, 1, size, f)
          initialized = n
          complete = n == size
        }
        if complete { return out }
        out = []
      }
      guard fseek(f, 0, SEEK_SET) == 0 else { return nil }
    }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
      if n > 0 { out.append(contentsOf: chunk[0..<n]) }
      if n < chunk.count { break }
    }
    return ferror(f) == 0 ? out : nil
  }
}
