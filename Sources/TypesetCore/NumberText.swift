/// Locale-free decimal formatting of fixed-point integers: no exponent, no grouping, no trailing zeros.
///
/// Used for PDF numbers and debug dumps so output never depends on the machine's locale or on
/// `Double`'s shortest-representation printing.
public enum NumberText {
  /// Formats `value / scale` with at most `maxFractionDigits` decimals, rounded half away from zero.
  /// `scale` must be a power of ten ≥ 1.
  public static func decimal(_ value: Int64, scale: Int64, maxFractionDigits: Int) -> String {
    var digitsScale: Int64 = 1
    for _ in 0..<maxFractionDigits { digitsScale *= 10 }
    // Rescale to `maxFractionDigits` decimals.
    let scaled: Int64
    if scale >= digitsScale {
      scaled = Length.roundedDivision(value, scale / digitsScale)
    } else {
      scaled = value * (digitsScale / scale)
    }
    let negative = scaled < 0
    let magnitude = scaled.magnitude
    let intPart = magnitude / UInt64(digitsScale)
    var frac = magnitude % UInt64(digitsScale)
    var fracDigits = maxFractionDigits
    while fracDigits > 0 && frac % 10 == 0 { frac /= 10; fracDigits -= 1 }
    var s = negative && magnitude != 0 ? "-" : ""
    s += String(intPart)
    if fracDigits > 0 {
      let f = String(frac)
      s += "." + String(repeating: "0", count: fracDigits - f.count) + f
    }
    return s
  }
}
