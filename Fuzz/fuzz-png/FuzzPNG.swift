import ImageDecode

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPNG(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let limits = ImageDecodeLimits(maxPixels: 4_000_000, maxDimension: 16_384, maxInflatedBytes: 64 << 20)
  _ = try? PNGDecoder.decode(bytes, limits: limits, verifyingChecksums: size % 2 == 0)
  return 0
}
