import PDFReader

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDF(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let limits = PDFReadLimits(maxDepth: 64, maxObjects: 10_000, maxStreamBytes: 4 << 20, maxTotalDecodedBytes: 16 << 20, maxWork: 200_000)
  if let document = try? PDFDocument(data: bytes, limits: limits) {
    for number in document.objectNumbers.prefix(64) {
      if case .stream(let stream) = document.resolve(PDFReference(number: number, generation: 0)) {
        _ = try? document.decodedStreamData(stream)
      }
    }
  }
  return 0
}
