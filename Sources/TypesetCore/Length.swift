/// A length in fixed point: an integer count of micro-points (1 pt = 1/72 in = 1,000,000 µpt).
///
/// Layout works in integers so that the same input lays out identically on every machine
/// (floating-point drift between platforms changed line breaks in other engines). An `Int64`
/// of micro-points spans ±9.2 × 10¹² pt, far beyond any page, while resolving glyph advances
/// of a 1000-unit font at 1 pt to 1 µpt exactly.
public struct Length: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Micro-points in one point.
  public static let microPointsPerPoint: Int64 = 1_000_000

  /// The raw value in micro-points.
  public var microPoints: Int64

  /// Creates a length from micro-points.
  @inlinable public init(microPoints: Int64) { self.microPoints = microPoints }

  /// Creates a length from whole points.
  @inlinable public static func pt(_ points: Int) -> Length { Length(microPoints: Int64(points) * microPointsPerPoint) }

  /// Creates a length from a decimal number of points, rounded to the nearest micro-point.
  /// Meant for constants written in source (`.pt(10.5)`); computed lengths stay integral.
  @inlinable public static func pt(_ points: Double) -> Length {
    Length(microPoints: Int64((points * Double(microPointsPerPoint)).rounded()))
  }

  /// Millimetres, rounded to the nearest micro-point.
  @inlinable public static func mm(_ mm: Double) -> Length { .pt(mm * 72 / 25.4) }

  /// Inches.
  @inlinable public static func inches(_ inches: Double) -> Length { .pt(inches * 72) }

  public static let zero = Length(microPoints: 0)

  /// The value in points as a `Double`, for output only (PDF numbers, debug text).
  @inlinable public var points: Double { Double(microPoints) / Double(Length.microPointsPerPoint) }

  /// Scales a font-unit value to a length: `units × size / unitsPerEm`, rounded half away from zero.
  @inlinable public static func fromFontUnits(_ units: Int64, size: Length, unitsPerEm: Int64) -> Length {
    Length(microPoints: roundedDivision(units * size.microPoints, unitsPerEm))
  }

  @inlinable public static func < (a: Length, b: Length) -> Bool { a.microPoints < b.microPoints }
  @inlinable public static func + (a: Length, b: Length) -> Length { Length(microPoints: a.microPoints + b.microPoints) }
  @inlinable public static func - (a: Length, b: Length) -> Length { Length(microPoints: a.microPoints - b.microPoints) }
  @inlinable public static prefix func - (a: Length) -> Length { Length(microPoints: -a.microPoints) }
  @inlinable public static func += (a: inout Length, b: Length) { a.microPoints += b.microPoints }
  @inlinable public static func -= (a: inout Length, b: Length) { a.microPoints -= b.microPoints }
  @inlinable public static func * (a: Length, k: Int) -> Length { Length(microPoints: a.microPoints * Int64(k)) }
  @inlinable public static func * (k: Int, a: Length) -> Length { Length(microPoints: a.microPoints * Int64(k)) }

  /// Multiplies by the ratio `numerator / denominator`, rounding half away from zero.
  @inlinable public func scaled(by numerator: Int64, over denominator: Int64) -> Length {
    Length(microPoints: Length.roundedDivision(microPoints * numerator, denominator))
  }

  /// Divides into `parts` lengths that differ by at most 1 µpt and sum exactly to `self`.
  public func split(into parts: Int) -> [Length] {
    precondition(parts > 0)
    let q = microPoints / Int64(parts), r = microPoints % Int64(parts)
    return (0..<parts).map { Length(microPoints: q + (Int64($0) < r ? 1 : 0)) }
  }

  @inlinable public static func roundedDivision(_ n: Int64, _ d: Int64) -> Int64 {
    precondition(d != 0)
    let (q, r) = n.quotientAndRemainder(dividingBy: d)
    if 2 * r.magnitude >= d.magnitude { return q + ((n < 0) != (d < 0) ? -1 : 1) }
    return q
  }

  /// Points with at most three decimals, e.g. `12.5pt`.
  public var description: String { NumberText.decimal(microPoints, scale: 1_000_000, maxFractionDigits: 3) + "pt" }
}

/// A point in a frame's coordinate space: x grows to the right, y grows downwards
/// (the PDF converter flips y).
public struct Point: Hashable, Sendable, CustomStringConvertible {
  public var x: Length
  public var y: Length
  @inlinable public init(x: Length, y: Length) { self.x = x; self.y = y }
  public static let zero = Point(x: .zero, y: .zero)
  @inlinable public static func + (a: Point, b: Point) -> Point { Point(x: a.x + b.x, y: a.y + b.y) }
  public var description: String { "(\(x), \(y))" }
}

/// A width and a height.
public struct Size: Hashable, Sendable, CustomStringConvertible {
  public var width: Length
  public var height: Length
  @inlinable public init(width: Length, height: Length) { self.width = width; self.height = height }
  public static let zero = Size(width: .zero, height: .zero)
  public var description: String { "\(width)×\(height)" }
}

/// An axis-aligned rectangle in frame coordinates (origin at the top-left).
public struct Rect: Hashable, Sendable, CustomStringConvertible {
  public var origin: Point
  public var size: Size
  @inlinable public init(origin: Point, size: Size) { self.origin = origin; self.size = size }
  @inlinable public init(x: Length, y: Length, width: Length, height: Length) {
    self.init(origin: Point(x: x, y: y), size: Size(width: width, height: height))
  }
  public var minX: Length { origin.x }
  public var minY: Length { origin.y }
  public var maxX: Length { origin.x + size.width }
  public var maxY: Length { origin.y + size.height }
  /// Whether the two rectangles share interior area.
  public func intersects(_ other: Rect) -> Bool {
    minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
  }
  public var description: String { "\(origin) \(size)" }
}

/// Insets from the four edges (page margins, cell padding).
public struct EdgeInsets: Hashable, Sendable {
  public var top: Length, left: Length, bottom: Length, right: Length
  public init(top: Length, left: Length, bottom: Length, right: Length) {
    self.top = top; self.left = left; self.bottom = bottom; self.right = right
  }
  public static func all(_ l: Length) -> EdgeInsets { EdgeInsets(top: l, left: l, bottom: l, right: l) }
  public static let zero = EdgeInsets.all(.zero)
}
