import Foundation
import Testing

@Suite("settle demo")
struct DemoCommandTests {
  @Test("writes the claim folder, both packet copies, the statement and every notice stage")
  func writesEverything() throws {
    let folder = DemoFolder.folder
    for file in [
      "claim/claim.json", "claim/invoices/INV-2001.pdf", "claim/invoices/INV-2014.pdf", "claim/invoices/INV-2031.pdf",
      "packet.pdf", "packet-archive.pdf", "statement.pdf", "notices/reminder.txt", "notices/follow-up.txt",
      "notices/final.txt", "notices/demand.txt",
    ] {
      #expect(FileManager.default.fileExists(atPath: folder + "/" + file), "\(file)")
    }
    let demand = try String(contentsOfFile: folder + "/notices/demand.txt", encoding: .utf8)
    #expect(demand.contains("3,126.70"))
    // The generated log verifies: settle check accepts the claim with its chain.
    #expect(settle(["check", folder + "/claim/claim.json", "--as-of", "2026-07-15"]).code == 0)
  }

  @Test("the demo is reproducible: a second run writes the same packet bytes")
  func reproducible() throws {
    let other = FileManager.default.temporaryDirectory.path + "/settle-demo-again-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: other) }
    #expect(settle(["demo", "-o", other, "--as-of", "2026-07-15"]).code == 0)
    for file in ["packet.pdf", "packet-archive.pdf", "statement.pdf", "claim/invoices/INV-2001.pdf"] {
      #expect(
        try Data(contentsOf: URL(fileURLWithPath: other + "/" + file))
          == Data(contentsOf: URL(fileURLWithPath: DemoFolder.folder + "/" + file)), "\(file)")
    }
  }
}
