/// A normalised page box (MediaBox, CropBox, …) in exact micro-points (1 pt = 1,000,000).
///
/// Coordinates are rounded to the nearest micro-point, so `lowerLeftX < upperRightX` and
/// `lowerLeftY < upperRightY` always hold for boxes the reader returns.
/// Build a `TypesetCore.Length` with `Length(microPoints:)`.
public struct PDFRectangle: Hashable, Sendable, CustomStringConvertible {
  /// Left edge in micro-points.
  public var lowerLeftX: Int64
  /// Bottom edge in micro-points.
  public var lowerLeftY: Int64
  /// Right edge in micro-points.
  public var upperRightX: Int64
  /// Top edge in micro-points.
  public var upperRightY: Int64

  /// Creates a rectangle from two corners given in any order.
  public init(x1: Int64, y1: Int64, x2: Int64, y2: Int64) {
    lowerLeftX = min(x1, x2)
    lowerLeftY = min(y1, y2)
    upperRightX = max(x1, x2)
    upperRightY = max(y1, y2)
  }

  /// Creates a rectangle from corners in points.
  public init(points x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) {
    self.init(x1: PDFRectangle.micro(x1), y1: PDFRectangle.micro(y1), x2: PDFRectangle.micro(x2), y2: PDFRectangle.micro(y2))
  }

  /// US Letter (612 × 792 pt), the default when a page has no usable MediaBox.
  public static let letter = PDFRectangle(x1: 0, y1: 0, x2: 612_000_000, y2: 792_000_000)

  /// Width in micro-points.
  public var width: Int64 { upperRightX - lowerLeftX }
  /// Height in micro-points.
  public var height: Int64 { upperRightY - lowerLeftY }

  /// The overlap of two rectangles, or `nil` when they do not overlap with positive area.
  public func intersection(_ other: PDFRectangle) -> PDFRectangle? {
    let r = PDFRectangle(
      x1: max(lowerLeftX, other.lowerLeftX), y1: max(lowerLeftY, other.lowerLeftY),
      x2: min(upperRightX, other.upperRightX), y2: min(upperRightY, other.upperRightY))
    guard max(lowerLeftX, other.lowerLeftX) < min(upperRightX, other.upperRightX),
      max(lowerLeftY, other.lowerLeftY) < min(upperRightY, other.upperRightY)
    else { return nil }
    return r
  }

  /// Points as a decimal string with up to 3 fraction digits, locale-free.
  static func points(_ micro: Int64) -> String {
    let negative = micro < 0
    let thousandths = (abs(micro) + 500) / 1000
    var text = String(thousandths / 1000)
    let fraction = thousandths % 1000
    if fraction != 0 {
      var digits = String(fraction)
      while digits.count < 3 { digits = "0" + digits }
      while digits.hasSuffix("0") { digits.removeLast() }
      text += "." + digits
    }
    return (negative && thousandths != 0 ? "-" : "") + text
  }

  static func micro(_ points: Double) -> Int64 {
    guard points.isFinite else { return 0 }
    let clamped = max(-1e12, min(1e12, points))
    return Int64((clamped * 1_000_000).rounded())
  }

  public var description: String {
    "[\(Self.points(lowerLeftX)) \(Self.points(lowerLeftY)) \(Self.points(upperRightX)) \(Self.points(upperRightY))]"
  }
}
