import Crypt
import Foundation
import ImageDecode
import Testing

/// The shared corpus images (sha256-checked): dimensions, components, alpha, EXIF orientation,
/// Adobe CMYK flag; PNG pixels compared with ImageMagick 6's `convert FILE -depth 8 rgba:-` output.
///
/// ImageMagick applies a gAMA chunk to the pixels (we do not: PDF embeds the stored samples), so
/// the PngSuite digests were made from copies with gAMA removed; for the 16-bit files from
/// `-depth 16 rgba:-` scaled by round(v × 255 / 65535). The large invoice renders are unmodified.
@Suite(.enabled(if: CorpusImage.folder != nil, "corpus folder not present"))
struct CorpusImageTests {
  @Test(arguments: [
    // file, width, height, components, hasAlpha, SHA-256 of RGBA from ImageMagick
    ("png-palette-8bit.png", 32, 32, 3, false, "b1c3302eceae6738c36edafa98c8054824d9440f3ba53a3f17cc81d29acc32cc"),
    ("png-palette-trns.png", 32, 32, 3, true, "444403e441924fcd036c85bac271d92d399859bbba3dceb82f29ff90811fb138"),
    ("png-rgb-16bit.png", 32, 32, 3, false, "a9dff6085fe81eea37100681e299a0504206137521dc59d592d87fa73b18c917"),
    ("png-rgba-8bit.png", 32, 32, 3, true, "2eb6a2cb3166e9c188add371157e9f81caa18fdf34d218844ed930b53b7431d2"),
    ("png-interlaced-rgba-16bit.png", 32, 32, 3, true, "3daad02ebc3eb86835c0acee955564e7fd62d2a9f37dd6230632f7655f8f8c1b"),
    ("invoice-scan-palette-1700x2200.png", 1700, 2200, 3, false, "d5d594e6c5f344e4351caad60a1ec7b2df03f6da6eedd28c0f7e206445f037d9"),
    ("invoice-render-rgb-iccp-2892x4093.png", 2892, 4093, 3, false, "21ffeb5fdf76d767e4e753951e95286358d1f5f1068383e33e779456f6356e1b"),
    ("invoice-render-rgba.png", 789, 557, 3, true, "6503810205c59a2e7d0f2fd54cfd544f2a5e493bc0bff276b3e47e3aa47d855a"),
  ])
  func png(file: String, width: Int, height: Int, components: Int, hasAlpha: Bool, rgbaDigest: String) throws {
    let bytes = try #require(CorpusImage.bytes(file))
    let image = try ImageDecoder.decode(bytes)
    #expect(image.format == .png)
    #expect(image.width == width && image.height == height)
    #expect(image.components == components)
    #expect((image.alpha != nil) == hasAlpha)
    var rgba = [UInt8](repeating: 255, count: width * height * 4)
    image.samples.withUnsafeBufferPointer { s in
      rgba.withUnsafeMutableBufferPointer { out in
        for p in 0..<(width * height) {
          out[4 * p] = s[3 * p]; out[4 * p + 1] = s[3 * p + 1]; out[4 * p + 2] = s[3 * p + 2]
        }
      }
    }
    if let alpha = image.alpha { for p in 0..<(width * height) { rgba[4 * p + 3] = alpha[p] } }
    #expect(SHA256.hexDigest(rgba) == rgbaDigest)
  }

  @Test(arguments: [
    // file, width, height, components, progressive, orientation, inverted CMYK, display width, display height
    ("baseline-jfif.jpg", 128, 128, 3, false, 1, false, 128, 128),
    ("progressive-exif-icc.jpg", 300, 200, 3, true, 1, false, 300, 200),
    ("cmyk-adobe-ycck.jpg", 100, 100, 4, false, 1, true, 100, 100),
    ("exif-orientation-6.jpg", 128, 128, 3, false, 6, false, 128, 128),
    ("exif-orientation-8-2x1.jpg", 2, 1, 3, false, 8, false, 1, 2),
  ])
  func jpeg(
    file: String, width: Int, height: Int, components: Int, progressive: Bool, orientation: Int, inverted: Bool,
    displayWidth: Int, displayHeight: Int
  ) throws {
    let bytes = try #require(CorpusImage.bytes(file))
    let image = try ImageDecoder.decode(bytes)
    #expect(image.format == .jpeg)
    #expect(image.width == width && image.height == height && image.components == components)
    #expect(image.orientation.rawValue == orientation)
    #expect(image.displayWidth == displayWidth && image.displayHeight == displayHeight)
    let info = try #require(image.jpeg)
    #expect(info.isProgressive == progressive)
    #expect(info.isInvertedCMYK == inverted)
    #expect(info.data == bytes)
    if inverted { #expect(info.adobeTransform == 2) }
  }
}

enum CorpusImage {
  static let folder: URL? = {
    let path = ProcessInfo.processInfo.environment["SETTLE_CORPUS"] ?? "/work/shared/corpus"
    let url = URL(fileURLWithPath: path)
    return FileManager.default.fileExists(atPath: url.appendingPathComponent("MANIFEST.tsv").path) ? url : nil
  }()

  /// The file's bytes if its SHA-256 matches the manifest row.
  static func bytes(_ name: String) -> [UInt8]? {
    guard let folder, let manifest = try? String(contentsOf: folder.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8) else { return nil }
    let path = "images/" + name
    guard let row = manifest.split(separator: "\n").first(where: { $0.hasPrefix(path + "\t") }) else { return nil }
    let columns = row.split(separator: "\t", omittingEmptySubsequences: false)
    guard columns.count >= 5, let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) else { return nil }
    let bytes = [UInt8](data)
    return SHA256.hexDigest(bytes) == String(columns[4]) ? bytes : nil
  }
}
