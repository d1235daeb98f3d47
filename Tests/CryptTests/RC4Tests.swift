import Crypt
import Testing

@Suite struct RC4Tests {
  /// RFC 6229 §2 key-stream vectors (offsets 0 and 16), obtained by encrypting zeros.
  @Test func rfc6229() {
    let stream40 = RC4.process([UInt8](repeating: 0, count: 32), key: [1, 2, 3, 4, 5])
    #expect(hex(stream40) == "b2396305f03dc027ccc3524a0a1118a8" + "6982944f18fc82d589c403a47a0d0919")
    let stream128 = RC4.process([UInt8](repeating: 0, count: 16), key: Array(1...16))
    #expect(hex(stream128) == "9ac7cc9a609d1ef7b2932899cde41b97")
  }

  /// The classic test vectors (Key/Plaintext, Wiki/pedia, Secret/Attack at dawn).
  @Test func classicVectors() {
    #expect(hex(RC4.process(Array("Plaintext".utf8), key: Array("Key".utf8))) == "bbf316e8d940af0ad3")
    #expect(hex(RC4.process(Array("pedia".utf8), key: Array("Wiki".utf8))) == "1021bf0420")
    #expect(hex(RC4.process(Array("Attack at dawn".utf8), key: Array("Secret".utf8))) == "45a01f645fc35b383552544b9bf5")
  }

  @Test func decryptionInvertsEncryption() {
    let message = Array("stream cipher round trip".utf8)
    #expect(RC4.process(RC4.process(message, key: [9, 8, 7]), key: [9, 8, 7]) == message)
  }
}
