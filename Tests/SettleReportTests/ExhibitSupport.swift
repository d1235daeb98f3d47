import Crypt
import Foundation
import SettleTestSupport

/// The shared corpus and the command-line tools for the exhibit tests (skip cleanly when absent).
enum ExhibitSupport {
  static let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }()

  static let corpus: String = ProcessInfo.processInfo.environment["SETTLE_CORPUS"] ?? "/work/shared/corpus"

  /// `(path, sha256)` of every manifest row under `folder`.
  static func rows(in folder: String) -> [(path: String, sha256: String)] {
    guard let text = try? String(contentsOfFile: corpus + "/MANIFEST.tsv", encoding: .utf8) else { return [] }
    return text.split(separator: "\n").dropFirst().compactMap { line in
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard f.count >= 6, f[0].hasPrefix(folder + "/") else { return nil }
      return (f[0], f[4])
    }
  }

  /// The file's bytes, nil when absent; throws when present with another sha256.
  static func bytes(_ path: String, sha256: String) throws -> [UInt8]? {
    guard let data = FileManager.default.contents(atPath: corpus + "/" + path) else { return nil }
    let bytes = [UInt8](data)
    let hex = SHA256.hash(bytes).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    guard hex == sha256 else { throw SupportError.hashMismatch(path) }
    return bytes
  }

  enum SupportError: Error { case hashMismatch(String) }

  /// Renders page `page` (1-based) of `pdf` at `dpi` (a fractional resolution is allowed).
  static func render(_ pdf: String, page: Int, dpi: Double) throws -> Pixmap? {
    let base = pdf + "-p\(page)"
    try ExternalTool.run("pdftoppm", ["-cropbox", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", pdf, base], errorOutput: .merged)
    return Pixmap(path: base + ".ppm")
  }
}
