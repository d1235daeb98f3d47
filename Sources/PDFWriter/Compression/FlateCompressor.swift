import CZlib

/// A zlib deflate stream reused for many inputs (`deflateReset` instead of a fresh
/// `compress2` state per stream, which allocates and clears ~270 KB each time).
///
/// Owns its `z_stream` and ends it in `deinit`. Not thread-safe: one per file writer or per
/// thread. Its output equals `Flate.compress` at the same level.
public final class FlateCompressor {
  private var stream = z_stream()
  private let isReady: Bool
  /// The zlib compression level (0–9).
  public let level: Int32

  /// Creates a compressor at zlib `level` (0–9; 6 is zlib's default).
  public init(level: Int32) {
    self.level = level
    isReady = deflateInit_(&stream, level, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
  }

  deinit {
    if isReady { deflateEnd(&stream) }
  }

  /// The zlib stream of `input`, or nil if zlib fails (then callers fall back to `Flate.compress`).
  public func compress(_ input: [UInt8]) -> [UInt8]? {
    guard isReady, deflateReset(&stream) == Z_OK else { return nil }
    let bound = Int(deflateBound(&stream, uLong(input.count)))
    var output = [UInt8](repeating: 0, count: bound)
    var input = input
    let status = input.withUnsafeMutableBufferPointer { source in
      output.withUnsafeMutableBufferPointer { destination -> Int32 in
        stream.next_in = source.baseAddress
        stream.avail_in = uInt(source.count)
        stream.next_out = destination.baseAddress
        stream.avail_out = uInt(destination.count)
        return deflate(&stream, Z_FINISH)
      }
    }
    guard status == Z_STREAM_END else { return nil }
    output.removeSubrange(Int(stream.total_out)...)
    return output
  }
}
