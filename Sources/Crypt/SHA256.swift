/// SHA-256 (FIPS 180-4), written here so the toolkit needs no crypto package.
///
/// Used for the claim log's hash chain, exhibit checksums, font subset tags and PDF IDs.
/// Streaming: `update` any number of times, then `finalize`. Whole 64-byte blocks are
/// compressed straight from the caller's contiguous storage; only a partial tail is buffered.
public struct SHA256: Sendable {
  private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
  )
  private var buffer = BlockBuffer(blockSize: 64)

  public init() {}

  /// The digest of `bytes` in one call.
  public static func hash<S: Sequence>(_ bytes: S) -> [UInt8] where S.Element == UInt8 {
    var h = SHA256()
    h.update(bytes)
    return h.finalize()
  }

  /// The digest of a string's UTF-8 bytes as 64 lowercase hex digits.
  public static func hexDigest(_ string: String) -> String { hex(hash(Array(string.utf8))) }

  /// The digest of `bytes` as 64 lowercase hex digits.
  public static func hexDigest(_ bytes: [UInt8]) -> String { hex(hash(bytes)) }

  /// Adds `bytes` to the message.
  ///
  /// Complexity: O(n); contiguous inputs (arrays, slices) are hashed without copying.
  public mutating func update<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
    let handled: Void? = bytes.withContiguousStorageIfAvailable { raw in
      self.absorb(UnsafeRawBufferPointer(raw))
    }
    if handled == nil {
      let copy = Array(bytes)
      copy.withUnsafeBytes { absorb($0) }
    }
  }

  private mutating func absorb(_ input: UnsafeRawBufferPointer) {
    let (completed, blocks) = buffer.take(input)
    completed?.withUnsafeBytes { compress($0, at: 0) }
    if !blocks.isEmpty { compressBlocks(input, from: blocks.lowerBound, count: blocks.count / 64) }
  }


  /// Finishes the hash and returns the 32-byte digest.
  public mutating func finalize() -> [UInt8] {
    let tail = buffer.finish(lengthBytes: 8, isBigEndian: true)
    tail.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        compress(raw, at: offset)
        offset += 64
      }
    }
    var out: [UInt8] = []
    out.reserveCapacity(32)
    for word in [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7] {
      out += [UInt8(word >> 24), UInt8(truncatingIfNeeded: word >> 16), UInt8(truncatingIfNeeded: word >> 8), UInt8(truncatingIfNeeded: word)]
    }
    return out
  }

  private static let k: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
    0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
    0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
    0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
    0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
    0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
    0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
  ]

  /// Compresses the 64-byte block of `raw` starting at `offset` into the state.
  private mutating func compress(_ raw: UnsafeRawBufferPointer, at offset: Int) {
    compressBlocks(raw, from: offset, count: 1)
  }

  /// Compresses `count` consecutive 64-byte blocks of `raw` starting at `offset`.
  private mutating func compressBlocks(_ raw: UnsafeRawBufferPointer, from offset: Int, count: Int) {
    var h0 = state.0, h1 = state.1, h2 = state.2, h3 = state.3, h4 = state.4, h5 = state.5, h6 = state.6, h7 = state.7
    SHA256.k.withUnsafeBufferPointer { k in
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
        for block in 0..<count {
          let base = offset + 64 * block
          for i in 0..<16 {
            let p = base + 4 * i
            w[i] = UInt32(raw[p]) << 24 | UInt32(raw[p + 1]) << 16 | UInt32(raw[p + 2]) << 8 | UInt32(raw[p + 3])
          }
          for i in 16..<64 {
            let s0 = w[i - 15].rotr(7) ^ w[i - 15].rotr(18) ^ (w[i - 15] >> 3)
            let s1 = w[i - 2].rotr(17) ^ w[i - 2].rotr(19) ^ (w[i - 2] >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
          }
          var a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7
          for i in 0..<64 {
            let s1 = e.rotr(6) ^ e.rotr(11) ^ e.rotr(25)
            let ch = (e & f) ^ (~e & g)
            let t1 = h &+ s1 &+ ch &+ k[i] &+ w[i]
            let s0 = a.rotr(2) ^ a.rotr(13) ^ a.rotr(22)
            let maj = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ maj
            h = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
          }
          h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d; h4 &+= e; h5 &+= f; h6 &+= g; h7 &+= h
        }
      }
    }
    state = (h0, h1, h2, h3, h4, h5, h6, h7)
  }
}

/// Lowercase hex of bytes.
public func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
  let digits = Array("0123456789abcdef".utf8)
  var out = [UInt8]()
  out.reserveCapacity(bytes.count * 2)
  for b in bytes { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
  return String(decoding: out, as: UTF8.self)
}

extension UInt32 {
  @inline(__always) func rotr(_ n: UInt32) -> UInt32 { (self >> n) | (self << (32 - n)) }
  @inline(__always) func rotl(_ n: UInt32) -> UInt32 { (self << n) | (self >> (32 - n)) }
}

extension UInt64 {
  @inline(__always) func rotr(_ n: UInt64) -> UInt64 { (self >> n) | (self << (64 - n)) }
}
