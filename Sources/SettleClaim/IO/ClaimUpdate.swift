import Foundation

/// Read-modify-write of a claim file that is safe against concurrent writers and crashes.
///
/// Every command that edits `claim.json` in place (`settle log`, `settle add`) goes through here:
/// take an exclusive `flock` on `<claim>.lock`, remove temporary files a killed writer left
/// behind (safe: writers create them only while holding the lock), read the file *after* taking
/// the lock, transform the bytes, and replace the file with `AtomicFile`. Readers never see a
/// partial file; a `kill -9` at any moment leaves either the old or the new file.
public enum ClaimUpdate {
  /// Applies `transform` to the claim file's bytes under the lock and writes the result atomically.
  /// - Parameters:
  ///   - path: the claim file.
  ///   - transform: computes the new bytes from the current ones; throwing leaves the file untouched.
  /// - Returns: whatever `transform` returned besides the bytes.
  /// - Throws: `ClaimUpdateError.file` for lock/read/write failures, `.transform` with the transform's error.
  public static func apply<Output, Failure: Error>(
    toClaimAt path: String, _ transform: ([UInt8]) throws(Failure) -> (bytes: [UInt8], output: Output)
  ) throws(ClaimUpdateError<Failure>) -> Output {
    let lock: FileLock
    do { lock = try FileLock(path: path + ".lock") } catch { throw .file(error) }
    defer { lock.release() }
    removeStaleTemporaries(of: path)
    let bytes: [UInt8]
    do { bytes = try FileSystem.readAll(path) } catch { throw .file(error) }
    let result: (bytes: [UInt8], output: Output)
    do { result = try transform(bytes) } catch { throw .transform(error) }
    do { try AtomicFile.write(result.bytes, to: path) } catch { throw .file(error) }
    return result.output
  }

  /// Deletes `.NAME.tmp-*` files beside `path`. Call only while holding the claim's lock.
  static func removeStaleTemporaries(of path: String) {
    let folder = FileSystem.directory(of: path)
    let prefix = "." + FileSystem.lastComponent(of: path) + ".tmp-"
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in names where name.hasPrefix(prefix) {
      try? FileManager.default.removeItem(atPath: folder + "/" + name)
    }
  }
}
