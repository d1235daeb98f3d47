import Foundation

/// Brings an invoice or exhibit file into a claim's folder under a predictable name.
///
/// A file already inside the claim's folder is referred to where it is. Any other file is copied
/// to `invoices/` or `exhibits/` under its item's name (`invoices/INV-1001.pdf`; the extension
/// follows the file's bytes: `.pdf`, `.png`, `.jpg`). A name already taken by a different file
/// gets `-2`, `-3`, …; a name holding the very same bytes is reused, so adding a file twice does
/// not copy it twice. Copies are written atomically (`AtomicFile`).
struct EvidenceImport: Sendable, Hashable {
  /// The file to copy from (absolute, resolved).
  var source: String
  /// Where the claim refers to the file, relative to the claim's folder.
  var relativePath: String
  /// Whether the file still has to be copied to `relativePath`.
  var needsCopy: Bool

  /// Decides where `file` goes in the claim's folder.
  /// - Parameters:
  ///   - file: the inspected source file.
  ///   - name: the item's name the copy is named after (an invoice number, an exhibit title).
  ///   - subfolder: `invoices` or `exhibits`.
  ///   - claimFolder: the claim's folder (it need not exist yet).
  ///   - reserved: relative paths already promised to other files in the same run.
  static func plan(
    _ file: InspectedFile, name: String, subfolder: String, claimFolder: String, reserved: Set<String> = []
  )
    -> EvidenceImport
  {
    if let folder = FileSystem.resolved(claimFolder) {
      let prefix = folder.hasSuffix("/") ? folder : folder + "/"
      if file.resolvedPath.hasPrefix(prefix) {
        return EvidenceImport(
          source: file.resolvedPath, relativePath: String(file.resolvedPath.dropFirst(prefix.count)), needsCopy: false)
      }
    }
    let base = fileName(for: name)
    let ext: String
    switch file.kind {
    case .pdf: ext = "pdf"
    case .png: ext = "png"
    case .jpeg: ext = "jpg"
    }
    var attempt = 1
    while true {
      let candidate = subfolder + "/" + base + (attempt == 1 ? "" : "-\(attempt)") + "." + ext
      attempt += 1
      if reserved.contains(candidate) { continue }
      let target = claimFolder + "/" + candidate
      guard FileSystem.exists(target) else {
        return EvidenceImport(source: file.resolvedPath, relativePath: candidate, needsCopy: true)
      }
      if let existing = try? FileSystem.readAll(target), let original = try? FileSystem.readAll(file.resolvedPath),
        existing == original
      {
        return EvidenceImport(source: file.resolvedPath, relativePath: candidate, needsCopy: false)
      }
    }
  }

  /// A file name from an item's name: letters and digits of any script, `-`, `_` and `.` kept,
  /// anything else (spaces, `/`, `:`) turned into `-`, at most 64 characters, never hidden.
  static func fileName(for name: String) -> String {
    var out = ""
    var lastWasDash = false
    for scalar in name.unicodeScalars {
      let keep =
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" || scalar == "."
      if keep {
        out.unicodeScalars.append(scalar)
        lastWasDash = false
      } else if !lastWasDash {
        out += "-"
        lastWasDash = true
      }
    }
    var trimmed = Substring(out).drop { $0 == "." || $0 == "-" }
    while trimmed.last == "-" || trimmed.last == "." { trimmed = trimmed.dropLast() }
    let limited = String(String.UnicodeScalarView(trimmed.unicodeScalars.prefix(64)))
    return limited.isEmpty ? "file" : limited
  }

  /// Copies the file when needed, creating the subfolder.
  /// - Returns: whether a new file was written (so a failed run can remove it).
  /// - Throws: `FileAccessError` when reading the source or writing the copy fails.
  func perform(claimFolder: String) throws(FileAccessError) -> Bool {
    guard needsCopy else { return false }
    let target = claimFolder + "/" + relativePath
    let folder = FileSystem.directory(of: target)
    if !FileSystem.isDirectory(folder) {
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw .unwritable(path: folder, reason: "cannot create the folder")
      }
    }
    let bytes = try FileSystem.readAll(source)
    try AtomicFile.write(bytes, to: target, permissions: 0o644)
    return true
  }

  /// Removes a copy made by `perform`, and its subfolder when that is left empty.
  func undo(claimFolder: String) {
    let target = claimFolder + "/" + relativePath
    try? FileManager.default.removeItem(atPath: target)
    let folder = FileSystem.directory(of: target)
    if let left = try? FileManager.default.contentsOfDirectory(atPath: folder), left.isEmpty {
      try? FileManager.default.removeItem(atPath: folder)
    }
  }
}
