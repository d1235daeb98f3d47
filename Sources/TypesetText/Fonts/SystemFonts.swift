import CHarfBuzz

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
    if FontLocator.isReadable(notoCJK), let bytes = FontBytes.contents(of: notoCJK) {
      let families = bytes.withUnsafeBytes(faceFamilies)
      for wanted in preferredFamilies {
        if let index = families.firstIndex(of: wanted),
          let font = try? Font(bytes: bytes, faceIndex: index, path: notoCJK)
        {
          return [font]
        }
      }
      if !families.isEmpty, let font = try? Font(bytes: bytes, faceIndex: 0, path: notoCJK) { return [font] }
    }
    if FontLocator.isReadable(wenQuanYi), let font = try? Font(path: wenQuanYi) { return [font] }
    return []
  }

  /// The family name (`name` ID 1, English) of each face in a font file or collection, read
  /// with HarfBuzz without parsing outlines; empty when HarfBuzz rejects the bytes.
  static func faceFamilies(_ bytes: UnsafeRawBufferPointer) -> [String] {
    guard let base = bytes.baseAddress, bytes.count <= Int(UInt32.max) else { return [] }
    let blob = hb_blob_create_or_fail(
      base.assumingMemoryBound(to: CChar.self), UInt32(bytes.count), HB_MEMORY_MODE_READONLY, nil, nil)
    guard let blob else { return [] }
    defer { hb_blob_destroy(blob) }
    let count = min(Int(hb_face_count(blob)), 64)
    var names: [String] = []
    for i in 0..<count {
      guard let face = hb_face_create(blob, UInt32(i)) else {
        names.append("")
        continue
      }
      defer { hb_face_destroy(face) }
      var size: UInt32 = 256
      var text = [CChar](repeating: 0, count: Int(size))
      _ = hb_ot_name_get_utf8(
        face, hb_ot_name_id_t(HB_OT_NAME_ID_FONT_FAMILY), Languages.shared.english, &size, &text)
      names.append(String(decoding: text.prefix(Int(size)).map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
    return names
  }
}
