import Crypt
import Foundation
import Testing

@testable import SettleClaim

@Suite("Event log")
struct EventLogTests {
  static let draft = EventDraft(
    at: "2026-07-15T10:00:00Z", kind: "noticeSent", channel: "email", summary: "Sent \"final\" notice — ünïcode")

  @Test func chainFollowsTheDocumentedFormula() {
    let event = Self.draft.jsonValue
    let canonical =
      #"{"at":"2026-07-15T10:00:00Z","channel":"email","kind":"noticeSent","summary":"Sent \"final\" notice — ünïcode"}"#
    #expect(EventLog.canonicalText(of: event) == canonical)
    let expected = SHA256.hexDigest(String(repeating: "0", count: 64) + canonical)
    #expect(EventLog.chain(after: EventLog.genesis, event: event) == expected)
    // The chain member itself is never covered.
    guard case .object(var members) = event else { return }
    members.append(JSONMember(key: "chain", keyRange: .none, value: JSONNode(value: .string("x"), range: .none)))
    #expect(EventLog.canonicalText(of: .object(members)) == canonical)
  }

  @Test func appendKeepsTheRestOfTheFileAndChains() throws {
    let fixture = try ClaimFixture()
    defer { fixture.remove() }
    let before = try fixture.read()
    let first = try EventLog.append(Self.draft, toClaimAt: fixture.claimPath)
    let second = try EventLog.append(
      EventDraft(at: "2026-07-16T09:00:00+02:00", kind: "note", channel: nil, summary: "Second"),
      toClaimAt: fixture.claimPath)
    #expect(first.index == 0 && second.index == 1)
    let after = try fixture.read()
    let root = try JSONParser.parse(after)
    guard case .array(let events)? = root["events"]?.value else {
      Issue.record("no events")
      return
    }
    #expect(events.count == 2)
    #expect(EventLog.verify(events) == nil)
    #expect(events[1]["chain"]?.value == .string(second.chain))
    #expect(events[1]["channel"] == nil)
    // Everything before "events": [ is byte-identical; the claim still loads cleanly.
    let prefix = Array(String(decoding: before, as: UTF8.self).components(separatedBy: "\"events\": [")[0].utf8)
    #expect(Array(after.prefix(prefix.count)) == prefix)
    #expect(after.suffix(2) == before.suffix(2))
    let loaded = ClaimFile.load(fixture.claimPath)
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.description))")
    #expect(loaded.claim?.events.count == 2)
    #expect(loaded.claim?.events[0].summary == Self.draft.summary)
  }

  @Test func verifyNamesTheEditedEvent() throws {
    let fixture = try ClaimFixture()
    defer { fixture.remove() }
    for i in 0..<3 {
      try EventLog.append(
        EventDraft(at: "2026-07-1\(i)T10:00:00Z", kind: "note", channel: nil, summary: "event \(i)"),
        toClaimAt: fixture.claimPath)
    }
    let text = String(decoding: try fixture.read(), as: UTF8.self).replacingOccurrences(
      of: "event 1", with: "event one")
    try fixture.write("claim.json", Array(text.utf8))
    let root = try JSONParser.parse(text)
    guard case .array(let events)? = root["events"]?.value else { return }
    let broken = try #require(EventLog.verify(events))
    #expect(broken.index == 1)
    #expect(broken.at == "2026-07-11T10:00:00Z")
    #expect(broken.found != broken.expected)
    #expect(broken.description.contains("event 1 (at 2026-07-11T10:00:00Z): chain is"))

    // check reports it as a warning at the chain's position; append refuses and changes nothing.
    let loaded = ClaimFile.load(fixture.claimPath)
    #expect(loaded.diagnostics.map(\.kind) == [.brokenChain])
    #expect(loaded.diagnostics[0].path?.description == "$.events[1].chain")
    let before = try fixture.read()
    #expect(throws: EventLogError.brokenChain(path: fixture.claimPath, broken)) {
      try EventLog.append(Self.draft, toClaimAt: fixture.claimPath)
    }
    #expect(try fixture.read() == before)
  }

  @Test func eventWithoutChainBreaksTheLog() throws {
    let loaded = try ClaimFixture.load(
      replacing: "\"events\": []",
      with: "\"events\": [{\"at\": \"2026-07-15T10:00:00Z\", \"kind\": \"note\", \"summary\": \"hand-written\"}]")
    #expect(loaded.diagnostics.map(\.kind) == [.brokenChain])
    #expect(loaded.diagnostics[0].severity == .warning)
    #expect(loaded.diagnostics[0].message.contains("has no chain"))
    #expect(loaded.claim != nil)
  }

  @Test func appendCreatesTheEventsArrayWhenMissing() throws {
    let fixture = try ClaimFixture(
      claim: ClaimFixture.validClaim.replacingOccurrences(of: ",\n  \"events\": []", with: ""))
    defer { fixture.remove() }
    #expect(ClaimFile.load(fixture.claimPath).diagnostics.isEmpty)
    try EventLog.append(Self.draft, toClaimAt: fixture.claimPath)
    let loaded = ClaimFile.load(fixture.claimPath)
    #expect(loaded.diagnostics.isEmpty)
    #expect(loaded.claim?.events.count == 1)
  }

  @Test func atomicWriteReplacesWholeFilesAndKeepsMode() throws {
    let fixture = try ClaimFixture()
    defer { fixture.remove() }
    let path = fixture.folder + "/out.txt"
    try AtomicFile.write("first", to: path, permissions: 0o600)
    try AtomicFile.write("second", to: path)
    #expect(try fixture.read("out.txt") == Array("second".utf8))
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.folder).filter { $0.contains(".tmp-") }
    #expect(leftovers.isEmpty)
    #expect(throws: FileAccessError.self) { try AtomicFile.write("x", to: fixture.folder + "/missing-folder/out.txt") }
  }

  @Test func atomicWriteWithoutFlushingStillRenamesWholeFilesIntoPlace() throws {
    let fixture = try ClaimFixture()
    defer { fixture.remove() }
    let path = fixture.folder + "/out.pdf"
    try AtomicFile.write("first", to: path, flushes: false)
    try AtomicFile.write("second, longer", to: path, permissions: 0o640, flushes: false)
    #expect(try fixture.read("out.pdf") == Array("second, longer".utf8))
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o640)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.folder).filter { $0.contains(".tmp-") }
    #expect(leftovers.isEmpty)
    #expect(throws: FileAccessError.self) {
      try AtomicFile.write("x", to: fixture.folder + "/missing-folder/out.pdf", flushes: false)
    }
  }
}

@Suite("Locked claim updates")
struct ClaimUpdateTests {
  @Test func removesTemporariesLeftByKilledWriters() throws {
    let fixture = try ClaimFixture()
    defer { fixture.remove() }
    try fixture.write(".claim.json.tmp-99999-0", Array("half a fi".utf8))
    try fixture.write(".other.json.tmp-1-0", Array("not ours".utf8))
    try EventLog.append(EventLogTests.draft, toClaimAt: fixture.claimPath)
    let names = try FileManager.default.contentsOfDirectory(atPath: fixture.folder)
    #expect(!names.contains(".claim.json.tmp-99999-0"))
    #expect(names.contains(".other.json.tmp-1-0"))
  }

  @Test func aThrowingTransformLeavesTheFileUntouched() throws {
    let fixture = try ClaimFixture()
    defer { fixture.remove() }
    let before = try fixture.read()
    struct Refused: Error {}
    #expect(throws: ClaimUpdateError<Refused>.self) {
      try ClaimUpdate.apply(toClaimAt: fixture.claimPath) {
        (_: [UInt8]) throws(Refused) -> (bytes: [UInt8], output: Int) in throw Refused()
      }
    }
    #expect(try fixture.read() == before)
  }
}
