/// A file named in a claim that exists, is readable and is of an accepted type.
public struct InspectedFile: Sendable, Hashable {
  /// The path as written in the claim (relative to the claim file).
  public var path: String
  /// The absolute path with symbolic links and `..` resolved.
  public var resolvedPath: String
  /// What the file is, by its bytes.
  public var kind: EvidenceFileKind
  /// The file's size in bytes.
  public var byteCount: Int

  /// Creates an inspection result.
  public init(path: String, resolvedPath: String, kind: EvidenceFileKind, byteCount: Int) {
    self.path = path
    self.resolvedPath = resolvedPath
    self.kind = kind
    self.byteCount = byteCount
  }
}
