/// Limits the JSON parser enforces so hostile or broken input fails with an error, not a crash or a hang.
public struct JSONLimits: Sendable, Hashable {
  /// The deepest nesting of arrays and objects allowed. A claim needs 4; 64 leaves room and
  /// keeps the recursive parser far from the thread's stack limit.
  public var maxDepth: Int
  /// The largest input in bytes. A claim with 20,000 lines is about 4 MB; 64 MiB is generous.
  public var maxBytes: Int
  /// The longest string (after decoding escapes) in UTF-8 bytes; a narrative of a few pages is 20 KB.
  public var maxStringBytes: Int
  /// The longest number literal in characters; amounts never need more than a few dozen.
  public var maxNumberLength: Int

  /// Creates limits.
  public init(
    maxDepth: Int = 64, maxBytes: Int = 64 * 1024 * 1024, maxStringBytes: Int = 1024 * 1024, maxNumberLength: Int = 256
  ) {
    self.maxDepth = maxDepth
    self.maxBytes = maxBytes
    self.maxStringBytes = maxStringBytes
    self.maxNumberLength = maxNumberLength
  }

  /// The limits used for claim files.
  public static let standard = JSONLimits()
}
