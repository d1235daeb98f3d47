// Golden-file assertions for Swift Testing. Self-contained: copy this file into any test target.
//
// Goldens live in the repository's top-level `Golden/<folder>/<name>`.
// - Record (or re-record) only with `SETTLE_RECORD_GOLDEN=1 swift test …`.
// - A missing golden is written AND the test fails, so CI never passes on a fresh recording.
// - On a mismatch the actual output is written beside the golden as `<name>.actual` and the
//   first differing lines are shown.
import Foundation
import Testing

enum PacketGoldenFile {
  /// Compares `actual` with `Golden/<folder>/<name>`.
  static func check(
    _ actual: String, folder: String, name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    guard let root = repositoryRoot(from: filePath) else {
      Issue.record("no Package.swift above \(filePath)", sourceLocation: sourceLocation)
      return
    }
    let directory = root.appendingPathComponent("Golden").appendingPathComponent(folder)
    let golden = directory.appendingPathComponent(name)
    let actualURL = directory.appendingPathComponent(name + ".actual")
    let manager = FileManager.default
    let recording = ProcessInfo.processInfo.environment["SETTLE_RECORD_GOLDEN"] == "1"

    guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
      write(actual, to: golden, creatingDirectory: directory)
      if !recording {
        Issue.record(
          "golden \(folder)/\(name) was missing; written now — review and commit it", sourceLocation: sourceLocation)
      }
      return
    }
    if expected == actual {
      try? manager.removeItem(at: actualURL)
      return
    }
    if recording {
      write(actual, to: golden, creatingDirectory: directory)
      try? manager.removeItem(at: actualURL)
      return
    }
    write(actual, to: actualURL, creatingDirectory: directory)
    Issue.record(
      """
      golden \(folder)/\(name) differs (actual written to \(name).actual; \
      re-record with SETTLE_RECORD_GOLDEN=1):
      \(lineDiff(expected: expected, actual: actual))
      """, sourceLocation: sourceLocation)
  }

  /// The first `limit` differing lines, as `-expected` / `+actual` pairs with line numbers.
  static func lineDiff(expected: String, actual: String, limit: Int = 12) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    var shown = 0
    for i in 0..<max(old.count, new.count) where shown < limit {
      let a = i < old.count ? String(old[i]) : nil
      let b = i < new.count ? String(new[i]) : nil
      guard a != b else { continue }
      if let a { out.append("\(i + 1)- \(a)") }
      if let b { out.append("\(i + 1)+ \(b)") }
      shown += 1
    }
    if old.count != new.count { out.append("(expected \(old.count) lines, got \(new.count))") }
    return out.joined(separator: "\n")
  }

  private static func repositoryRoot(from filePath: String) -> URL? {
    var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    while url.path != "/" {
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
      url.deleteLastPathComponent()
    }
    return nil
  }

  private static func write(_ text: String, to url: URL, creatingDirectory directory: URL) {
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try? text.write(to: url, atomically: true, encoding: .utf8)
  }
}
