import CFreeType

/// System fonts that extend coverage beyond the shipped Noto faces (CJK only).
enum SystemFonts {
  /// Noto Sans CJK collections and the family preferred in each, in order.
  static let notoCJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
  static let wenQuanYi = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
  /// Family names tried in order inside the Noto CJK collection.
  static let preferredFamilies = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "Noto Sans CJK KR"]

  /// The installed CJK faces: one Noto Sans CJK face (simplified Chinese preferred), or else
  /// WenQuanYi Micro Hei face 0. Unreadable or broken files are skipped.
  static func cjkFonts() -> [Font] {
    if FontLocator.isReadable(notoCJK), let bytes = FileBytes.read(notoCJK) {
      let families = faceFamilies(bytes)
      for wanted in preferredFamilies {
        if let index = families.firstIndex(of: wanted),
          let font = try? Font(data: bytes, faceIndex: index, path: notoCJK)
        {
          return [font]
        }
      }
      if !families.isEmpty, let font = try? Font(data: bytes, faceIndex: 0, path: notoCJK) { return [font] }
    }
    if FontLocator.isReadable(wenQuanYi), let font = try? Font(path: wenQuanYi) { return [font] }
    return []
  }

  /// The family name of each face in a font file or collection (empty when FreeType rejects it).
  static func faceFamilies(_ bytes: [UInt8]) -> [String] {
    var library: FT_Library?
    guard FT_Init_FreeType(&library) == 0, let library else { return [] }
    defer { FT_Done_FreeType(library) }
    return bytes.withUnsafeBufferPointer { buf -> [String] in
      func open(_ index: Int) -> FT_Face? {
        var face: FT_Face?
        guard FT_New_Memory_Face(library, buf.baseAddress, FT_Long(buf.count), FT_Long(index), &face) == 0 else { return nil }
        return face
      }
      guard let first = open(0) else { return [] }
      let count = min(Int(first.pointee.num_faces), 64)
      FT_Done_Face(first)
      var names: [String] = []
      for i in 0..<count {
        guard let face = open(i) else { names.append(""); continue }
        names.append(face.pointee.family_name.map { String(cString: $0) } ?? "")
        FT_Done_Face(face)
      }
      return names
    }
  }
}
