import Crypt
import Foundation
import ImageDecode
import SettleTestSupport
import Testing

/// Golden files under `Golden/statement/` (STYLE.md §4): the frame dump, the PDF's SHA-256 and
/// 50 dpi PNG renders compared with a tolerance.
///
/// `SETTLE_RECORD_GOLDEN=1` records. A missing golden is written and fails; a mismatch writes
/// `<file>.actual` beside the golden and fails with a diff.
enum StatementGolden {
  static let directory = RepositoryRoot.url.appendingPathComponent("Golden/statement")

  static var isRecording: Bool { GoldenFile.isRecording }

  /// A pixel counts as different when a channel differs by more than 10 % (26 of 255).
  static let channelTolerance = 26
  /// A page matches when at most this share (per mille) of its pixels differ.
  static let differingPixelsPerMille = 3

  /// Checks the dump, the hash and the renders of one golden.
  static func check(_ name: String, dump: String, pdf: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    checkText(name + ".txt", dump, sourceLocation: sourceLocation)
    checkText(name + ".sha256", SHA256.hexDigest(pdf) + "\n", sourceLocation: sourceLocation)
    checkRenders(name, pdf: pdf, sourceLocation: sourceLocation)
  }

  static func checkText(_ file: String, _ actual: String, sourceLocation: SourceLocation) {
    GoldenFile.check(actual, at: directory.appendingPathComponent(file), sourceLocation: sourceLocation)
  }

  static func checkRenders(_ name: String, pdf: [UInt8], sourceLocation: SourceLocation) {
    guard ExternalTool.path("pdftoppm") != nil else { return }
    let temp = TemporaryFolder.make(prefix: "settle-report")
    defer { try? FileManager.default.removeItem(at: temp) }
    let file = temp.appendingPathComponent("doc.pdf")
    guard (try? Data(pdf).write(to: file)) != nil,
      ExternalTool.output(of: "pdftoppm", ["-r", "50", "-png", file.path, temp.appendingPathComponent("page").path]) != nil
    else {
      Issue.record("pdftoppm could not render \(name)", sourceLocation: sourceLocation)
      return
    }
    let rendered = ((try? FileManager.default.contentsOfDirectory(atPath: temp.path)) ?? [])
      .filter { $0.hasPrefix("page") && $0.hasSuffix(".png") }.sorted()
    for (index, page) in rendered.enumerated() {
      let goldenURL = directory.appendingPathComponent("\(name)-page\(index + 1).png")
      let actualURL = directory.appendingPathComponent("\(name)-page\(index + 1).actual.png")
      guard let actual = try? Data(contentsOf: temp.appendingPathComponent(page)) else { continue }
      if isRecording {
        try? actual.write(to: goldenURL)
        try? FileManager.default.removeItem(at: actualURL)
        continue
      }
      guard let expected = try? Data(contentsOf: goldenURL) else {
        try? actual.write(to: goldenURL)
        Issue.record("golden \(goldenURL.lastPathComponent) was missing; written now: look at it and commit", sourceLocation: sourceLocation)
        continue
      }
      if let problem = compare(expected: [UInt8](expected), actual: [UInt8](actual)) {
        try? actual.write(to: actualURL)
        Issue.record("render \(goldenURL.lastPathComponent) differs: \(problem) (actual in \(actualURL.lastPathComponent))", sourceLocation: sourceLocation)
      } else {
        try? FileManager.default.removeItem(at: actualURL)
      }
    }
    if !isRecording {
      let extra = directory.appendingPathComponent("\(name)-page\(rendered.count + 1).png")
      if FileManager.default.fileExists(atPath: extra.path) {
        Issue.record("\(name) has \(rendered.count) pages but a golden for page \(rendered.count + 1) exists", sourceLocation: sourceLocation)
      }
    }
  }

  /// Nil when the two PNGs match within the tolerance, else what differs.
  static func compare(expected: [UInt8], actual: [UInt8]) -> String? {
    guard let a = try? ImageDecoder.decode(expected), let b = try? ImageDecoder.decode(actual) else { return "undecodable PNG" }
    guard a.width == b.width, a.height == b.height, a.components == b.components else {
      return "size \(a.width)x\(a.height)x\(a.components) vs \(b.width)x\(b.height)x\(b.components)"
    }
    let components = a.components
    var differing = 0
    var pixel = 0
    while pixel < a.width * a.height {
      let base = pixel * components
      for channel in 0..<components where abs(Int(a.samples[base + channel]) - Int(b.samples[base + channel])) > channelTolerance {
        differing += 1
        break
      }
      pixel += 1
    }
    let allowed = a.width * a.height * differingPixelsPerMille / 1000
    return differing <= allowed ? nil : "\(differing) pixels differ (at most \(allowed) allowed)"
  }
}
