/// A 2-D affine transform `[a b c d e f]` as in PDF (`x' = a·x + c·y + e`, `y' = b·x + d·y + f`).
struct AffineTransform: Equatable {
  var a: Double, b: Double, c: Double, d: Double, e: Double, f: Double

  static let identity = AffineTransform(a: 1, b: 0, c: 0, d: 1, e: 0, f: 0)

  init(a: Double, b: Double, c: Double, d: Double, e: Double, f: Double) {
    self.a = a; self.b = b; self.c = c; self.d = d; self.e = e; self.f = f
  }

  /// From six numbers; the caller checks the count.
  init(_ m: [Double]) { self.init(a: m[0], b: m[1], c: m[2], d: m[3], e: m[4], f: m[5]) }

  /// `self` followed by `other` (PDF's `self × other`).
  func then(_ other: AffineTransform) -> AffineTransform {
    AffineTransform(
      a: a * other.a + b * other.c, b: a * other.b + b * other.d,
      c: c * other.a + d * other.c, d: c * other.b + d * other.d,
      e: e * other.a + f * other.c + other.e, f: e * other.b + f * other.d + other.f)
  }

  func apply(x: Double, y: Double) -> (x: Double, y: Double) { (a * x + c * y + e, b * x + d * y + f) }

  /// The axis-aligned bounding box of the transformed rectangle.
  func boundingBox(x0: Double, y0: Double, x1: Double, y1: Double) -> (x0: Double, y0: Double, x1: Double, y1: Double) {
    let corners = [apply(x: x0, y: y0), apply(x: x1, y: y0), apply(x: x0, y: y1), apply(x: x1, y: y1)]
    let xs = corners.map(\.x), ys = corners.map(\.y)
    return (xs.min() ?? 0, ys.min() ?? 0, xs.max() ?? 0, ys.max() ?? 0)
  }

  /// Maps a box's user space (rotated clockwise by `rotation` on display, as /Rotate does) so
  /// that the visible box lands at `(0, 0)`–`(displayWidth, displayHeight)`.
  static func displaying(x0: Double, y0: Double, x1: Double, y1: Double, rotation: Int) -> AffineTransform {
    switch rotation {
    case 90: return AffineTransform(a: 0, b: -1, c: 1, d: 0, e: -y0, f: x1)
    case 180: return AffineTransform(a: -1, b: 0, c: 0, d: -1, e: x1, f: y1)
    case 270: return AffineTransform(a: 0, b: 1, c: -1, d: 0, e: y1, f: -x0)
    default: return AffineTransform(a: 1, b: 0, c: 0, d: 1, e: -x0, f: -y0)
    }
  }
}
