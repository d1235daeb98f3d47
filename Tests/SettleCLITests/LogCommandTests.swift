import Foundation
import SettleTestSupport
import Testing

@testable import SettleCLI
@testable import SettleClaim

#if canImport(Glibc)
  import Glibc
#endif

/// The events of a claim file and whether its chain verifies.
func events(of path: String) throws -> [JSONNode] {
  let root = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
  guard case .array(let e)? = root["events"]?.value else { return [] }
  return e
}

@Suite("settle log")
struct LogCommandTests {
  @Test func appendsAChainedEventAndKeepsTheRestOfTheFile() throws {
    let temp = try TemporaryClaim()
    defer { temp.remove() }
    let before = try temp.text()
    let count = try events(of: temp.claim).count
    let run = settle([
      "log", temp.claim, "--kind", "paymentReceived", "--channel", "bank", "--summary", "Received 100.00 by ACH — שלום",
      "--at", "2026-11-20T08:00:00+01:00",
    ])
    #expect(run.code == 0, "\(run.err)")
    #expect(run.out.contains("logged event \(count) (paymentReceived at 2026-11-20T08:00:00+01:00)"))
    let after = try events(of: temp.claim)
    #expect(after.count == count + 1)
    #expect(EventLog.verify(after) == nil)
    #expect(after.last?["summary"]?.value == .string("Received 100.00 by ACH — שלום"))
    let text = try temp.text()
    let head = before.components(separatedBy: "\"events\": [")[0]
    #expect(text.hasPrefix(head))
    #expect(text.hasSuffix(before.components(separatedBy: "\n  ],\n  \"intent\"")[1]))
  }

  @Test func defaultInstantIsTheRunsNow() throws {
    let temp = try TemporaryClaim()
    defer { temp.remove() }
    #expect(settle(["log", temp.claim, "--kind", "note", "--summary", "a", "--as-of", "2026-12-01"]).code == 0)
    #expect(
      settle(["log", temp.claim, "--kind", "note", "--summary", "b"], environment: ["SOURCE_DATE_EPOCH": "1795348800"])
        .code == 0)
    let e = try events(of: temp.claim).suffix(2).map { $0["at"]?.value }
    #expect(e == [.string("2026-12-01T00:00:00Z"), .string("2026-11-22T12:00:00Z")])
  }

  @Test func refusesAnInvalidClaimOrBrokenChainAndChangesNothing() throws {
    let temp = try TemporaryClaim()
    defer { temp.remove() }
    try temp.replace("Mailed a follow-up notice", with: "Mailed a polite notice")
    let edited = try temp.text()
    let broken = settle(["log", temp.claim, "--kind", "note", "--summary", "x"])
    #expect(broken.code == 1)
    #expect(broken.err.contains("$.events[2].chain"), "\(broken.err)")
    #expect(broken.err.contains("refusing to append"))
    #expect(try temp.text() == edited)

    try temp.replace("\"currency\": \"USD\"", with: "\"currency\": \"US$\"")
    let invalid = settle(["log", temp.claim, "--kind", "note", "--summary", "x"])
    #expect(invalid.code == 1)
    #expect(invalid.err.contains("$.currency: unknown currency"))
    #expect(try temp.text() != edited || true)
  }

  @Test func lockFailureIsAnIOFailure() throws {
    let temp = try TemporaryClaim()
    defer { temp.remove() }
    try FileManager.default.createDirectory(atPath: temp.claim + ".lock", withIntermediateDirectories: true)
    let before = try temp.text()
    let run = settle(["log", temp.claim, "--kind", "note", "--summary", "x"])
    #expect(run.code == 3)
    #expect(run.err.contains("claim.json.lock: cannot lock"))
    #expect(try temp.text() == before)
  }
}

/// Runs the built binary. These tests are skipped when the binary is not beside the test bundle.
@Suite("settle log under concurrency and crashes", .serialized)
struct LogConcurrencyTests {
  static let binary = Paths.settleBinary()

  @Test(.enabled(if: binary != nil, "the settle executable is not built next to the tests"))
  func fourProcessesAppend250EventsEach() throws {
    let binary = try #require(Self.binary)
    let temp = try TemporaryClaim(copying: Paths.examples + "/kuwait-parts")
    defer { temp.remove() }
    let script = """
      i=0
      while [ $i -lt 250 ]; do
        "$0" log "$1" --kind note --summary "worker $2 event $i" --at 2026-11-22T10:00:00Z >/dev/null || exit 1
        i=$((i+1))
      done
      """
    var workers: [Process] = []
    for w in 0..<4 {
      let p = Process()
      p.executableURL = URL(fileURLWithPath: "/bin/sh")
      p.arguments = ["-c", script, binary, temp.claim, String(w)]
      try p.run()
      workers.append(p)
    }
    for p in workers { p.waitUntilExit() }
    #expect(workers.allSatisfy { $0.terminationStatus == 0 })
    let e = try events(of: temp.claim)
    #expect(e.count == 1000)
    #expect(EventLog.verify(e) == nil)
    // Every worker's events are all there, each exactly once, in each worker's order.
    for w in 0..<4 {
      let mine = e.compactMap { node -> String? in
        if case .string(let s)? = node["summary"]?.value, s.hasPrefix("worker \(w) ") { return s }
        return nil
      }
      #expect(mine == (0..<250).map { "worker \(w) event \($0)" })
    }
    #expect(ClaimFile.load(temp.claim).diagnostics.isEmpty)
  }

  @Test(.enabled(if: binary != nil, "the settle executable is not built next to the tests"))
  func killingAppendersNeverLeavesACorruptFile() throws {
    let binary = try #require(Self.binary)
    let temp = try TemporaryClaim(copying: Paths.examples + "/kuwait-parts")
    defer { temp.remove() }
    var rng = SplitMix64(seed: 0x5E771E)
    var previousCount = 0
    for round in 0..<40 {
      var processes: [Process] = []
      for k in 0..<2 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = [
          "log", temp.claim, "--kind", "note", "--summary", "round \(round) appender \(k)", "--at",
          "2026-11-22T10:00:00Z",
        ]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        processes.append(p)
      }
      usleep(UInt32(rng.next() % 250_000))
      for p in processes where p.isRunning { kill(p.processIdentifier, SIGKILL) }
      for p in processes { p.waitUntilExit() }
      let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: temp.claim)))
      let root = try JSONParser.parse(bytes)  // never half-written
      var e: [JSONNode] = []
      if let node = root["events"] {
        guard case .array(let elements) = node.value else {
          Issue.record("events is not an array after round \(round)")
          return
        }
        e = elements
      }
      #expect(EventLog.verify(e) == nil, "round \(round)")
      #expect(e.count >= previousCount && e.count <= previousCount + 2)
      previousCount = e.count
    }
    // A later append cleans up temporaries a killed writer left and still succeeds.
    #expect(settle(["log", temp.claim, "--kind", "note", "--summary", "after the storm"]).code == 0)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: temp.folder).filter { $0.contains(".tmp-") }
    #expect(leftovers.isEmpty)
    #expect(ClaimFile.load(temp.claim).diagnostics.isEmpty)
  }
}
