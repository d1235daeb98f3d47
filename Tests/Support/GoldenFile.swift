// Golden-file assertions for Swift Testing (STYLE.md §4).
//
// Goldens live in the repository's top-level `Golden/<folder>/<name>`.
// - Record (or re-record) only with `SETTLE_RECORD_GOLDEN=1 swift test …`.
// - A missing golden is written AND the test fails, so CI never passes on a fresh recording.
// - On a mismatch the actual output is written beside the golden as `<name>.actual` and the
//   first differing lines are shown.
import Foundation
import Testing

/// Text goldens under the repository's `Golden/` folder.
public enum GoldenFile {
  /// Whether goldens are being recorded (`SETTLE_RECORD_GOLDEN=1`).
  public static var isRecording: Bool { ProcessInfo.processInfo.environment["SETTLE_RECORD_GOLDEN"] == "1" }

  /// Compares `actual` with `Golden/<folder>/<name>`.
  public static func check(
    _ actual: String, folder: String, name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    guard let root = RepositoryRoot.locate(from: filePath) else {
      Issue.record("no Package.swift above \(filePath)", sourceLocation: sourceLocation)
      return
    }
    let golden = root.appendingPathComponent("Golden").appendingPathComponent(folder).appendingPathComponent(name)
    check(actual, at: golden, displayName: "\(folder)/\(name)", sourceLocation: sourceLocation)
  }

  /// Compares `actual` with the golden file at `url`; `displayName` names it in messages
  /// (by default its path relative to the repository root).
  public static func check(
    _ actual: String, at url: URL, displayName: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let directory = url.deletingLastPathComponent()
    let name = url.lastPathComponent
    let actualURL = directory.appendingPathComponent(name + ".actual")
    let shown = displayName ?? url.path.replacingOccurrences(of: RepositoryRoot.url.path + "/", with: "")
    let manager = FileManager.default

    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      write(actual, to: url, creatingDirectory: directory)
      if !isRecording {
        Issue.record(
          "golden \(shown) was missing; written now — review and commit it", sourceLocation: sourceLocation)
      }
      return
    }
    if expected == actual {
      try? manager.removeItem(at: actualURL)
      return
    }
    if isRecording {
      write(actual, to: url, creatingDirectory: directory)
      try? manager.removeItem(at: actualURL)
      return
    }
    write(actual, to: actualURL, creatingDirectory: directory)
    Issue.record(
      """
      golden \(shown) differs (actual written to \(name).actual; \
      re-record with SETTLE_RECORD_GOLDEN=1):
      \(lineDiff(expected: expected, actual: actual))
      """, sourceLocation: sourceLocation)
  }

  /// The first `limit` differing lines, as `-expected` / `+actual` pairs with line numbers.
  public static func lineDiff(expected: String, actual: String, limit: Int = 12) -> String {
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

  private static func write(_ text: String, to url: URL, creatingDirectory directory: URL) {
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try? text.write(to: url, atomically: true, encoding: .utf8)
  }
}
