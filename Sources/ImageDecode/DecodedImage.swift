/// An image read from a PNG (fully decoded) or a JPEG (markers read, data passed through).
public struct DecodedImage: Sendable, Equatable {
  /// The container the image came from.
  public enum Format: Sendable, Equatable {
    case png, jpeg
  }

  /// The source format.
  public var format: Format
  /// Stored width in pixels (before applying `orientation`).
  public var width: Int
  /// Stored height in pixels (before applying `orientation`).
  public var height: Int
  /// Colour components per pixel: 1 gray, 3 RGB, 4 CMYK (JPEG only). A palette PNG is expanded to 3.
  public var components: Int
  /// 8-bit samples, row by row, `components` per pixel; empty for JPEG (see `jpeg`).
  public var samples: [UInt8]
  /// 8-bit alpha, one per pixel, when the PNG has an alpha channel or tRNS; `nil` otherwise.
  public var alpha: [UInt8]?
  /// The PNG palette as RGB triples (before expansion), for callers that want to keep it indexed.
  public var palette: [UInt8]?
  /// The EXIF orientation (JPEG), `.up` for PNG or when absent.
  public var orientation: ImageOrientation
  /// Marker information and the untouched file for JPEG; `nil` for PNG.
  public var jpeg: JPEGInfo?

  /// Width as displayed: stored height when the orientation turns the image by 90°.
  public var displayWidth: Int { orientation.swapsDimensions ? height : width }
  /// Height as displayed.
  public var displayHeight: Int { orientation.swapsDimensions ? width : height }
}

/// EXIF orientation values 1–8 (TIFF tag 0x0112): how the stored pixels must be turned for display.
public enum ImageOrientation: Int, Sendable, Equatable, CaseIterable {
  /// 1: as stored.
  case up = 1
  /// 2: mirrored left–right.
  case upMirrored = 2
  /// 3: rotated 180°.
  case down = 3
  /// 4: mirrored top–bottom.
  case downMirrored = 4
  /// 5: mirrored along the main diagonal (transposed).
  case leftMirrored = 5
  /// 6: display rotated 90° clockwise.
  case right = 6
  /// 7: mirrored along the anti-diagonal (transversed).
  case rightMirrored = 7
  /// 8: display rotated 90° counter-clockwise.
  case left = 8

  /// Whether width and height swap for display (values 5–8).
  public var swapsDimensions: Bool { rawValue >= 5 }
}

/// What a JPEG's markers say; the compressed data itself is passed through (PDF /DCTDecode).
public struct JPEGInfo: Sendable, Equatable {
  /// The whole JPEG file, unchanged.
  public var data: [UInt8]
  /// Whether the frame is progressive (SOF2) rather than baseline/extended sequential (SOF0/SOF1).
  public var isProgressive: Bool
  /// Sample precision in bits (8; 12 for some extended files).
  public var bitsPerComponent: Int
  /// The Adobe APP14 colour transform (0 none/CMYK, 1 YCbCr, 2 YCCK), if an APP14 segment exists.
  public var adobeTransform: Int?
  /// Whether the 4-component data is Adobe-style inverted CMYK, so PDF needs `/Decode [1 0 1 0 1 0 1 0]`.
  public var isInvertedCMYK: Bool
}
