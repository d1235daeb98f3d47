import CZlib

/// zlib (`/FlateDecode`) compression through the system zlib.
public enum Flate {
  /// The zlib stream of `input` at `level`, or nil if zlib fails (only when out of memory).
  public static func compress(_ input: [UInt8], level: Int32 = 6) -> [UInt8]? {
    var destinationLength = compressBound(uLong(input.count))
    var output = [UInt8](repeating: 0, count: Int(destinationLength))
    let status = input.withUnsafeBufferPointer { source in
      output.withUnsafeMutableBufferPointer { destination in
        compress2(destination.baseAddress, &destinationLength, source.baseAddress, uLong(source.count), level)
      }
    }
    guard status == Z_OK else { return nil }
    output.removeSubrange(Int(destinationLength)...)
    return output
  }

  /// The decompressed bytes of a zlib stream, or nil when the data is corrupt or would exceed
  /// `limit` bytes (tests and round trips; never used on the write path).
  public static func decompress(_ input: [UInt8], limit: Int = 64 << 20) -> [UInt8]? {
    var stream = z_stream()
    guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
    defer { inflateEnd(&stream) }
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 15)
    var input = input
    return input.withUnsafeMutableBufferPointer { source -> [UInt8]? in
      stream.next_in = source.baseAddress
      stream.avail_in = uInt(source.count)
      while true {
        let (status, produced) = chunk.withUnsafeMutableBufferPointer { buffer -> (Int32, Int) in
          stream.next_out = buffer.baseAddress
          stream.avail_out = uInt(buffer.count)
          let status = inflate(&stream, Z_NO_FLUSH)
          return (status, buffer.count - Int(stream.avail_out))
        }
        output.append(contentsOf: chunk[0..<produced])
        if output.count > limit { return nil }
        if status == Z_STREAM_END { return output }
        if status != Z_OK || (produced == 0 && stream.avail_in == 0) { return nil }
      }
    }
  }
}
