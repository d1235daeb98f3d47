/// The password hash of the PDF 2.0 standard security handler, revision 6
/// (ISO 32000-2 §7.6.4.3.4, Algorithm 2.B).
///
/// Starts from SHA-256 of password + salt + user key, then runs at least 64 rounds that
/// AES-128-CBC-encrypt 64 repetitions of (password + K + user key) and re-hash the result with
/// SHA-256, SHA-384 or SHA-512 chosen by the first 16 bytes of the ciphertext modulo 3.
public enum PDFPasswordHash {
  /// The 32-byte revision 6 hash.
  ///
  /// - Parameters:
  ///   - password: the UTF-8 password after SASLprep, truncated to 127 bytes by this function.
  ///   - salt: the 8-byte validation or key salt.
  ///   - userKey: the 48-byte /U value when hashing the owner password, otherwise empty.
  public static func revision6(password: [UInt8], salt: [UInt8], userKey: [UInt8] = []) -> [UInt8] {
    let password = Array(password.prefix(127))
    var k = SHA256.hash(password + salt + userKey)
    var round = 0
    while true {
      let unit = password + k + userKey
      var k1 = [UInt8]()
      k1.reserveCapacity(unit.count * 64)
      for _ in 0..<64 { k1 += unit }
      // Keys are 16 bytes and k1 is a whole number of blocks (64 × anything), so this cannot throw.
      guard let aes = try? AES(key: Array(k[0..<16])),
        let e = try? aes.encryptCBC(k1, iv: Array(k[16..<32]))
      else { return Array(k.prefix(32)) }
      var sum = 0
      for byte in e[0..<16] { sum += Int(byte) }
      switch sum % 3 {
      case 0: k = SHA256.hash(e)
      case 1: k = SHA512.hash384(e)
      default: k = SHA512.hash(e)
      }
      round += 1
      if round >= 64, let last = e.last, Int(last) <= round - 32 { break }
    }
    return Array(k[0..<32])
  }

  /// The revision 5 hash (Adobe extension level 3, deprecated): SHA-256 of password + salt + user key.
  public static func revision5(password: [UInt8], salt: [UInt8], userKey: [UInt8] = []) -> [UInt8] {
    SHA256.hash(Array(password.prefix(127)) + salt + userKey)
  }
}
