import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a claim folder: the invoice copies, then `claim.json`.
///
/// The claim is checked as a whole (with `settle check`'s code, files in place) before
/// `claim.json` is written; on any failure every file this call made is removed again, and a
/// folder it created is removed when left empty, so a failed `settle new` leaves nothing behind.
public enum ClaimFolder {
  /// The claim file inside `folder`.
  public static func claimPath(in folder: String) -> String {
    (folder.hasSuffix("/") ? folder : folder + "/") + "claim.json"
  }

  /// Why a claim cannot be created in `folder`, or nil when it can (the folder is absent, or a
  /// folder without a `claim.json`).
  public static func problem(with folder: String) -> String? {
    if folder.trimmingSpaces.isEmpty { return "enter a folder name" }
    if FileSystem.exists(folder) && !FileSystem.isDirectory(folder) {
      return "\(folder) is a file, not a folder; choose another name"
    }
    if FileSystem.exists(claimPath(in: folder)) {
      return "\(claimPath(in: folder)) already exists; use `settle add` to add to it, or choose another folder"
    }
    // The nearest folder that exists must take new files, or all the answers would be lost at the end.
    var existing = folder
    while !FileSystem.exists(existing) {
      let parent = FileSystem.directory(of: existing)
      if parent == existing { break }
      existing = parent
    }
    if FileSystem.isDirectory(existing) && access(existing, W_OK | X_OK) != 0 {
      return "cannot create files in \(existing) (\(FileSystem.reason(errno))); choose another folder"
    }
    return nil
  }

  /// What `write` wrote.
  public struct Written: Sendable, Hashable {
    /// The claim file.
    public var claimPath: String
    /// The files copied into the folder, relative to it, in charge order.
    public var copiedFiles: [String]
    /// Warnings `settle check` gives for the new claim (e.g. no charges yet).
    public var warnings: [Diagnostic]
  }

  /// Writes the draft's folder.
  /// - Throws: `ClaimFolderError`; nothing written by this call is left behind.
  public static func write(_ draft: ClaimDraft) throws(ClaimFolderError) -> Written {
    let folder = draft.folder
    if let problem = problem(with: folder) { throw .unusable(folder: folder, reason: problem) }
    let target = claimPath(in: folder)
    var createdFolder = false
    if !FileSystem.exists(folder) {
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw .file(.unwritable(path: folder, reason: "cannot create the folder"))
      }
      createdFolder = true
    }
    var copied: [EvidenceImport] = []
    func rollBack() {
      for copy in copied.reversed() { copy.undo(claimFolder: folder) }
      if createdFolder, let left = try? FileManager.default.contentsOfDirectory(atPath: folder), left.isEmpty {
        try? FileManager.default.removeItem(atPath: folder)
      }
    }
    for evidence in draft.imports {
      do {
        if try evidence.perform(claimFolder: folder) { copied.append(evidence) }
      } catch {
        rollBack()
        throw .file(error)
      }
    }
    let bytes = Array(ClaimFormatter.text(of: draft.claim).utf8)
    let loaded = ClaimFile.decode(bytes, file: target, folder: folder)
    if loaded.diagnostics.containsErrors {
      rollBack()
      throw .invalid(loaded.errors)
    }
    if FileSystem.exists(target) {
      rollBack()
      throw .unusable(
        folder: folder, reason: "\(target) appeared while the claim was being written; nothing was changed")
    }
    do {
      try AtomicFile.write(bytes, to: target)
    } catch {
      rollBack()
      throw .file(error)
    }
    return Written(claimPath: target, copiedFiles: copied.map(\.relativePath), warnings: loaded.warnings)
  }
}
