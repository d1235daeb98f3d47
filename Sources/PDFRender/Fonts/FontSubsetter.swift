import CHarfBuzz
import TypesetText

/// A font program cut down to the glyphs a document uses, made with hb-subset.
struct FontSubset {
  /// The font file to embed: the whole subset (TrueType, `FontFile2`) or its bare `CFF ` table
  /// (`FontFile3 /CIDFontType0C`).
  var program: [UInt8]
  /// For each used original glyph: its glyph index in the subset.
  var newGlyph: [GlyphID: GlyphID]
}

/// Subsets fonts with HarfBuzz's plan API so the renumbering is known (dense CIDs).
enum FontSubsetter {
  /// Tables PDF consumers never read: layout (shaping already happened), colour, hinting
  /// helpers and signatures.
  static let droppedTables = [
    "GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "DSIG", "kern", "morx", "mort", "feat", "trak",
    "LTSH", "PCLT", "VDMX", "hdmx", "EBDT", "EBLC", "EBSC", "SVG ", "COLR", "CPAL", "sbix", "CBDT", "CBLC",
  ]

  /// The `name` records a glyph-addressed subset keeps: family, subfamily, full and PostScript
  /// names (the copyright, version and unique-ID strings are about 300 bytes per font).
  static let glyphAddressedNameIDs: [UInt32] = [1, 2, 4, 6]

  /// Subsets `font` to `glyphs` (plus .notdef and composite components), dropping hinting.
  /// The subset's cmap keeps the entries of `unicodes`.
  ///
  /// With `addressedByGlyph` (a CIDFontType2 with `/CIDToGIDMap /Identity`, whose viewer never
  /// reads the cmap) a TrueType subset is trimmed further: the cmap maps nothing, the `name`
  /// table keeps only `glyphAddressedNameIDs` and `gasp` is dropped. Every table TrueType
  /// requires stays (cmap, glyf, head, hhea, hmtx, loca, maxp, name, post, OS/2).
  /// - Returns: nil when HarfBuzz cannot subset the font.
  static func subset(_ font: Font, glyphs: [GlyphID], unicodes: [UInt32] = [], addressedByGlyph: Bool = false)
    -> FontSubset?
  {
    let trims = addressedByGlyph && !font.hasCFFOutlines
    return font.withUnsafeBytes { buffer -> FontSubset? in
      guard let base = buffer.baseAddress, buffer.count <= Int(UInt32.max) else { return nil }
      let blob = hb_blob_create_or_fail(
        base.assumingMemoryBound(to: CChar.self), UInt32(buffer.count), HB_MEMORY_MODE_READONLY, nil, nil)
      guard let blob else { return nil }
      defer { hb_blob_destroy(blob) }
      guard let source = hb_face_create(blob, UInt32(font.faceIndex)), hb_face_get_glyph_count(source) > 0 else {
        return nil
      }
      defer { hb_face_destroy(source) }
      // A trimmed subset's cmap is replaced by an empty one, so hb-subset is shown the face
      // without it: otherwise it reads the whole cmap to find which characters map to the kept
      // glyphs (most of the time a subset takes), only to drop the table.
      let face = trims ? (FontSubsetter.faceHidingCharacterMap(source) ?? source) : source
      defer { if face != source { hb_face_destroy(face) } }
      guard let input = hb_subset_input_create_or_fail() else { return nil }
      defer { hb_subset_input_destroy(input) }

      let glyphSet = hb_subset_input_glyph_set(input)
      hb_set_add(glyphSet, 0)
      for g in glyphs { hb_set_add(glyphSet, g) }
      let unicodeSet = hb_subset_input_unicode_set(input)
      for u in unicodes { hb_set_add(unicodeSet, u) }
      let dropSet = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
      for tag in droppedTables { hb_set_add(dropSet, tableTag(tag)) }
      if trims {
        hb_set_add(dropSet, tableTag("gasp"))
        hb_set_add(dropSet, tableTag("cmap"))  // replaced below
        let nameIDs = hb_subset_input_set(input, HB_SUBSET_SETS_NAME_ID)
        hb_set_clear(nameIDs)
        for id in glyphAddressedNameIDs { hb_set_add(nameIDs, id) }
      }
      var flags = HB_SUBSET_FLAGS_NO_HINTING.rawValue
      if font.hasCFFOutlines { flags |= HB_SUBSET_FLAGS_DESUBROUTINIZE.rawValue }
      hb_subset_input_set_flags(input, flags)

      guard let plan = hb_subset_plan_create_or_fail(face, input) else { return nil }
      defer { hb_subset_plan_destroy(plan) }
      var mapping: [GlyphID: GlyphID] = [:]
      if let map = hb_subset_plan_old_to_new_glyph_mapping(plan) {
        for g in glyphs + [0] {
          let new = hb_map_get(map, g)
          if new != UInt32.max { mapping[g] = new }
        }
      }
      guard mapping.count == Set(glyphs + [0]).count else { return nil }
      guard let subsetFace = hb_subset_plan_execute_or_fail(plan) else { return nil }
      defer { hb_face_destroy(subsetFace) }
      let tableBlob = font.hasCFFOutlines ? hb_face_reference_table(subsetFace, tableTag("CFF ")) : hb_face_reference_blob(subsetFace)
      guard let tableBlob else { return nil }
      defer { hb_blob_destroy(tableBlob) }
      var length: UInt32 = 0
      guard let data = hb_blob_get_data(tableBlob, &length), length > 0 else { return nil }
      var program = data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
        Array(UnsafeBufferPointer(start: $0, count: Int(length)))
      }
      if trims, var tables = SFNTTables(program) {
        tables.set(SFNTTables.cmap, to: SFNTTables.emptyCharacterMap)
        program = tables.bytes()
      }
      return FontSubset(program: program, newGlyph: mapping)
    }
  }

  /// A face reading `source`'s tables in place, except `cmap`, which it lacks. `source` must
  /// outlive it.
  static func faceHidingCharacterMap(_ source: OpaquePointer) -> OpaquePointer? {
    let face = hb_face_create_for_tables(
      { _, tag, userData in
        guard let userData, tag != FontSubsetter.cmapTag else { return hb_blob_get_empty() }
        return hb_face_reference_table(OpaquePointer(userData), tag)
      }, UnsafeMutableRawPointer(source), nil)
    guard let face, hb_face_get_glyph_count(face) > 0 else {
      face.map { hb_face_destroy($0) }
      return nil
    }
    return face
  }

  private static let cmapTag: hb_tag_t = 0x636D_6170  // 'cmap'

  static func tableTag(_ s: String) -> hb_tag_t {
    var t: UInt32 = 0
    for b in s.utf8.prefix(4) { t = (t << 8) | UInt32(b) }
    return t
  }
}
