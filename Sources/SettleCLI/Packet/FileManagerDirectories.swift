import Foundation

/// Creating output folders.
enum FileManagerDirectories {
  /// Creates `path` and its parents when missing.
  static func create(_ path: String) throws {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }
}
