import Crypt
import Testing

@Suite struct AESTests {
  /// FIPS-197 appendix C (128/192/256) and appendix B.
  @Test(arguments: [
    ("000102030405060708090a0b0c0d0e0f", "00112233445566778899aabbccddeeff", "69c4e0d86a7b0430d8cdb78070b4c55a"),
    ("000102030405060708090a0b0c0d0e0f1011121314151617", "00112233445566778899aabbccddeeff", "dda97ca4864cdfe06eaf70a0ec0d7191"),
    ("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "00112233445566778899aabbccddeeff",
     "8ea2b7ca516745bfeafc49904b496089"),
    ("2b7e151628aed2a6abf7158809cf4f3c", "3243f6a8885a308d313198a2e0370734", "3925841d02dc09fbdc118597196a0b32"),
  ])
  func fips197Blocks(key: String, plain: String, cipher: String) throws {
    let aes = try AES(key: bytes(hex: key))
    #expect(hex(try aes.encryptBlock(bytes(hex: plain))) == cipher)
    #expect(hex(try aes.decryptBlock(bytes(hex: cipher))) == plain)
  }

  /// NIST SP 800-38A F.2.1/F.2.2 (CBC-AES128), first two blocks.
  @Test func sp80038aCBC() throws {
    let aes = try AES(key: bytes(hex: "2b7e151628aed2a6abf7158809cf4f3c"))
    let iv = bytes(hex: "000102030405060708090a0b0c0d0e0f")
    let plain = bytes(hex: "6bc1bee22e409f96e93d7e117393172a ae2d8a571e03ac9c9eb76fac45af8e51")
    let cipher = try aes.encryptCBC(plain, iv: iv)
    #expect(hex(cipher) == "7649abac8119b246cee98e9b12e9197d" + "5086cb9b507219ee95db113a917678b2")
    #expect(try aes.decryptCBC(cipher, iv: iv, removingPadding: false) == plain)
  }

  /// NIST SP 800-38A F.2.5 (CBC-AES256), first block.
  @Test func sp80038aCBC256() throws {
    let aes = try AES(key: bytes(hex: "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4"))
    let cipher = try aes.encryptCBC(bytes(hex: "6bc1bee22e409f96e93d7e117393172a"), iv: bytes(hex: "000102030405060708090a0b0c0d0e0f"))
    #expect(hex(cipher) == "f58c4c04d6e5f1ba779eabfb5f7bfbd6")
  }

  @Test func paddingIsRemovedAndChecked() throws {
    let aes = try AES(key: [UInt8](repeating: 7, count: 16))
    let iv = [UInt8](repeating: 1, count: 16)
    let padded = Array("hello".utf8) + [UInt8](repeating: 11, count: 11)
    let cipher = try aes.encryptCBC(padded, iv: iv)
    #expect(try aes.decryptCBC(cipher, iv: iv, removingPadding: true) == Array("hello".utf8))
    let badPadding = try aes.encryptCBC(Array("hello".utf8) + [UInt8](repeating: 11, count: 10) + [12], iv: iv)
    #expect(throws: CryptError.invalidPadding) { try aes.decryptCBC(badPadding, iv: iv, removingPadding: true) }
  }

  @Test func rejectsBadLengths() {
    #expect(throws: CryptError.invalidKeyLength(5)) { try AES(key: [1, 2, 3, 4, 5]) }
    #expect(throws: CryptError.invalidDataLength(15)) {
      try AES(key: [UInt8](repeating: 0, count: 16)).decryptCBC([UInt8](repeating: 0, count: 15), iv: [UInt8](repeating: 0, count: 16), removingPadding: false)
    }
  }
}
