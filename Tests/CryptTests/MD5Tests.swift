import Crypt
import Testing

/// RFC 1321 appendix A.5 test suite.
@Suite struct MD5Tests {
  @Test(arguments: [
    ("", "d41d8cd98f00b204e9800998ecf8427e"),
    ("a", "0cc175b9c0f1b6a831c399e269772661"),
    ("abc", "900150983cd24fb0d6963f7d28e17f72"),
    ("message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
    ("abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"),
    ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"),
    ("12345678901234567890123456789012345678901234567890123456789012345678901234567890",
     "57edf4a22be3c955ac49da2e2107b67a"),
  ])
  func rfcVectors(input: String, expected: String) {
    #expect(hex(MD5.hash(Array(input.utf8))) == expected)
  }

  @Test func streamingEqualsOneShot() {
    let data = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
    var h = MD5()
    for start in stride(from: 0, to: data.count, by: 33) { h.update(Array(data[start..<min(start + 33, data.count)])) }
    #expect(h.finalize() == MD5.hash(data))
  }
}
