import Foundation

/// An 8-bit RGB raster read from a binary PPM (what `pdftoppm` and ImageMagick write), for
/// tolerant render comparisons.
public struct Pixmap: CustomStringConvertible, Sendable {
  /// The raster's size, e.g. `612x792 pixmap`.
  public var description: String { "\(width)x\(height) pixmap" }

  /// Width in pixels.
  public var width: Int
  /// Height in pixels.
  public var height: Int
  /// Row-major samples, three bytes (red, green, blue) per pixel.
  public var rgb: [UInt8]

  /// A raster of the given size and samples.
  public init(width: Int, height: Int, rgb: [UInt8]) {
    self.width = width
    self.height = height
    self.rgb = rgb
  }

  /// The raster in the binary PPM (P6, maxval 255) at `path`, or nil when it is absent or malformed.
  public init?(path: String) {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    let bytes = [UInt8](data)
    guard bytes.count > 2, bytes[0] == 0x50, bytes[1] == 0x36 else { return nil }
    var fields: [Int] = []
    var i = 2
    while fields.count < 3 && i < bytes.count {
      while i < bytes.count && [0x20, 0x0A, 0x0D, 0x09, 0x23].contains(bytes[i]) {
        if bytes[i] == 0x23 { while i < bytes.count && bytes[i] != 0x0A { i += 1 } } else { i += 1 }
      }
      var value = 0
      while i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 { value = value * 10 + Int(bytes[i] - 0x30); i += 1 }
      fields.append(value)
    }
    i += 1
    guard fields.count == 3, fields[2] == 255, bytes.count >= i + fields[0] * fields[1] * 3 else { return nil }
    self.init(width: fields[0], height: fields[1], rgb: Array(bytes[i..<(i + fields[0] * fields[1] * 3)]))
  }

  /// The pixels of the rectangle at `(x, y)`, `w` × `h` (clamped to the raster).
  public func crop(x: Int, y: Int, w: Int, h: Int) -> Pixmap {
    let x0 = max(0, min(x, width)), y0 = max(0, min(y, height))
    let cw = max(0, min(w, width - x0)), ch = max(0, min(h, height - y0))
    var out: [UInt8] = []
    out.reserveCapacity(cw * ch * 3)
    for row in y0..<(y0 + ch) { out += rgb[((row * width + x0) * 3)..<((row * width + x0 + cw) * 3)] }
    return Pixmap(width: cw, height: ch, rgb: out)
  }

  /// The share of pixels (0…1, both directions) with no pixel within one pixel in the other
  /// raster whose channels all differ by at most `threshold`: tolerant of anti-aliasing,
  /// hairline widths and half-pixel resampling shifts, not of misplaced or missing content.
  public func mismatch(_ other: Pixmap, threshold: Int = 48) -> Double? {
    guard abs(width - other.width) <= 2, abs(height - other.height) <= 2 else { return nil }
    let w = min(width, other.width), h = min(height, other.height)
    func missing(_ a: Pixmap, _ b: Pixmap) -> Int {
      var count = 0
      for y in 0..<h {
        for x in 0..<w {
          let i = (y * a.width + x) * 3
          var found = false
          search: for dy in -1...1 {
            for dx in -1...1 {
              let yy = y + dy, xx = x + dx
              guard yy >= 0, yy < h, xx >= 0, xx < w else { continue }
              let j = (yy * b.width + xx) * 3
              if abs(Int(a.rgb[i]) - Int(b.rgb[j])) <= threshold && abs(Int(a.rgb[i + 1]) - Int(b.rgb[j + 1])) <= threshold
                && abs(Int(a.rgb[i + 2]) - Int(b.rgb[j + 2])) <= threshold
              {
                found = true
                break search
              }
            }
          }
          if !found { count += 1 }
        }
      }
      return count
    }
    return Double(missing(self, other) + missing(other, self)) / Double(max(1, 2 * w * h))
  }

  /// Root-mean-square difference (0…1) over the common area, nil when sizes differ by more than 2 px.
  public func rmse(_ other: Pixmap) -> Double? {
    guard abs(width - other.width) <= 2, abs(height - other.height) <= 2 else { return nil }
    let w = min(width, other.width), h = min(height, other.height)
    var sum = 0.0
    for y in 0..<h {
      for x in 0..<w {
        for c in 0..<3 {
          let d = Double(rgb[(y * width + x) * 3 + c]) - Double(other.rgb[(y * other.width + x) * 3 + c])
          sum += d * d
        }
      }
    }
    return (sum / Double(max(1, w * h * 3))).squareRoot() / 255
  }
}