import CHarfBuzz

/// A bit set of the code points a face's `cmap` maps, for the Basic and Supplementary
/// Multilingual Planes (16 KiB per face). Higher planes are answered by the `cmap` itself.
struct FontCoverage: Sendable {
  /// Code points below this are in the bit set.
  static let limit: UInt32 = 0x2_0000

  private let words: [UInt64]

  /// Collects the face's Unicode coverage through `hb_face_collect_unicodes`.
  init(face: OpaquePointer) {
    var words = [UInt64](repeating: 0, count: Int(FontCoverage.limit / 64))
    if let set = hb_set_create() {
      defer { hb_set_destroy(set) }
      hb_face_collect_unicodes(face, set)
      var first: hb_codepoint_t = UInt32.max  // HB_SET_VALUE_INVALID
      var last: hb_codepoint_t = UInt32.max
      while hb_set_next_range(set, &first, &last) != 0 {
        if first >= FontCoverage.limit { break }
        let end = min(last, FontCoverage.limit - 1)
        var cp = first
        while cp <= end {
          words[Int(cp >> 6)] |= 1 << UInt64(cp & 63)
          cp += 1
        }
      }
    }
    self.words = words
  }

  /// Whether `value` is covered, or nil when it lies outside the bit set.
  @inline(__always) func contains(_ value: UInt32) -> Bool? {
    guard value < FontCoverage.limit else { return nil }
    return words[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
  }
}
