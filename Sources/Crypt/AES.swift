/// AES (FIPS-197) with 128-, 192- or 256-bit keys: single blocks and CBC mode.
///
/// Written for PDF decryption (AESV2/AESV3 crypt filters) and the PDF 2.0 password hash,
/// which needs CBC encryption without padding.
public struct AES: Sendable {
  /// Expanded round keys, 16 bytes per round, round 0 first.
  private let roundKeys: [UInt8]
  private let rounds: Int

  /// Creates a cipher for `key`.
  /// - Throws: `CryptError.invalidKeyLength` unless the key is 16, 24 or 32 bytes.
  public init(key: [UInt8]) throws(CryptError) {
    guard key.count == 16 || key.count == 24 || key.count == 32 else { throw .invalidKeyLength(key.count) }
    let nk = key.count / 4
    rounds = nk + 6
    let tables = AESTables.shared
    var words = [UInt32]()
    words.reserveCapacity(4 * (rounds + 1))
    for i in 0..<nk {
      words.append(UInt32(key[4 * i]) << 24 | UInt32(key[4 * i + 1]) << 16 | UInt32(key[4 * i + 2]) << 8 | UInt32(key[4 * i + 3]))
    }
    var rcon: UInt32 = 0x01
    for i in nk..<(4 * (rounds + 1)) {
      var temp = words[i - 1]
      if i % nk == 0 {
        temp = tables.subWord(temp.rotl(8)) ^ (rcon << 24)
        rcon = UInt32(AESTables.xtime(UInt8(rcon)))
      } else if nk > 6 && i % nk == 4 {
        temp = tables.subWord(temp)
      }
      words.append(words[i - nk] ^ temp)
    }
    roundKeys = words.flatMap { [UInt8($0 >> 24), UInt8(truncatingIfNeeded: $0 >> 16), UInt8(truncatingIfNeeded: $0 >> 8), UInt8(truncatingIfNeeded: $0)] }
  }

  /// Encrypts one 16-byte block (ECB).
  /// - Throws: `CryptError.invalidDataLength` unless `block` has 16 bytes.
  public func encryptBlock(_ block: [UInt8]) throws(CryptError) -> [UInt8] {
    guard block.count == 16 else { throw .invalidDataLength(block.count) }
    var out = block
    out.withUnsafeMutableBufferPointer { buf in withEncryptionTables { encrypt(buf, at: 0, $0) } }
    return out
  }

  /// Decrypts one 16-byte block (ECB).
  /// - Throws: `CryptError.invalidDataLength` unless `block` has 16 bytes.
  public func decryptBlock(_ block: [UInt8]) throws(CryptError) -> [UInt8] {
    guard block.count == 16 else { throw .invalidDataLength(block.count) }
    var out = block
    out.withUnsafeMutableBufferPointer { buf in withDecryptionTables { decrypt(buf, at: 0, $0) } }
    return out
  }

  /// Encrypts `data` in CBC mode without padding.
  /// - Throws: `CryptError.invalidDataLength` if `data` is not whole blocks or `iv` is not 16 bytes.
  public func encryptCBC(_ data: [UInt8], iv: [UInt8]) throws(CryptError) -> [UInt8] {
    guard data.count % 16 == 0 else { throw .invalidDataLength(data.count) }
    guard iv.count == 16 else { throw .invalidDataLength(iv.count) }
    var out = data
    out.withUnsafeMutableBufferPointer { buf in
      withEncryptionTables { tables in
        var offset = 0
        while offset < buf.count {
          for i in 0..<16 { buf[offset + i] ^= offset == 0 ? iv[i] : buf[offset - 16 + i] }
          encrypt(buf, at: offset, tables)
          offset += 16
        }
      }
    }
    return out
  }

  /// Decrypts `data` in CBC mode.
  ///
  /// - Parameters:
  ///   - removingPadding: strips PKCS #7 padding (1–16 bytes each equal to the count) from the result.
  /// - Throws: `CryptError.invalidDataLength` if `data` is not whole blocks or `iv` is not 16 bytes;
  ///   `CryptError.invalidPadding` if padding removal was asked for and the padding is invalid.
  public func decryptCBC(_ data: [UInt8], iv: [UInt8], removingPadding: Bool) throws(CryptError) -> [UInt8] {
    guard data.count % 16 == 0 else { throw .invalidDataLength(data.count) }
    guard iv.count == 16 else { throw .invalidDataLength(iv.count) }
    var out = data
    out.withUnsafeMutableBufferPointer { buf in
      withDecryptionTables { tables in
        data.withUnsafeBufferPointer { cipher in
          var offset = buf.count - 16
          while offset >= 0 {
            decrypt(buf, at: offset, tables)
            for i in 0..<16 { buf[offset + i] ^= offset == 0 ? iv[i] : cipher[offset - 16 + i] }
            offset -= 16
          }
        }
      }
    }
    if removingPadding {
      guard let last = out.last, last >= 1, last <= 16, Int(last) <= out.count,
        out[(out.count - Int(last))...].allSatisfy({ $0 == last })
      else { throw .invalidPadding }
      out.removeLast(Int(last))
    }
    return out
  }

