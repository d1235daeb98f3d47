#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Checks the files a claim names before any document uses them.
///
/// All file checks live here, in one function, so they can be strengthened in one place (a later
/// step will try the empty user password with the PDF reader before reporting `encryptedPDF`).
/// Only the first 16 bytes and the last 64 KiB of a file are read.
public enum FileInspector {
  /// How far from the end `%%EOF`, `startxref` and the trailer's `/Encrypt` are looked for.
  /// Incremental updates put them in the last few hundred bytes; 64 KiB covers large xref streams.
  static let tailLength = 65536

  /// Inspects the file at `path` (relative to `claimFolder`, or absolute).
  /// - Parameters:
  ///   - path: the path as written in the claim.
  ///   - claimFolder: the folder holding `claim.json`.
  ///   - allowsOutside: whether files outside the claim's folder are accepted.
  /// - Returns: the file's kind and size, or the first problem found.
  public static func inspect(_ path: String, claimFolder: String, allowsOutside: Bool) -> Result<
    InspectedFile, FileProblem
  > {
    let full = path.hasPrefix("/") ? path : claimFolder + "/" + path
    guard FileSystem.exists(full), let resolved = FileSystem.resolved(full) else {
      return .failure(.missing(path: path))
    }
    if !allowsOutside {
      let folder = FileSystem.resolved(claimFolder) ?? claimFolder
      let prefix = folder.hasSuffix("/") ? folder : folder + "/"
      if !resolved.hasPrefix(prefix) { return .failure(.outsideClaimFolder(path: path, resolved: resolved)) }
    }
    let fd = open(resolved, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else { return .failure(.unreadable(path: path, reason: FileSystem.reason(errno))) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return .failure(.unreadable(path: path, reason: FileSystem.reason(errno))) }
    if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(.unreadable(path: path, reason: "it is a folder")) }
    if (info.st_mode & S_IFMT) != S_IFREG {
      return .failure(.unreadable(path: path, reason: "it is not a regular file"))
    }
    let size = Int(info.st_size)
    guard let head = FileSystem.readBytes(fd, at: 0, count: min(16, size)) else {
      return .failure(.unreadable(path: path, reason: FileSystem.reason(errno)))
    }
    guard let kind = EvidenceFileKind.detect(head) else {
      return .failure(.unsupportedType(path: path, detected: EvidenceFileKind.describeUnsupported(head)))
    }
    let tailStart = max(0, size - tailLength)
    guard let tail = FileSystem.readBytes(fd, at: tailStart, count: size - tailStart) else {
      return .failure(.unreadable(path: path, reason: FileSystem.reason(errno)))
    }
    switch kind {
    case .pdf:
      let end = Array(tail.suffix(1024))
      if !contains(end, "%%EOF") || !contains(end, "startxref") { return .failure(.truncatedPDF(path: path)) }
      if namesEncryption(tail) { return .failure(.encryptedPDF(path: path)) }
    case .png:
      if !contains(Array(tail.suffix(16)), "IEND") { return .failure(.truncatedPNG(path: path)) }
    case .jpeg:
      break
    }
    return .success(InspectedFile(path: path, resolvedPath: resolved, kind: kind, byteCount: size))
  }

  /// Whether `/Encrypt` appears as a dictionary key (followed by a reference or a dictionary).
  static func namesEncryption(_ bytes: [UInt8]) -> Bool {
    let key = Array("/Encrypt".utf8)
    var i = 0
    while let found = firstIndex(of: key, in: bytes, from: i) {
      var j = found + key.count
      while j < bytes.count && (bytes[j] == 0x20 || bytes[j] == 0x0A || bytes[j] == 0x0D || bytes[j] == 0x09) { j += 1 }
      if j < bytes.count && ((bytes[j] >= 0x30 && bytes[j] <= 0x39) || bytes[j] == UInt8(ascii: "<")) { return true }
      i = found + 1
    }
    return false
  }

  static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
    firstIndex(of: Array(text.utf8), in: bytes, from: 0) != nil
  }

  static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
    var i = start
    while i <= haystack.count - needle.count {
      if haystack[i] == needle[0] && haystack[i..<i + needle.count].elementsEqual(needle) { return i }
      i += 1
    }
    return nil
  }
}
