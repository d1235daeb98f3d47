#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files so that readers see either the old content or the new, never a partial file.
///
/// The bytes go to a new temporary file in the target's folder, which is renamed over the
/// target. With `flushes` (the default) the file is flushed with `fsync` before the rename and
/// the folder after it, so the new content also survives a power failure. On any error the
/// temporary file is removed and the target is untouched. Every command that writes output uses
/// this; the claim file and imported evidence are flushed, generated documents (which the claim
/// reproduces byte for byte) are not.
public enum AtomicFile {
  /// Replaces (or creates) the file at `path` with `bytes`.
  /// - Parameters:
  ///   - bytes: the complete new content.
  ///   - path: the target file.
  ///   - permissions: the new file's mode; when nil an existing target's mode is kept, else 0644.
  ///   - flushes: whether to wait until the file and the rename are on disk (`fsync`). Without
  ///     it a reader still never sees a partial file, but a power failure just after the call
  ///     may leave the old content or an empty file: fine for output that can be made again.
  /// - Throws: `FileAccessError.unwritable` naming the file and the system's reason.
  public static func write(_ bytes: [UInt8], to path: String, permissions: UInt32? = nil, flushes: Bool = true)
    throws(FileAccessError)
  {
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
    if flushes, fsync(fd) != 0 { throw fail(errno) }
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
    if flushes { syncDirectory(folder) }
  }

  /// Replaces (or creates) the file at `path` with a string's UTF-8 bytes.
  public static func write(_ text: String, to path: String, permissions: UInt32? = nil, flushes: Bool = true)
    throws(FileAccessError)
  {
    try write(Array(text.utf8), to: path, permissions: permissions, flushes: flushes)
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
