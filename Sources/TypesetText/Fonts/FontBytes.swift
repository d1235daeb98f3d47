#if canImport(Glibc)
  import Glibc
#endif

/// The bytes of a font file at a fixed address, for the life of every `Font` made from them:
/// FreeType and HarfBuzz read them in place, without copies of their own.
///
/// A file is memory-mapped read-only, so only the pages that are read get loaded: a statement
/// touches a few tables and a few dozen glyphs of each 250–500 KB face, and a process that reads
/// a file into an array and then hands HarfBuzz a duplicate faults in every page twice. Bytes
/// given in memory are copied once.
///
/// The mapping is private and never written; should another process truncate a mapped font
/// file, reading past the new end would fault (`SIGBUS`). The shipped faces and the system fonts
/// are replaced by package managers (a new file), not rewritten in place.
final class FontBytes: @unchecked Sendable {
  // Sendable: `base` points to memory that nothing writes after `init` (a read-only mapping or
  // a private copy) and is released only in `deinit`, so concurrent reads are safe.
  /// The first byte (never nil, also for zero bytes).
  let base: UnsafeRawPointer
  /// The number of bytes.
  let count: Int
  /// Whether `base` is a mapping (`munmap`) rather than an allocation (`deallocate`).
  private let isMapped: Bool

  /// A private copy of `bytes`.
  init(copying bytes: [UInt8]) {
    let copy = UnsafeMutableRawPointer.allocate(byteCount: max(1, bytes.count), alignment: 16)
    bytes.withUnsafeBytes { source in
      if let from = source.baseAddress { copy.copyMemory(from: from, byteCount: source.count) }
    }
    base = UnsafeRawPointer(copy)
    count = bytes.count
    isMapped = false
  }

  /// The file at `path` mapped read-only, or nil when it cannot be opened, is empty or cannot
  /// be mapped (then read it with `FileBytes.read`).
  init?(mapping path: String) {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > 0, info.st_size <= Int.max / 2 else {
      return nil
    }
    let size = Int(info.st_size)
    guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), mapped != MAP_FAILED else { return nil }
    base = UnsafeRawPointer(mapped)
    count = size
    isMapped = true
  }

  /// The bytes of the file at `path`: mapped when possible, else read and copied; nil when the
  /// file cannot be read.
  static func contents(of path: String) -> FontBytes? {
    if let mapped = FontBytes(mapping: path) { return mapped }
    return FileBytes.read(path).map(FontBytes.init(copying:))
  }

  deinit {
    if isMapped {
      munmap(UnsafeMutableRawPointer(mutating: base), count)
    } else {
      base.deallocate()
    }
  }

  /// The bytes as a buffer, valid only inside `body`.
  func withUnsafeBytes<Result, Failure: Error>(_ body: (UnsafeRawBufferPointer) throws(Failure) -> Result) throws(Failure)
    -> Result
  {
    try body(UnsafeRawBufferPointer(start: base, count: count))
  }

  /// A copy of every byte as an array.
  var array: [UInt8] { withUnsafeBytes { Array($0) } }
}
