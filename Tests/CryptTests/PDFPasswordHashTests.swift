import Crypt
import Testing

/// Algorithm 2.B checked against a real AES-256 (R6) file: qpdf's test file
/// `enc-XI-R6,V5,O=master.pdf` (Apache-2.0), whose user password is empty.
@Suite struct PDFPasswordHashTests {
  /// The first 48 bytes of that file's /U: hash (32), validation salt (8), key salt (8).
  static let u = bytes(hex: "f591296384b58adba5b86b2b3ad1280ccadb51c9d69d759a5a2cd85ffdcce460b3e04fda6b7a8e174d5f863bf1917416")
  static let ue = bytes(hex: "6f3b9fb151bba52534c6cd97827a7e9ef7a04b1fddaed8c1281065589541bf01")
  static let perms = bytes(hex: "8f83cc37798717586d6837b4d9d86457")

  @Test func emptyUserPasswordValidates() {
    let hash = PDFPasswordHash.revision6(password: [], salt: Array(Self.u[32..<40]))
    #expect(hash == Array(Self.u[0..<32]))
    let wrong = PDFPasswordHash.revision6(password: Array("master".utf8), salt: Array(Self.u[32..<40]))
    #expect(wrong != Array(Self.u[0..<32]))
  }

  /// The file key unwrapped from /UE must decrypt /Perms to a block whose bytes 9–11 are "adb".
  @Test func fileKeyDecryptsPerms() throws {
    let intermediate = PDFPasswordHash.revision6(password: [], salt: Array(Self.u[40..<48]))
    let fileKey = try AES(key: intermediate).decryptCBC(Self.ue, iv: [UInt8](repeating: 0, count: 16), removingPadding: false)
    #expect(fileKey.count == 32)
    let perms = try AES(key: fileKey).decryptBlock(Self.perms)
    #expect(Array(perms[9..<12]) == Array("adb".utf8))
  }
}
