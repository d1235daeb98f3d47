import Crypt
import Foundation

/// One row of `/work/shared/corpus/MANIFEST.tsv` (or `$SETTLE_CORPUS/MANIFEST.tsv`).
struct CorpusEntry: Sendable, CustomStringConvertible {
  let path: String
  let license: String
  let sha256: String
  let features: String

  var description: String { path }

  /// The corpus folder, or `nil` when it is not on this machine.
  static let folder: URL? = {
    let path = ProcessInfo.processInfo.environment["SETTLE_CORPUS"] ?? "/work/shared/corpus"
    let url = URL(fileURLWithPath: path)
    return FileManager.default.fileExists(atPath: url.appendingPathComponent("MANIFEST.tsv").path) ? url : nil
  }()

  static var isAvailable: Bool { folder != nil }

  /// All rows (empty without a corpus).
  static let all: [CorpusEntry] = {
    guard let folder, let text = try? String(contentsOf: folder.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8) else { return [] }
    return text.split(separator: "\n").dropFirst().compactMap { line in
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard columns.count >= 6 else { return nil }
      return CorpusEntry(path: columns[0], license: columns[3], sha256: columns[4], features: columns[5])
    }
  }()

  static var pdfs: [CorpusEntry] { all.filter { $0.path.hasSuffix(".pdf") } }
  static var images: [CorpusEntry] { all.filter { !$0.path.hasSuffix(".pdf") } }

  /// The file's bytes after checking its SHA-256 against the manifest (nil on mismatch).
  func verifiedBytes() -> [UInt8]? {
    guard let folder = CorpusEntry.folder, let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) else { return nil }
    let bytes = [UInt8](data)
    return SHA256.hexDigest(bytes) == sha256 ? bytes : nil
  }

  /// The verified part of `features` (after `||`).
  private var verified: String {
    guard let range = features.range(of: "||") else { return "" }
    return String(features[range.upperBound...])
  }

  private func field(_ prefix: String) -> String? {
    for part in verified.split(separator: ";") {
      var item = part.trimmingCharacters(in: .whitespaces)
      if item.hasPrefix("verified: ") { item = String(item.dropFirst("verified: ".count)) }
      if item.hasPrefix(prefix) { return String(item.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces) }
    }
    return nil
  }

  /// `pages N`.
  var pageCount: Int? { field("pages ").flatMap { Int($0) } }

  /// `page size W x H pts` in thousandths of a point.
  var pageSize: (width: Int64, height: Int64)? {
    guard let text = field("page size ") else { return nil }
    let parts = text.split(separator: " ")
    guard parts.count >= 3, let w = Double(parts[0]), let h = Double(parts[2]) else { return nil }
    return (Int64((w * 1000).rounded()), Int64((h * 1000).rounded()))
  }

  /// `/Rotate a,b,c`.
  var rotations: Set<Int>? {
    field("/Rotate ").map { Set($0.split(separator: ",").compactMap { Int($0) }) }
  }

  /// `MediaBox x y x y | …` as sets of thousandths.
  var mediaBoxes: Set<[Int64]>? { boxes("MediaBox ") }
  /// `CropBox x y x y | …`.
  var cropBoxes: Set<[Int64]>? { boxes("CropBox ") }

  private func boxes(_ prefix: String) -> Set<[Int64]>? {
    guard let text = field(prefix) else { return nil }
    return Set(text.split(separator: "|").map { box in
      box.split(separator: " ").compactMap { Double($0) }.map { Int64(($0 * 1000).rounded()) }
    })
  }

  /// `annots Link:509,Widget:1` as subtype counts.
  var annotationCounts: [String: Int]? {
    guard let text = field("annots ") else { return nil }
    var counts: [String: Int] = [:]
    for item in text.split(separator: ",") {
      let parts = item.split(separator: ":")
      if parts.count == 2, let n = Int(parts[1]) { counts[String(parts[0])] = n }
    }
    return counts
  }

  /// The later of `header %PDF-x.y` and `catalog /Version /x.y`.
  var version: String? {
    guard let header = field("header %PDF-")?.split(separator: " ").first.map(String.init) else { return nil }
    guard let catalog = field("catalog /Version /") else { return header }
    return (Double(catalog) ?? 0) > (Double(header) ?? 0) ? catalog : header
  }

  /// `Producer "…"`.
  var producer: String? {
    guard let text = field("Producer ") else { return nil }
    return String(text.dropFirst().dropLast())
  }

  /// `embedded files: a, b`.
  var embeddedFiles: [String]? {
    field("embedded files: ").map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
  }
}
