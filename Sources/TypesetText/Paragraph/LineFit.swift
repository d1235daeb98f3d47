/// How well a line's material fills its width: badness, fitness class and adjustment ratio.
struct LineFit: Sendable, Equatable {
  /// Badness cap and value for an infinitely bad (but not overfull) line (TeX's `inf_bad`).
  static let infiniteBadness = 10_000

  /// TeX's four fitness classes; lines whose classes differ by more than one get extra demerits.
  enum Fitness: Int, Sendable {
    case tight = 0
    case decent, loose, veryLoose
  }

  /// 100 × ratio³ rounded, capped at 10000; meaningless when `isOverfull`.
  var badness: Int
  /// The fitness class of the line.
  var fitness: Fitness
  /// Whether the line is wider than its width even at full shrink (ratio < -1).
  var isOverfull: Bool

  /// Measures a line of natural width `natural` against `target`.
  init(natural: ParagraphTotals, target: Int64) {
    let shortfall = target - natural.width
    if shortfall > 0 {
      badness = Self.badness(shortfall, natural.stretch)
      isOverfull = false
      // TeX's thresholds: badness 12 is a ratio of ~0.5, 99 a ratio of ~1.
      fitness = badness > 99 ? .veryLoose : (badness > 12 ? .loose : .decent)
    } else if shortfall < 0 {
      isOverfull = -shortfall > natural.shrink
      badness = isOverfull ? Self.infiniteBadness : Self.badness(-shortfall, natural.shrink)
      fitness = badness > 12 ? .tight : .decent
    } else {
      badness = 0
      isOverfull = false
      fitness = .decent
    }
  }

  /// TeX's integer approximation of 100 × (t / s)³ (tex.web §108), exact enough and identical
  /// on every machine. 297³ ≈ 100 × 2¹⁸, so (297 t / s)³ / 2¹⁸ ≈ 100 (t / s)³.
  static func badness(_ amount: Int64, _ available: Int64) -> Int {
    if amount == 0 { return 0 }
    if available <= 0 { return infiniteBadness }
    guard amount <= Int64.max / 297 else { return infiniteBadness }
    let ratio = amount * 297 / available
    // TeX cuts at 1290 because 1291³ overflows 32 bits (1290 gives ~8189); kept to match TeX.
    if ratio > 1290 { return infiniteBadness }
    return Int((ratio * ratio * ratio + 0x20000) / 0x40000)
  }

  /// The adjustment ratio for justification: clamped to at least -1, and 0 when the line has no
  /// stretch (or shrink) to use.
  static func ratio(natural: ParagraphTotals, target: Int64) -> Double {
    let shortfall = target - natural.width
    if shortfall > 0 {
      return natural.stretch > 0 ? Double(shortfall) / Double(natural.stretch) : 0
    }
    if shortfall < 0 {
      return natural.shrink > 0 ? max(-1, Double(shortfall) / Double(natural.shrink)) : 0
    }
    return 0
  }
}
