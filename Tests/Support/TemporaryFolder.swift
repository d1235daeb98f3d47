import Foundation

/// Fresh, uniquely named folders under the system's temporary directory.
public enum TemporaryFolder {
  /// Creates and returns a new folder named `<prefix>-<pid>-<UUID>`.
  public static func make(prefix: String) -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(prefix)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Writes `bytes` as `name` into a new folder and returns the file's path.
  public static func file(_ bytes: [UInt8], name: String, prefix: String) throws -> String {
    let url = make(prefix: prefix).appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }
}
