import Crypt
import Testing

/// FIPS 180-4 examples (NIST "SHA-512" / "SHA-384" example documents).
@Suite struct SHA512Tests {
  static let twoBlock =
    "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"

  @Test func sha512() {
    #expect(hex(SHA512.hash(Array("abc".utf8)))
      == "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")
    #expect(hex(SHA512.hash([]))
      == "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e")
    #expect(hex(SHA512.hash(Array(Self.twoBlock.utf8)))
      == "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909")
  }

  @Test func sha384() {
    #expect(hex(SHA512.hash384(Array("abc".utf8)))
      == "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7")
    #expect(hex(SHA512.hash384(Array(Self.twoBlock.utf8)))
      == "09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039")
  }

  @Test func millionAs() {
    #expect(hex(SHA512.hash([UInt8](repeating: 0x61, count: 1_000_000)))
      == "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b")
  }

  @Test func streamingEqualsOneShot() {
    let data = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 13) }
    var h = SHA512(.sha384)
    for start in stride(from: 0, to: data.count, by: 77) { h.update(Array(data[start..<min(start + 77, data.count)])) }
    #expect(h.finalize() == SHA512.hash384(data))
  }
}
