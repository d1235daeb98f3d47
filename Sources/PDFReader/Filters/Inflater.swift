import CZlib

/// FlateDecode through the system zlib, with an output cap against decompression bombs.
enum Inflater {
  /// Inflates zlib (or, failing that, raw deflate) data.
  ///
  /// Truncated or damaged streams yield what decoded before the damage, as other readers do;
  /// data that yields nothing at all is `corruptStream`.
  /// - Throws: `streamTooLarge` when the output would exceed `limit` bytes.
  static func inflate(_ input: [UInt8], limit: Int) throws(PDFReadError) -> [UInt8] {
    guard !input.isEmpty else { return [] }
    let first = try run(input, windowBits: 15 + 32, limit: limit)
    if first.ok || !first.output.isEmpty { return first.output }
    let raw = try run(input, windowBits: -15, limit: limit)
    if raw.ok || !raw.output.isEmpty { return raw.output }
    throw .corruptStream("Flate data is not a zlib or deflate stream")
  }

  private static func run(_ input: [UInt8], windowBits: Int32, limit: Int) throws(PDFReadError) -> (output: [UInt8], ok: Bool) {
    var stream = z_stream()
    guard inflateInit2_(&stream, windowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      throw .corruptStream("zlib could not be initialised")
    }
    defer { inflateEnd(&stream) }
    var output: [UInt8] = []
    output.reserveCapacity(min(limit, max(1024, input.count * 4)))
    let chunkSize = 64 * 1024
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    var ok = false
    var tooLarge = false
    input.withUnsafeBufferPointer { inBuf in
      guard let base = inBuf.baseAddress else { return }
      stream.next_in = UnsafeMutablePointer(mutating: base)
      stream.avail_in = uInt(inBuf.count)
      while true {
        let (status, produced) = chunk.withUnsafeMutableBufferPointer { outBuf -> (Int32, Int) in
          guard let outBase = outBuf.baseAddress else { return (Z_MEM_ERROR, 0) }
          stream.next_out = outBase
          stream.avail_out = uInt(chunkSize)
          let rc = CZlib.inflate(&stream, Z_NO_FLUSH)
          return (rc, chunkSize - Int(stream.avail_out))
        }
        if output.count + produced > limit {
          tooLarge = true
          return
        }
        output.append(contentsOf: chunk[0..<produced])
        if status == Z_STREAM_END {
          ok = true
          return
        }
        if status != Z_OK { return }  // Z_BUF_ERROR (truncated), Z_DATA_ERROR, Z_NEED_DICT: stop here
        if stream.avail_in == 0 && produced == 0 { return }
      }
    }
    if tooLarge { throw .streamTooLarge(limit: limit) }
    return (output, ok)
  }
}
