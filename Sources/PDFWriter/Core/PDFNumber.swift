/// A PDF number held in fixed point with four decimals, so that output never depends on the
/// locale or on `Double`'s shortest-representation printing.
///
/// Written with no exponent, no grouping and no trailing zeros: `12`, `0.5`, `-3.1416`.
public struct PDFNumber: Hashable, Sendable, ExpressibleByIntegerLiteral, CustomStringConvertible {
  /// Ten thousandths per unit.
  public static let scale: Int64 = 10_000

  /// The value multiplied by `scale`.
  public var scaled: Int64

  /// Creates a number from its value times 10,000.
  public init(scaled: Int64) { self.scaled = scaled }

  /// An integer.
  public init(_ value: Int) { scaled = Int64(value) * PDFNumber.scale }

  /// An integer literal.
  public init(integerLiteral value: Int) { self.init(value) }

  /// A floating-point value rounded half away from zero to four decimals; non-finite values become 0.
  public init(_ value: Double) {
    let s = (value * Double(PDFNumber.scale)).rounded(.toNearestOrAwayFromZero)
    scaled = s.isFinite && abs(s) < 9.0e18 ? Int64(s) : 0
  }

  /// The ratio `value / scale` (any positive scale: 1,000,000 for micro-points, units per em for
  /// font units), rounded half away from zero to four decimals. `|value|` must stay below 9 × 10¹⁴.
  public init(fixed value: Int64, scale: Int64) {
    if scale >= PDFNumber.scale && scale % PDFNumber.scale == 0 {
      scaled = PDFNumber.roundedDivision(value, scale / PDFNumber.scale)
    } else {
      scaled = PDFNumber.roundedDivision(value * PDFNumber.scale, scale)
    }
  }

  /// Whether the value has no fractional part.
  public var isInteger: Bool { scaled % PDFNumber.scale == 0 }

  public var description: String {
    var bytes: [UInt8] = []
    PDFSyntax.appendNumber(self, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `n / d` rounded half away from zero (`d` ≠ 0).
  @inlinable public static func roundedDivision(_ n: Int64, _ d: Int64) -> Int64 {
    let (q, r) = n.quotientAndRemainder(dividingBy: d)
    if 2 * r.magnitude >= d.magnitude { return q + ((n < 0) != (d < 0) ? -1 : 1) }
    return q
  }
}
