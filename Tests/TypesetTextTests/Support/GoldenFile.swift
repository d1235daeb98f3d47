import Foundation
import Testing

/// Text goldens under the repository's `Golden/` folder.
///
/// A missing golden is written and the test fails; `SETTLE_RECORD_GOLDEN=1` rewrites goldens;
/// on a mismatch the actual text is written to `<name>.actual` beside the golden and a line diff
/// is reported.
enum GoldenFile {
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Golden")

  static func check(
    _ actual: String, named name: String, folder: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let dir = root.appendingPathComponent(folder)
    let url = dir.appendingPathComponent(name)
    let actualURL = dir.appendingPathComponent(name + ".actual")
    let record = ProcessInfo.processInfo.environment["SETTLE_RECORD_GOLDEN"] == "1"
    let expected = try? String(contentsOf: url, encoding: .utf8)
    if record || expected == nil {
      try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      try? actual.write(to: url, atomically: true, encoding: .utf8)
      try? FileManager.default.removeItem(at: actualURL)
      if expected == nil {
        Issue.record("golden \(folder)/\(name) was missing; recorded it, check it in", sourceLocation: sourceLocation)
      }
      return
    }
    guard let expected, expected != actual else {
      try? FileManager.default.removeItem(at: actualURL)
      return
    }
    try? actual.write(to: actualURL, atomically: true, encoding: .utf8)
    Issue.record(
      "golden \(folder)/\(name) differs (actual written to \(name).actual):\n\(diff(expected, actual))",
      sourceLocation: sourceLocation)
  }

  /// The lines that differ, as `-expected` / `+actual` pairs (at most 40 lines).
  static func diff(_ expected: String, _ actual: String) -> String {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    for i in 0..<max(a.count, b.count) where out.count < 40 {
      let x = i < a.count ? String(a[i]) : nil
      let y = i < b.count ? String(b[i]) : nil
      if x != y {
        if let x { out.append("-\(i + 1): \(x)") }
        if let y { out.append("+\(i + 1): \(y)") }
      }
    }
    return out.joined(separator: "\n")
  }
}
