import Foundation
import Testing

@Suite("settle batch", .serialized)
struct BatchCommandTests {
  func makeTree(copies: Int, bad: Bool) throws -> String {
    let root = FileManager.default.temporaryDirectory.path + "/settle-batch-tests-" + UUID().uuidString
    for index in 0..<copies {
      try FileManager.default.createDirectory(atPath: root + "/group", withIntermediateDirectories: true)
      try FileManager.default.copyItem(atPath: DemoFolder.folder + "/claim", toPath: root + "/group/c\(index)")
      let path = root + "/group/c\(index)/claim.json"
      let text = try String(contentsOfFile: path, encoding: .utf8)
      try text.replacingOccurrences(of: "CLM-2026-0107", with: "CLM-B-\(index)").write(toFile: path, atomically: true, encoding: .utf8)
    }
    if bad {
      try FileManager.default.createDirectory(atPath: root + "/bad", withIntermediateDirectories: true)
      try "{\"schema\": \"settle.claim/1\"}".write(toFile: root + "/bad/claim.json", atomically: true, encoding: .utf8)
    }
    return root
  }

  @Test("one packet per claim beside it; a bad claim is reported, the rest go on, exit 1")
  func besideEachClaim() throws {
    let root = try makeTree(copies: 3, bad: true)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let run = settle(["batch", root, "--jobs", "2", "--as-of", "2026-07-15"])
    #expect(run.code == 1)
    #expect(run.out.contains("3 of 4 packets written"))
    #expect(run.err.contains("/bad/claim.json"))
    for index in 0..<3 { #expect(FileManager.default.fileExists(atPath: root + "/group/c\(index)/packet.pdf")) }
  }

  @Test("--out writes <claim id>.pdf, identical to settle packet's file")
  func outFolder() throws {
    let root = try makeTree(copies: 2, bad: false)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let run = settle(["batch", root, "--jobs", "2", "--out", root + "/out", "--as-of", "2026-07-15"])
    #expect(run.code == 0, "\(run.err)")
    let files = try FileManager.default.contentsOfDirectory(atPath: root + "/out").sorted()
    #expect(files == ["CLM-B-0.pdf", "CLM-B-1.pdf"])
    #expect(settle(["packet", root + "/group/c0/claim.json", "-o", root + "/single.pdf", "--as-of", "2026-07-15"]).code == 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: root + "/single.pdf")) == Data(contentsOf: URL(fileURLWithPath: root + "/out/CLM-B-0.pdf")))
  }

  @Test("shards split the sorted claims with no overlap; K comes from JOB_COMPLETION_INDEX when only N is given")
  func shards() throws {
    let root = try makeTree(copies: 3, bad: false)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let first = settle(["batch", root, "--shard", "0/2", "--out", root + "/s0", "--as-of", "2026-07-15"])
    #expect(first.code == 0)
    let second = settle(
      ["batch", root, "--shard", "2", "--out", root + "/s1", "--as-of", "2026-07-15"], environment: ["JOB_COMPLETION_INDEX": "1"])
    #expect(second.code == 0)
    let a = try FileManager.default.contentsOfDirectory(atPath: root + "/s0").sorted()
    let b = try FileManager.default.contentsOfDirectory(atPath: root + "/s1").sorted()
    #expect(a == ["CLM-B-0.pdf", "CLM-B-2.pdf"])
    #expect(b == ["CLM-B-1.pdf"])
    #expect(settle(["batch", root, "--shard", "2/2"]).code == 2)
    #expect(settle(["batch", root, "--shard", "2"]).code == 2)
  }
}
