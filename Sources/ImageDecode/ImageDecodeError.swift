/// Why an image could not be read.
public enum ImageDecodeError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The data starts with neither the PNG signature nor a JPEG SOI marker.
  case unknownFormat
  /// The file ends in the middle of a chunk, segment or image data.
  case truncated
  /// A PNG chunk's CRC does not match its contents (the chunk type is given).
  case crcMismatch(chunk: String)
  /// The PNG header or a JPEG frame header has invalid values (explained in the text).
  case invalidHeader(String)
  /// Image data is inconsistent (bad filter type, missing palette, bad zlib data; explained).
  case corruptData(String)
  /// The JPEG uses a coding process PDF viewers do not support (lossless, hierarchical, arithmetic).
  case unsupportedJPEG(String)
  /// Width × height exceeds the pixel limit, or a side exceeds the dimension limit.
  case imageTooLarge(width: Int, height: Int)
  /// The compressed PNG data inflates to more bytes than the image needs (or than the limit).
  case decompressedTooLarge(limit: Int)

  public var description: String {
    switch self {
    case .unknownFormat: "not a PNG or JPEG image"
    case .truncated: "the image file is truncated"
    case .crcMismatch(let chunk): "PNG chunk \(chunk) is damaged (CRC mismatch)"
    case .invalidHeader(let why): "invalid image header: \(why)"
    case .corruptData(let why): "corrupt image data: \(why)"
    case .unsupportedJPEG(let why): "unsupported JPEG: \(why)"
    case .imageTooLarge(let w, let h): "image of \(w)×\(h) pixels exceeds the size limit"
    case .decompressedTooLarge(let limit): "PNG data inflates beyond \(limit) bytes"
    }
  }
}

/// Size limits for untrusted images.
public struct ImageDecodeLimits: Sendable, Equatable {
  /// Most pixels (width × height).
  public var maxPixels: Int
  /// Longest side in pixels.
  public var maxDimension: Int
  /// Most bytes the PNG zlib data may inflate to.
  public var maxInflatedBytes: Int

  /// Creates limits; see the properties for what each bounds.
  public init(maxPixels: Int, maxDimension: Int, maxInflatedBytes: Int) {
    self.maxPixels = maxPixels
    self.maxDimension = maxDimension
    self.maxInflatedBytes = maxInflatedBytes
  }

  /// 100 megapixels, 65,535 pixels per side, 1 GiB of inflated data.
  public static let `default` = ImageDecodeLimits(maxPixels: 100_000_000, maxDimension: 65_535, maxInflatedBytes: 1 << 30)
}
