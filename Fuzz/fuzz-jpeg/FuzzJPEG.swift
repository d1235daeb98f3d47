import ImageDecode

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJPEG(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  _ = try? JPEGReader.read(Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}
