import Foundation
import SettleCLI
import SettleTestSupport

/// Runs `settle` in-process and captures what it prints.
struct CLIRun {
  let code: Int32
  let out: String
  let err: String
}

final class OutputBuffer {
  var bytes: [UInt8] = []
}

/// Runs the CLI with a fixed wall clock (2026-11-22T12:00:00Z) unless the arguments or environment fix the date.
func settle(_ arguments: [String], environment: [String: String] = [:]) -> CLIRun {
  let out = OutputBuffer()
  let err = OutputBuffer()
  let code = SettleCLI.run(
    arguments, environment: environment, wallClock: { 1_795_348_800 },
    standardOutput: { out.bytes += $0 }, standardError: { err.bytes += $0 })
  return CLIRun(
    code: code, out: String(decoding: out.bytes, as: UTF8.self), err: String(decoding: err.bytes, as: UTF8.self))
}

enum Paths {
  /// The repository's root, found from this file's path.
  static let root: String = RepositoryRoot.url.path

  static let examples = root + "/Examples"

  /// The example claim folders, sorted.
  static func exampleFolders() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: examples)) ?? []
    return names.sorted().map { examples + "/" + $0 }.filter {
      FileManager.default.fileExists(atPath: $0 + "/claim.json")
    }
  }

  /// The built `settle` executable beside the test bundle, if it exists.
  static func settleBinary() -> String? {
    var candidates: [String] = []
    if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      var url = URL(fileURLWithPath: exe)
      // …/.build/debug/SettlePackageTests.xctest (a file on Linux, a bundle folder elsewhere)
      while url.pathComponents.count > 1 {
        url.deleteLastPathComponent()
        candidates.append(url.path + "/settle")
        if url.lastPathComponent == ".build" { break }
      }
    }
    candidates.append(root + "/.build/debug/settle")
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }
}

/// A temporary copy of an example claim folder.
struct TemporaryClaim {
  let folder: String
  var claim: String { folder + "/claim.json" }

  init(copying example: String = Paths.examples + "/us-retailer") throws {
    folder = FileManager.default.temporaryDirectory.path + "/settle-cli-tests-" + UUID().uuidString
    try FileManager.default.copyItem(atPath: example, toPath: folder)
  }

  func text() throws -> String { try String(contentsOfFile: claim, encoding: .utf8) }

  func replace(_ old: String, with new: String) throws {
    let t = try text()
    precondition(t.contains(old), "not found: \(old)")
    try t.replacingOccurrences(of: old, with: new).write(toFile: claim, atomically: false, encoding: .utf8)
  }

  func remove() { try? FileManager.default.removeItem(atPath: folder) }
}
