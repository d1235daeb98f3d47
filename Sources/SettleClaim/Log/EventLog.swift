import Crypt

/// The claim's tamper-evident communication log: a SHA-256 hash chain over the `events` array.
///
/// `chain_i = hex(SHA-256(utf8(chain_{i-1}) ‖ utf8(canonical(event_i without "chain"))))`, with 64
/// zeros before the first event. The canonical form is `JSONWriter.canonical`; `Docs/CLAIM_LOG.md`
/// specifies it byte by byte so other tools can check a log.
public enum EventLog {
  /// The chain value that precedes the first event: 64 zeros.
  public static let genesis = String(repeating: "0", count: 64)

  /// The keys of a new event in the order they are written.
  public static let keyOrder = ["at", "kind", "channel", "summary", "chain"]

  /// The canonical text an event's chain covers: the event object without its `chain` member.
  public static func canonicalText(of event: JSONValue) -> String {
    guard case .object(let members) = event else { return JSONWriter.canonical(event) }
    return JSONWriter.canonical(.object(members.filter { $0.key != "chain" }))
  }

  /// The chain value of `event` following the chain value `previous`.
  public static func chain(after previous: String, event: JSONValue) -> String {
    SHA256.hexDigest(Array(previous.utf8) + Array(canonicalText(of: event).utf8))
  }

  /// Checks every event's `chain`.
  /// - Parameter events: the elements of the claim's `events` array.
  /// - Returns: the first break, or nil when the whole chain is intact. O(total size of the events).
  public static func verify(_ events: [JSONNode]) -> ChainBreak? {
    var previous = genesis
    for (index, event) in events.enumerated() {
      let expected = chain(after: previous, event: event.value)
      var at: String?
      if case .string(let s)? = event["at"]?.value { at = s }
      let chainNode = event["chain"]
      var found: String?
      if case .string(let s)? = chainNode?.value { found = s }
      if found != expected {
        return ChainBreak(
          index: index, at: at, expected: expected, found: found, location: (chainNode ?? event).range.start)
      }
      previous = expected
    }
    return nil
  }

  /// The result of a successful append.
  public struct Appended: Sendable, Hashable {
    /// The new event's index in `events`.
    public var index: Int
    /// The new event's chain value.
    public var chain: String
  }

  /// Appends an event to the claim file at `path`, safely against concurrent writers and crashes.
  ///
  /// Takes an exclusive `flock` on `<path>.lock`, re-reads the file, verifies the whole chain
  /// (refusing to extend a broken one), computes the new chain value, inserts the event as a text
  /// edit that keeps every other byte identical, and replaces the file atomically (`AtomicFile`).
  /// - Throws: `EventLogError`; the file is unchanged whenever an error is thrown.
  @discardableResult
  public static func append(_ draft: EventDraft, toClaimAt path: String) throws(EventLogError) -> Appended {
    do {
      return try ClaimUpdate.apply(toClaimAt: path) {
        (bytes: [UInt8]) throws(EventLogError) -> (bytes: [UInt8], output: Appended) in
        try appending(draft, to: bytes, path: path)
      }
    } catch {
      switch error {
      case .file(let e): throw .file(e)
      case .transform(let e): throw e
      }
    }
  }

  /// The claim file's bytes with `draft` appended, after verifying the existing chain.
  /// - Throws: `EventLogError.malformed` or `.brokenChain`.
  public static func appending(_ draft: EventDraft, to bytes: [UInt8], path: String) throws(EventLogError) -> (
    bytes: [UInt8], output: Appended
  ) {
    let root: JSONNode
    do { root = try JSONParser.parse(bytes) } catch { throw .malformed(path: path, reason: error.description) }
    guard case .object = root.value else { throw .malformed(path: path, reason: "the claim is not a JSON object") }
    var events: [JSONNode] = []
    if let node = root["events"] {
      guard case .array(let elements) = node.value else {
        throw .malformed(
          path: path, reason: "\(node.range.start): $.events: expected an array, found \(node.value.typeName)")
      }
      events = elements
    }
    if let broken = verify(events) { throw .brokenChain(path: path, broken) }
    var previous = genesis
    if case .string(let s)? = events.last?["chain"]?.value { previous = s }
    let body = draft.jsonValue
    let newChain = chain(after: previous, event: body)
    guard case .object(var members) = body else { throw .malformed(path: path, reason: "event is not an object") }
    members.append(JSONMember(key: "chain", keyRange: .none, value: JSONNode(value: .string(newChain), range: .none)))
    let edited: [UInt8]
    do {
      edited = try JSONTextEdit.appending(
        .object(members), toArrayAt: JSONPath.root.appending("events"), in: bytes, parsed: root, keyOrder: keyOrder)
    } catch {
      throw .malformed(path: path, reason: error.description)
    }
    return (edited, Appended(index: events.count, chain: newChain))
  }
}
