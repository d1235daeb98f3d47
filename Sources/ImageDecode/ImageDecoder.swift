/// Reads PNG and JPEG files by their signature.
public enum ImageDecoder {
  /// Decodes `data` as PNG or reads it as JPEG.
  /// - Throws: `ImageDecodeError`.
  public static func decode(_ data: [UInt8], limits: ImageDecodeLimits = .default) throws(ImageDecodeError) -> DecodedImage {
    if PNGDecoder.hasSignature(data) { return try PNGDecoder.decode(data, limits: limits) }
    if JPEGReader.hasSignature(data) { return try JPEGReader.read(data, limits: limits) }
    throw .unknownFormat
  }
}
