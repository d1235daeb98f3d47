#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Thin POSIX file access with precise errors. Internal to the module; commands use `AtomicFile`
/// and `ClaimFile` instead.
enum FileSystem {
  /// The system's message for an `errno` value.
  static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

  /// Reads a whole regular file.
  /// - Throws: `FileAccessError.notFound`, `.unreadable` or `.tooLarge`.
  static func readAll(_ path: String, limit: Int = 256 * 1024 * 1024) throws(FileAccessError) -> [UInt8] {
    // O_NONBLOCK so a FIFO or device cannot hang the open; only regular files are read.
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    if fd < 0 {
      let code = errno
      if code == ENOENT || code == ENOTDIR { throw .notFound(path: path) }
      throw .unreadable(path: path, reason: reason(code))
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .unreadable(path: path, reason: reason(errno)) }
    if (info.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(path: path, reason: "it is a folder") }
    if (info.st_mode & S_IFMT) != S_IFREG { throw .unreadable(path: path, reason: "it is not a regular file") }
    var bytes: [UInt8] = []
    if info.st_size > 0 { bytes.reserveCapacity(min(Int(info.st_size), limit) + 1) }
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw .unreadable(path: path, reason: reason(errno))
      }
      if n == 0 { break }
      bytes += chunk[0..<n]
      if bytes.count > limit { throw .tooLarge(path: path, size: max(bytes.count, Int(info.st_size)), limit: limit) }
    }
    return bytes
  }

  /// Reads up to `count` bytes at `offset` from an open descriptor.
  static func readBytes(_ fd: Int32, at offset: Int, count: Int) -> [UInt8]? {
    guard count > 0 else { return [] }
    var buffer = [UInt8](repeating: 0, count: count)
    var got = 0
    while got < count {
      let n = buffer.withUnsafeMutableBytes { raw -> Int in
        guard let base = raw.baseAddress else { return 0 }
        return pread(fd, base + got, count - got, off_t(offset + got))
      }
      if n < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if n == 0 { break }
      got += n
    }
    return Array(buffer[0..<got])
  }

  /// Writes all bytes to a descriptor, retrying short writes.
  static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
    var written = 0
    while written < bytes.count {
      let n = bytes.withUnsafeBytes { raw -> Int in
        guard let base = raw.baseAddress else { return 0 }
        return write(fd, base + written, bytes.count - written)
      }
      if n < 0 {
        if errno == EINTR { continue }
        return errno
      }
      written += n
    }
    return nil
  }

  /// The folder part of a path (`"."` when there is none).
  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    if slash == path.startIndex { return "/" }
    return String(path[..<slash])
  }

  /// The last component of a path.
  static func lastComponent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  /// The canonical absolute path with symlinks and `..` resolved, or nil when the path does not exist.
  static func resolved(_ path: String) -> String? {
    guard let p = realpath(path, nil) else { return nil }
    defer { free(p) }
    return String(cString: p)
  }

  /// Whether something exists at the path (without following a final symlink).
  static func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }
}

extension FileSystem {
  /// Whether the path is a folder (following symlinks).
  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }
}