  // MARK: - Block transforms (state byte r + 4c is row r, column c)

  /// Table pointers borrowed for the duration of one operation.
  private struct Tables {
    let box: UnsafeBufferPointer<UInt8>
    let a: UnsafeBufferPointer<UInt8>, b: UnsafeBufferPointer<UInt8>, c: UnsafeBufferPointer<UInt8>, d: UnsafeBufferPointer<UInt8>
    let keys: UnsafeBufferPointer<UInt8>
  }

  /// S-box, ×2, ×3 and the round keys.
  private func withEncryptionTables(_ body: (Tables) -> Void) {
    let t = AESTables.shared
    t.sbox.withUnsafeBufferPointer { box in
      t.mul2.withUnsafeBufferPointer { m2 in
        t.mul3.withUnsafeBufferPointer { m3 in
          roundKeys.withUnsafeBufferPointer { keys in body(Tables(box: box, a: m2, b: m3, c: m2, d: m3, keys: keys)) }
        }
      }
    }
  }

  /// Inverse S-box, ×9, ×11, ×13, ×14 and the round keys.
  private func withDecryptionTables(_ body: (Tables) -> Void) {
    let t = AESTables.shared
    t.inverseSbox.withUnsafeBufferPointer { box in
      t.mul9.withUnsafeBufferPointer { m9 in
        t.mul11.withUnsafeBufferPointer { m11 in
          t.mul13.withUnsafeBufferPointer { m13 in
            t.mul14.withUnsafeBufferPointer { m14 in
              roundKeys.withUnsafeBufferPointer { keys in body(Tables(box: box, a: m9, b: m11, c: m13, d: m14, keys: keys)) }
            }
          }
        }
      }
    }
  }

  private func encrypt(_ s: UnsafeMutableBufferPointer<UInt8>, at o: Int, _ t: Tables) {
    let sbox = t.box, mul2 = t.a, mul3 = t.b
    addRoundKey(s, at: o, round: 0, t.keys)
    for round in 1...rounds {
      for i in 0..<16 { s[o + i] = sbox[Int(s[o + i])] }
      // ShiftRows: row r rotates left by r.
      var tmp = (s[o + 1], s[o + 5], s[o + 9], s[o + 13])
      s[o + 1] = tmp.1; s[o + 5] = tmp.2; s[o + 9] = tmp.3; s[o + 13] = tmp.0
      tmp = (s[o + 2], s[o + 6], s[o + 10], s[o + 14])
      s[o + 2] = tmp.2; s[o + 6] = tmp.3; s[o + 10] = tmp.0; s[o + 14] = tmp.1
      tmp = (s[o + 3], s[o + 7], s[o + 11], s[o + 15])
      s[o + 3] = tmp.3; s[o + 7] = tmp.0; s[o + 11] = tmp.1; s[o + 15] = tmp.2
      if round != rounds {
        for c in 0..<4 {
          let p = o + 4 * c
          let a0 = Int(s[p]), a1 = Int(s[p + 1]), a2 = Int(s[p + 2]), a3 = Int(s[p + 3])
          s[p] = mul2[a0] ^ mul3[a1] ^ UInt8(a2) ^ UInt8(a3)
          s[p + 1] = UInt8(a0) ^ mul2[a1] ^ mul3[a2] ^ UInt8(a3)
          s[p + 2] = UInt8(a0) ^ UInt8(a1) ^ mul2[a2] ^ mul3[a3]
          s[p + 3] = mul3[a0] ^ UInt8(a1) ^ UInt8(a2) ^ mul2[a3]
        }
      }
      addRoundKey(s, at: o, round: round, t.keys)
    }
  }

