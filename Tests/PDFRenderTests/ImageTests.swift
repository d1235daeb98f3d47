import Foundation
import PDFRender
import SettleTestSupport
import Testing
import TypesetCore
import TypesetLayout

@Suite struct ImageTests {
  /// A smooth 32×32 RGB gradient (where PNG prediction pays) with a half-transparent alpha.
  private func gradient(id: String = "gradient") -> RasterImage {
    var pixels: [UInt8] = []
    var alpha: [UInt8] = []
    for y in 0..<32 {
      for x in 0..<32 {
        pixels += [UInt8(x * 8), UInt8(y * 8), 200]
        alpha.append(x < 16 ? 255 : 128)
      }
    }
    return RasterImage(id: id, pixelWidth: 32, pixelHeight: 32, encoding: .samples(pixels: pixels, components: 3, alpha: alpha))
  }

  private func document(_ images: [RasterImage]) -> LaidOutDocument {
    let items = images.enumerated().map { (FrameItem.image(ImageItem(image: $1, size: Size(width: .pt(64), height: .pt(64)))), Fixtures.point(10 + Double($0) * 80, 10)) }
    return LaidOutDocument(pages: [Fixtures.page(items)], metadata: Fixtures.metadata())
  }

  @Test func samplesWithAlphaGetSoftMaskAndPredictor() throws {
    let text = String(decoding: try PDFRenderer.render(document([gradient()]), options: PDFRenderOptions()), as: UTF8.self)
    #expect(text.contains("/Subtype/Image/Width 32/Height 32/ColorSpace/DeviceGray/BitsPerComponent 8"))
    #expect(text.contains("/ColorSpace/DeviceRGB/BitsPerComponent 8/SMask "))
    #expect(text.contains("/DecodeParms<</Predictor 15/Colors 3/BitsPerComponent 8/Columns 32>>/Filter/FlateDecode"))
  }

  @Test func sameImageIsWrittenOnce() throws {
    let image = gradient()
    let text = try Fixtures.renderText(document([image, image, gradient(id: "other")]))
    // Two images with a mask each.
    #expect(text.components(separatedBy: "/Subtype /Image").count - 1 == 4)
    #expect(text.components(separatedBy: "/Im1 Do").count - 1 == 2)
    #expect(text.components(separatedBy: "/Im2 Do").count - 1 == 1)
    #expect(text.contains("q\n64 0 0 64 10 767.89 cm\n/Im1 Do\nQ\n"))
  }

  @Test func jpegPassesThroughWithInvertedCMYKDecode() throws {
    let bytes: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 0xFF, 0xD9]
    let jpeg = RasterImage(id: "photo", pixelWidth: 4, pixelHeight: 3, encoding: .jpeg(data: bytes, components: 4, invertCMYK: true))
    let output = try PDFRenderer.render(document([jpeg]), options: PDFRenderOptions())
    let text = String(decoding: output, as: UTF8.self)
    #expect(text.contains("/ColorSpace/DeviceCMYK/BitsPerComponent 8/Decode[1 0 1 0 1 0 1 0]/Filter/DCTDecode/Length 9"))
    #expect(output.firstRange(of: bytes) != nil)
  }

  @Test func malformedImagesAreErrors() {
    let short = RasterImage(id: "short", pixelWidth: 4, pixelHeight: 4, encoding: .samples(pixels: [1, 2, 3], components: 3, alpha: nil))
    #expect(throws: PDFRenderError.invalidImage(id: "short", reason: "3 sample bytes for 4×4×3")) {
      try PDFRenderer.render(document([short]), options: PDFRenderOptions())
    }
    let notJPEG = RasterImage(id: "fake", pixelWidth: 1, pixelHeight: 1, encoding: .jpeg(data: [0, 1, 2, 3], components: 3, invertCMYK: false))
    #expect(throws: PDFRenderError.invalidImage(id: "fake", reason: "not JPEG data")) {
      try PDFRenderer.render(document([notJPEG]), options: PDFRenderOptions())
    }
    let empty = RasterImage(id: "empty", pixelWidth: 0, pixelHeight: 1, encoding: .samples(pixels: [], components: 1, alpha: nil))
    #expect(throws: PDFRenderError.invalidImage(id: "empty", reason: "size 0×1 out of range")) {
      try PDFRenderer.render(document([empty]), options: PDFRenderOptions())
    }
  }

  @Test(.enabled(if: ExternalTool.path("pdftoppm") != nil)) func renderedPixelsMatchTheImage() throws {
    // A 2×1 image: red then blue, drawn 144×72 pt at the top-left; render at 72 dpi as PPM.
    let image = RasterImage(id: "rb", pixelWidth: 2, pixelHeight: 1, encoding: .samples(pixels: [255, 0, 0, 0, 0, 255], components: 3, alpha: nil))
    let page = Fixtures.page([(.image(ImageItem(image: image, size: Size(width: .pt(144), height: .pt(72)))), .zero)],
                             size: Size(width: .pt(200), height: .pt(100)))
    let path = try TemporaryFolder.file(try PDFRenderer.render(LaidOutDocument(pages: [page], metadata: Fixtures.metadata()), options: PDFRenderOptions()), name: "test.pdf", prefix: "pdfrender-tests")
    let prefix = path + "-render"
    _ = try ExternalTool.run("pdftoppm", ["-r", "72", "-singlefile", path, prefix], errorOutput: .merged)
    let ppm = try [UInt8](Data(contentsOf: URL(fileURLWithPath: prefix + ".ppm")))
    // Header "P6\n200 100\n255\n".
    let header = Array("P6\n200 100\n255\n".utf8)
    #expect(Array(ppm.prefix(header.count)) == header)
    func pixel(_ x: Int, _ y: Int) -> [UInt8] { let i = header.count + (y * 200 + x) * 3; return Array(ppm[i..<i + 3]) }
    #expect(pixel(30, 36) == [255, 0, 0])
    #expect(pixel(110, 36) == [0, 0, 255])
    #expect(pixel(170, 36) == [255, 255, 255])
    #expect(pixel(30, 90) == [255, 255, 255])
  }
}
