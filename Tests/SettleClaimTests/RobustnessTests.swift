import SettleTestSupport
import Testing

@testable import SettleClaim

/// Random damage to a valid claim never crashes the parser or the decoder, and everything that
/// still parses round-trips through the canonical writer.
@Suite("Robustness against damaged input")
struct RobustnessTests {
  static let alphabet: [UInt8] =
    Array("{}[]\",:0123456789.-eE \n\\utrfnl\u{00}".utf8) + [0xC3, 0xA9, 0xFF, 0xED, 0xA0, 0x80]

  @Test func randomMutationsNeverCrash() throws {
    let original = Array(ClaimFixture.validClaim.utf8)
    var rng = SplitMix64(seed: 20_261_122)
    var parsed = 0
    var decoded = 0
    for _ in 0..<3000 {
      var bytes = original
      for _ in 0..<(1 + rng.below(4)) {
        let at = rng.below(bytes.count)
        switch rng.below(3) {
        case 0: bytes.remove(at: at)
        case 1: bytes.insert(Self.alphabet[rng.below(Self.alphabet.count)], at: at)
        default: bytes[at] = Self.alphabet[rng.below(Self.alphabet.count)]
        }
      }
      guard let root = try? JSONParser.parse(bytes) else { continue }
      parsed += 1
      let canonical = JSONWriter.canonical(root.value)
      #expect(JSONWriter.canonical(try JSONParser.parse(canonical).value) == canonical)
      let loaded = ClaimFile.decode(bytes, file: "claim.json", folder: "/nonexistent-settle-folder")
      if loaded.claim != nil { decoded += 1 }
      for d in loaded.diagnostics { #expect(!d.message.isEmpty) }
    }
    #expect(parsed > 100)
    _ = decoded
  }

  @Test func truncationsAtEveryByteFailCleanly() {
    let original = Array(ClaimFixture.validClaim.utf8)
    for length in 0..<original.count {
      #expect(throws: JSONParseError.self) { try JSONParser.parse(Array(original.prefix(length))) }
    }
  }
}
