import Foundation

/// The repository's top folder: the nearest folder above a source file that holds `Package.swift`.
public enum RepositoryRoot {
  /// The repository root found above this support file.
  public static let url: URL = locate(from: #filePath) ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)

  /// The nearest folder above `filePath` that holds `Package.swift`, or nil when there is none.
  public static func locate(from filePath: String) -> URL? {
    var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    while url.path != "/" {
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
      url.deleteLastPathComponent()
    }
    return nil
  }
}
