import Crypt
import ImageDecode
import TypesetCore
import TypesetLayout

/// A PNG or JPEG file imported as one exhibit page: the picture as displayed (EXIF orientation
/// applied by the placement transform), placed by layout like an imported PDF page.
///
/// JPEG data is passed through (DCTDecode, CMYK with Adobe inversion); PNG samples are decoded,
/// palettes expanded to RGB (Flate with PNG predictors compresses the expanded rows well, and
/// one sample path keeps the writer simple), alpha and tRNS written as a soft mask.
public struct ImportedImage: EmbeddedPage {
  /// The pixels as stored.
  public let image: RasterImage
  /// How the stored pixels turn for display.
  public let orientation: ImageOrientation
  /// The resolution the display size assumes, in pixels per inch (150).
  public static let pixelsPerInch = 150

  /// Decodes `data` (PNG or JPEG).
  /// - Throws: `PDFImportError.unreadableImage` with the decoder's reason.
  public init(data: [UInt8]) throws(PDFImportError) {
    let decoded: DecodedImage
    do { decoded = try ImageDecoder.decode(data) } catch { throw .unreadableImage(error) }
    let id = "img-" + ImportedDocument.hex(Array(SHA256.hash(data).prefix(16)))
    let encoding: RasterImage.Encoding
    if let jpeg = decoded.jpeg {
      encoding = .jpeg(data: jpeg.data, components: decoded.components, invertCMYK: jpeg.isInvertedCMYK)
    } else {
      encoding = .samples(pixels: decoded.samples, components: decoded.components, alpha: decoded.alpha)
    }
    image = RasterImage(id: id, pixelWidth: decoded.width, pixelHeight: decoded.height, encoding: encoding)
    orientation = decoded.orientation
  }

  public var identifier: String { image.id }

  /// The displayed size at `pixelsPerInch`: stored width and height swapped for EXIF 5–8.
  public var displaySize: Size {
    let w = orientation.swapsDimensions ? image.pixelHeight : image.pixelWidth
    let h = orientation.swapsDimensions ? image.pixelWidth : image.pixelHeight
    let scale = Int64(72_000_000) / Int64(Self.pixelsPerInch)
    return Size(width: Length(microPoints: Int64(w) * scale), height: Length(microPoints: Int64(h) * scale))
  }

  /// Maps the unit square of the stored image onto the unit square as displayed.
  var orientationTransform: AffineTransform {
    switch orientation {
    case .up: return .identity
    case .upMirrored: return AffineTransform(a: -1, b: 0, c: 0, d: 1, e: 1, f: 0)
    case .down: return AffineTransform(a: -1, b: 0, c: 0, d: -1, e: 1, f: 1)
    case .downMirrored: return AffineTransform(a: 1, b: 0, c: 0, d: -1, e: 0, f: 1)
    case .leftMirrored: return AffineTransform(a: 0, b: -1, c: -1, d: 0, e: 1, f: 1)
    case .right: return AffineTransform(a: 0, b: -1, c: 1, d: 0, e: 0, f: 1)
    case .rightMirrored: return AffineTransform(a: 0, b: 1, c: 1, d: 0, e: 0, f: 0)
    case .left: return AffineTransform(a: 0, b: 1, c: -1, d: 0, e: 1, f: 0)
    }
  }
}
