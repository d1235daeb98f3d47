import ImageDecode

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPNG(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let limits = ImageDecodeLimits(maxPixels: 262_144, maxDimension: 4096, maxInflatedBytes: 8 << 20)
  _ = try? PNGDecoder.decode(bytes, limits: limits, verifyingChecksums: size % 2 == 0)
  return 0
}
