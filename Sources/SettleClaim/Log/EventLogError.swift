/// Why an event could not be appended to a claim's log.
public enum EventLogError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The claim file could not be read, written or locked.
  case file(FileAccessError)
  /// The claim file is not valid JSON, or `events` is not an array of objects.
  case malformed(path: String, reason: String)
  /// The existing log's chain is broken; nothing was appended.
  case brokenChain(path: String, ChainBreak)

  public var description: String {
    switch self {
    case .file(let e): e.description
    case .malformed(let path, let reason): "\(path): \(reason)"
    case .brokenChain(let path, let b):
      "\(path):\(b.location): error: $.events[\(b.index)].chain: \(b); refusing to append"
    }
  }
}
