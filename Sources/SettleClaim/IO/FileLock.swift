#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An exclusive advisory lock (`flock`) on a lock file, held until `release()` or deinit.
///
/// The lock file itself is never deleted (deleting it would let two processes lock different
/// files of the same name). The lock is released by the kernel if the process dies, so a
/// `kill -9` never leaves a claim locked.
public final class FileLock {
  private var descriptor: Int32
  /// The lock file's path.
  public let path: String

  /// Opens (creating if needed) the lock file and blocks until the exclusive lock is held.
  /// - Throws: `FileAccessError.lockFailed` when the file cannot be created or locked.
  public init(path: String) throws(FileAccessError) {
    self.path = path
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw .lockFailed(path: path, reason: FileSystem.reason(errno)) }
    while flock(fd, LOCK_EX) != 0 {
      let code = errno
      if code == EINTR { continue }
      close(fd)
      throw .lockFailed(path: path, reason: FileSystem.reason(code))
    }
    descriptor = fd
  }

  /// Releases the lock now. Calling it again does nothing.
  public func release() {
    guard descriptor >= 0 else { return }
    _ = flock(descriptor, LOCK_UN)
    close(descriptor)
    descriptor = -1
  }

  deinit { release() }
}
