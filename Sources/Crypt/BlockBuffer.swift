/// The message bookkeeping the Merkle–Damgård hashes here share (MD5, SHA-256, SHA-512): a
/// partial block carried between `update` calls, the message length, and the final padding.
///
/// It never compresses anything itself: `take` says which bytes now form whole blocks and the
/// hash compresses them, so the hash's state is never touched while the buffer is borrowed.
struct BlockBuffer: Sendable {
  /// The block size in bytes (64 or 128).
  let blockSize: Int
  /// Bytes received but not yet a whole block.
  private(set) var pending: [UInt8] = []
  /// The message length so far, in bytes.
  private(set) var length: UInt64 = 0

  init(blockSize: Int) {
    self.blockSize = blockSize
    pending.reserveCapacity(blockSize)
  }

  /// Adds `input` to the message and returns what is ready to compress: the carried block when
  /// `input` completed it, and the range of whole blocks inside `input` itself (compressed in
  /// place, without copying). Whatever is left over is kept for the next call.
  mutating func take(_ input: UnsafeRawBufferPointer) -> (completed: [UInt8]?, blocks: Range<Int>) {
    length &+= UInt64(input.count)
    var offset = 0
    var completed: [UInt8]?
    if !pending.isEmpty {
      let count = min(blockSize - pending.count, input.count)
      pending.append(contentsOf: input[0..<count])
      offset = count
      if pending.count == blockSize {
        completed = pending
        pending.removeAll(keepingCapacity: true)
      }
    }
    let end = offset + (input.count - offset) / blockSize * blockSize
    if end < input.count { pending.append(contentsOf: input[end...]) }
    return (completed, offset..<end)
  }

  /// The final block(s): the pending bytes, 0x80, zeros, and the message length in bits written
  /// into the last `lengthBytes` bytes (big- or little-endian; above 64 bits the length is zero).
  /// Clears the pending bytes.
  mutating func finish(lengthBytes: Int, isBigEndian: Bool) -> [UInt8] {
    let bitLength = length &* 8
    var tail = pending
    pending.removeAll()
    tail.append(0x80)
    while tail.count % blockSize != blockSize - lengthBytes { tail.append(0) }
    var field = [UInt8](repeating: 0, count: lengthBytes)
    for i in 0..<8 { field[i] = UInt8(truncatingIfNeeded: bitLength >> (UInt64(i) * 8)) }
    tail += isBigEndian ? field.reversed() : field
    return tail
  }
}