  private func decrypt(_ s: UnsafeMutableBufferPointer<UInt8>, at o: Int, _ t: Tables) {
    let inverse = t.box, mul9 = t.a, mul11 = t.b, mul13 = t.c, mul14 = t.d
    addRoundKey(s, at: o, round: rounds, t.keys)
    for round in stride(from: rounds - 1, through: 0, by: -1) {
      // InvShiftRows: row r rotates right by r.
      var tmp = (s[o + 1], s[o + 5], s[o + 9], s[o + 13])
      s[o + 1] = tmp.3; s[o + 5] = tmp.0; s[o + 9] = tmp.1; s[o + 13] = tmp.2
      tmp = (s[o + 2], s[o + 6], s[o + 10], s[o + 14])
      s[o + 2] = tmp.2; s[o + 6] = tmp.3; s[o + 10] = tmp.0; s[o + 14] = tmp.1
      tmp = (s[o + 3], s[o + 7], s[o + 11], s[o + 15])
      s[o + 3] = tmp.1; s[o + 7] = tmp.2; s[o + 11] = tmp.3; s[o + 15] = tmp.0
      for i in 0..<16 { s[o + i] = inverse[Int(s[o + i])] }
      addRoundKey(s, at: o, round: round, t.keys)
      if round != 0 {
        for c in 0..<4 {
          let p = o + 4 * c
          let a0 = Int(s[p]), a1 = Int(s[p + 1]), a2 = Int(s[p + 2]), a3 = Int(s[p + 3])
          s[p] = mul14[a0] ^ mul11[a1] ^ mul13[a2] ^ mul9[a3]
          s[p + 1] = mul9[a0] ^ mul14[a1] ^ mul11[a2] ^ mul13[a3]
          s[p + 2] = mul13[a0] ^ mul9[a1] ^ mul14[a2] ^ mul11[a3]
          s[p + 3] = mul11[a0] ^ mul13[a1] ^ mul9[a2] ^ mul14[a3]
        }
      }
    }
  }

  @inline(__always) private func addRoundKey(_ s: UnsafeMutableBufferPointer<UInt8>, at o: Int, round: Int, _ keys: UnsafeBufferPointer<UInt8>) {
    let k = 16 * round
    for i in 0..<16 { s[o + i] ^= keys[k + i] }
  }
}

/// The S-boxes and GF(2^8) multiplication tables, computed once from their definitions.
struct AESTables: Sendable {
  static let shared = AESTables()

  let sbox: [UInt8]
  let inverseSbox: [UInt8]
  let mul2: [UInt8], mul3: [UInt8], mul9: [UInt8], mul11: [UInt8], mul13: [UInt8], mul14: [UInt8]

  /// Multiplication by x (i.e. 2) in GF(2^8) modulo x^8 + x^4 + x^3 + x + 1.
  static func xtime(_ a: UInt8) -> UInt8 { (a << 1) ^ (a & 0x80 != 0 ? 0x1b : 0) }

  static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
    var a = a, b = b, product: UInt8 = 0
    while b != 0 {
      if b & 1 != 0 { product ^= a }
      a = xtime(a)
      b >>= 1
    }
    return product
  }

  private init() {
    // S-box: multiplicative inverse in GF(2^8) followed by the affine map (FIPS-197 §5.1.1).
    // p walks the multiplicative group by powers of 3; q walks it by powers of 3⁻¹, so q = p⁻¹.
    var box = [UInt8](repeating: 0, count: 256)
    var p: UInt8 = 1, q: UInt8 = 1
    repeat {
      p = p ^ AESTables.xtime(p)
      q ^= q << 1
      q ^= q << 2
      q ^= q << 4
      if q & 0x80 != 0 { q ^= 0x09 }
      let rot = { (x: UInt8, n: UInt8) -> UInt8 in (x << n) | (x >> (8 - n)) }
      box[Int(p)] = q ^ rot(q, 1) ^ rot(q, 2) ^ rot(q, 3) ^ rot(q, 4) ^ 0x63
    } while p != 1
    box[0] = 0x63
    sbox = box
    var inverse = [UInt8](repeating: 0, count: 256)
    for i in 0..<256 { inverse[Int(box[i])] = UInt8(i) }
    inverseSbox = inverse
    let table = { (k: UInt8) -> [UInt8] in (0..<256).map { AESTables.multiply(UInt8($0), k) } }
    mul2 = table(2); mul3 = table(3); mul9 = table(9); mul11 = table(11); mul13 = table(13); mul14 = table(14)
  }

  func subWord(_ w: UInt32) -> UInt32 {
    UInt32(sbox[Int(w >> 24)]) << 24 | UInt32(sbox[Int((w >> 16) & 0xff)]) << 16
      | UInt32(sbox[Int((w >> 8) & 0xff)]) << 8 | UInt32(sbox[Int(w & 0xff)])
  }
}
