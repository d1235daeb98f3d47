/// The RC4 stream cipher, needed only to read PDF files encrypted with security handler
/// revisions 2–4 (ISO 32000-1 §7.6.2). Encryption and decryption are the same operation.
public struct RC4: Sendable {
  private var s: [UInt8]
  private var i: UInt8 = 0
  private var j: UInt8 = 0

  /// Creates a cipher keyed with `key` (1–256 bytes; an empty key is treated as one zero byte).
  public init(key: [UInt8]) {
    let key = key.isEmpty ? [0] : key
    s = (0...255).map { UInt8($0) }
    var j: UInt8 = 0
    for i in 0..<256 {
      j = j &+ s[i] &+ key[i % key.count]
      s.swapAt(i, Int(j))
    }
  }

  /// XORs `data` with the next bytes of the key stream.
  public mutating func process(_ data: [UInt8]) -> [UInt8] {
    var out = data
    for n in 0..<out.count {
      i = i &+ 1
      j = j &+ s[Int(i)]
      s.swapAt(Int(i), Int(j))
      out[n] ^= s[Int(s[Int(i)] &+ s[Int(j)])]
    }
    return out
  }

  /// Encrypts or decrypts `data` with a fresh cipher keyed with `key`.
  public static func process(_ data: [UInt8], key: [UInt8]) -> [UInt8] {
    var cipher = RC4(key: key)
    return cipher.process(data)
  }
}
