#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files so that readers see either the old content or the new, never a partial file.
///
/// The bytes go to a new temporary file in the target's folder, which is flushed with `fsync`,
/// renamed over the target and followed by an `fsync` of the folder, so the rename survives a
/// crash. On any error the temporary file is removed and the target is untouched. Every command
/// that writes output uses this.
public enum AtomicFile {
  /// Replaces (or creates) the file at `path` with `bytes`.
  /// - Parameters:
  ///   - bytes: the complete new content.
  ///   - path: the target file.
  ///   - permissions: the new file's mode; when nil an existing target's mode is kept, else 0644.
  /// - Throws: `FileAccessError.unwritable` naming the file and the system's reason.
  public static func write(_ bytes: [UInt8], to path: String, permissions: UInt32? = nil) throws(FileAccessError) {
    let folder = FileSystem.directory(of: path)
    let name = FileSystem.lastComponent(of: path)
    var mode = mode_t(permissions ?? 0o644)
    if permissions == nil {
      var info = stat()
      if stat(path, &info) == 0 { mode = info.st_mode & 0o7777 }
    }
    var fd: Int32 = -1
    var temporary = ""
    for attempt in 0..<100 {
      temporary = folder + "/." + name + ".tmp-\(getpid())-\(attempt)"
      fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
      if fd >= 0 || errno != EEXIST { break }
    }
    guard fd >= 0 else { throw .unwritable(path: path, reason: FileSystem.reason(errno)) }
    func fail(_ code: Int32) -> FileAccessError {
      close(fd)
      unlink(temporary)
      return .unwritable(path: path, reason: FileSystem.reason(code))
    }
    if let code = FileSystem.writeAll(fd, bytes) { throw fail(code) }
    if fchmod(fd, mode) != 0 { throw fail(errno) }
    if fsync(fd) != 0 { throw fail(errno) }
    if close(fd) != 0 {
      let code = errno
      unlink(temporary)
      throw .unwritable(path: path, reason: FileSystem.reason(code))
    }
    if rename(temporary, path) != 0 {
      let code = errno
      unlink(temporary)
      throw .unwritable(path: path, reason: FileSystem.reason(code))
    }
    syncDirectory(folder)
  }

  /// Replaces (or creates) the file at `path` with a string's UTF-8 bytes.
  public static func write(_ text: String, to path: String, permissions: UInt32? = nil) throws(FileAccessError) {
    try write(Array(text.utf8), to: path, permissions: permissions)
  }

  /// Flushes a folder's entries (best effort: some file systems refuse `fsync` on folders).
  static func syncDirectory(_ folder: String) {
    let dfd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if dfd >= 0 {
      _ = fsync(dfd)
      close(dfd)
    }
  }
}
