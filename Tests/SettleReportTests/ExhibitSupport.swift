import SettleTestSupport
import Crypt
import Foundation

/// The shared corpus and the command-line tools for the exhibit tests (skip cleanly when absent).
enum ExhibitSupport {
  static let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }()

  static let corpus: String = ProcessInfo.processInfo.environment["SETTLE_CORPUS"] ?? "/work/shared/corpus"

  /// `(path, sha256)` of every manifest row under `folder`.
  static func rows(in folder: String) -> [(path: String, sha256: String)] {
    guard let text = try? String(contentsOfFile: corpus + "/MANIFEST.tsv", encoding: .utf8) else { return [] }
    return text.split(separator: "\n").dropFirst().compactMap { line in
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard f.count >= 6, f[0].hasPrefix(folder + "/") else { return nil }
      return (f[0], f[4])
    }
  }

  /// The file's bytes, nil when absent; throws when present with another sha256.
  static func bytes(_ path: String, sha256: String) throws -> [UInt8]? {
    guard let data = FileManager.default.contents(atPath: corpus + "/" + path) else { return nil }
    let bytes = [UInt8](data)
    let hex = SHA256.hash(bytes).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    guard hex == sha256 else { throw SupportError.hashMismatch(path) }
    return bytes
  }

  enum SupportError: Error { case hashMismatch(String) }

  /// An 8-bit RGB raster read from a binary PPM.
  struct Pixmap: CustomStringConvertible {
    var description: String { "\(width)x\(height) pixmap" }

    var width: Int
    var height: Int
    var rgb: [UInt8]

    init(width: Int, height: Int, rgb: [UInt8]) {
      self.width = width
      self.height = height
      self.rgb = rgb
    }

    init?(path: String) {
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
    func crop(x: Int, y: Int, w: Int, h: Int) -> Pixmap {
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
    func mismatch(_ other: Pixmap, threshold: Int = 48) -> Double? {
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
    func rmse(_ other: Pixmap) -> Double? {
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

  /// Renders page `page` (1-based) of `pdf` at `dpi` (a fractional resolution is allowed).
  static func render(_ pdf: String, page: Int, dpi: Double) throws -> Pixmap? {
    let base = pdf + "-p\(page)"
    try ExternalTool.run("pdftoppm", ["-cropbox", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", pdf, base], errorOutput: .merged)
    return Pixmap(path: base + ".ppm")
  }
}
