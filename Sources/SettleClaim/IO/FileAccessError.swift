/// Why reading, writing or locking a file failed. Messages name the file and the system's reason.
public enum FileAccessError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file does not exist.
  case notFound(path: String)
  /// The file exists but could not be opened or read (permissions, a directory, an I/O error).
  case unreadable(path: String, reason: String)
  /// The file is larger than the caller's limit.
  case tooLarge(path: String, size: Int, limit: Int)
  /// A temporary file could not be created, written, synced or renamed over the target.
  case unwritable(path: String, reason: String)
  /// The lock file could not be created or locked.
  case lockFailed(path: String, reason: String)

  public var description: String {
    switch self {
    case .notFound(let path): "\(path): no such file"
    case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
    case .tooLarge(let path, let size, let limit): "\(path): file is \(size) bytes; the limit is \(limit) bytes"
    case .unwritable(let path, let reason): "\(path): cannot write: \(reason)"
    case .lockFailed(let path, let reason): "\(path): cannot lock: \(reason)"
    }
  }
}
