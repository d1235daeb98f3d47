import CFriBiDi

/// UAX #9 embedding levels of one paragraph, from FriBiDi.
struct BidiResolution {
  /// The level of each scalar, in logical order.
  var levels: [UInt8]
  /// The paragraph embedding level (0 or 1).
  var baseLevel: UInt8

  /// Resolves `scalars` as one paragraph. When the text cannot hold a right-to-left character
  /// (every scalar below U+0590) and the direction is not forced right-to-left, every level is
  /// 0 and FriBiDi is skipped.
  init(scalars: [UInt32], direction: ParagraphDirection, mayContainRightToLeft: Bool) {
    let n = scalars.count
    if n == 0 || (!mayContainRightToLeft && direction != .rightToLeft) || n > Int(Int32.max) {
      let base: UInt8 = direction == .rightToLeft ? 1 : 0
      levels = [UInt8](repeating: base, count: n)
      baseLevel = base
      return
    }
    var types = [FriBidiCharType](repeating: FriBidiCharType(rawValue: 0), count: n)
    var brackets = [FriBidiBracketType](repeating: 0, count: n)
    var raw = [FriBidiLevel](repeating: 0, count: n)
    var base: FriBidiParType =
      switch direction {
      case .auto: FRIBIDI_PAR_ON
      case .leftToRight: FRIBIDI_PAR_LTR
      case .rightToLeft: FRIBIDI_PAR_RTL
      }
    let length = FriBidiStrIndex(n)
    let maxLevel = scalars.withUnsafeBufferPointer { s -> FriBidiLevel in
      guard let chars = s.baseAddress else { return 0 }
      fribidi_get_bidi_types(chars, length, &types)
      fribidi_get_bracket_types(chars, length, types, &brackets)
      return fribidi_get_par_embedding_levels_ex(types, brackets, length, &base, &raw)
    }
    let resolvedBase: UInt8 = base == FRIBIDI_PAR_RTL ? 1 : 0
    if maxLevel <= 0 {
      // FriBiDi failed (out of memory): keep the whole paragraph at its base level.
      levels = [UInt8](repeating: resolvedBase, count: n)
    } else {
      levels = raw.map { UInt8(clamping: Int($0)) }
    }
    baseLevel = resolvedBase
  }
}
