import SettleTestSupport
import Foundation
import PDFRender
import TypesetCore
import TypesetLayout

/// Documents and pixel comparisons for the import tests.
enum ImportRender {
  /// One output page per embedded page, each exactly the embedded page's display size, so the
  /// output renders like the original page.
  static func fullSizeDocument(_ pages: [any EmbeddedPage]) -> LaidOutDocument {
    LaidOutDocument(
      pages: pages.map { page in
        var frame = Frame(size: page.displaySize)
        frame.push(.embeddedPage(EmbeddedPageItem(page: page, size: page.displaySize)), at: .zero)
        return LaidOutPage(size: page.displaySize, frame: frame)
      },
      metadata: DocumentMetadata(title: "Import test", creationDate: 0))
  }

  /// A decoded binary PPM (P6, 8-bit).
  struct Pixmap: CustomStringConvertible {
    var description: String { "\(width)x\(height) pixmap" }

    var width: Int
    var height: Int
    var rgb: [UInt8]

    init?(path: String) {
      guard let data = FileManager.default.contents(atPath: path) else { return nil }
      let bytes = [UInt8](data)
      var fields: [Int] = []
      var i = 2
      guard bytes.count > 2, bytes[0] == 0x50, bytes[1] == 0x36 else { return nil }
      while fields.count < 3 && i < bytes.count {
        while i < bytes.count && (bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 || bytes[i] == 0x23) {
          if bytes[i] == 0x23 { while i < bytes.count && bytes[i] != 0x0A { i += 1 } } else { i += 1 }
        }
        var value = 0
        while i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 { value = value * 10 + Int(bytes[i] - 0x30); i += 1 }
        fields.append(value)
      }
      i += 1
      guard fields.count == 3, fields[2] == 255, bytes.count >= i + fields[0] * fields[1] * 3 else { return nil }
      width = fields[0]
      height = fields[1]
      rgb = Array(bytes[i..<(i + width * height * 3)])
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

    /// Root-mean-square difference (0…1) over the common area; sizes may differ by a pixel.
    func rmse(_ other: Pixmap) -> Double? {
      guard abs(width - other.width) <= 1, abs(height - other.height) <= 1 else { return nil }
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

  /// Renders page `page` (1-based) of `pdf` with pdftoppm at `dpi`.
  static func render(_ pdf: String, page: Int, dpi: Int) throws -> Pixmap? {
    let base = pdf + "-p\(page)-r\(dpi)"
    _ = try ExternalTool.run("pdftoppm", ["-cropbox", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", pdf, base], errorOutput: .merged)
    return Pixmap(path: base + ".ppm")
  }
}
