import Crypt
import Foundation
import PDFRender

/// The shared third-party corpus (`/work/shared/corpus`, or `$SETTLE_CORPUS`): manifest rows,
/// each file checked against its sha256 before use.
enum ImportCorpus {
  struct Row: Sendable, CustomStringConvertible {
    var path: String
    var sha256: String
    var features: String

    /// `pages N` from the manifest's verified summary, if given.
    var pageCount: Int? { Self.integer(after: "pages ", in: features) }

    /// `page size W x H pts` from the summary, in points.
    var pageSize: (width: Double, height: Double)? {
      guard let range = features.range(of: "page size ") else { return nil }
      let parts = features[range.upperBound...].split(separator: " ")
      guard parts.count >= 3, let w = Double(parts[0]), parts[1] == "x", let h = Double(parts[2]) else { return nil }
      return (w, h)
    }

    var isPDF: Bool { path.hasSuffix(".pdf") }

    var description: String { path }

    static func integer(after key: String, in text: String) -> Int? {
      var search = text[...]
      while let range = search.range(of: key) {
        let digits = search[range.upperBound...].prefix { $0.isNumber }
        if let value = Int(digits), range.lowerBound == text.startIndex || search[search.index(before: range.lowerBound)] == " " {
          return value
        }
        search = search[range.upperBound...]
      }
      return nil
    }
  }

  static let root: String = ProcessInfo.processInfo.environment["SETTLE_CORPUS"] ?? "/work/shared/corpus"

  /// Every manifest row, or an empty list when the corpus is absent.
  static let rows: [Row] = {
    guard let text = try? String(contentsOfFile: root + "/MANIFEST.tsv", encoding: .utf8) else { return [] }
    return text.split(separator: "\n").dropFirst().compactMap { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 6 else { return nil }
      return Row(path: fields[0], sha256: fields[4], features: fields[5])
    }
  }()

  /// The file's bytes when present and matching its sha256; nil (skip) when absent.
  /// - Throws: when the file exists but its hash differs (a replaced file must not pass).
  static func bytes(_ row: Row) throws -> [UInt8]? {
    guard let data = FileManager.default.contents(atPath: root + "/" + row.path) else { return nil }
    let bytes = [UInt8](data)
    let hash = SHA256.hash(bytes).map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    guard hash == row.sha256 else { throw CorpusError.hashMismatch(row.path) }
    return bytes
  }

  enum CorpusError: Error { case hashMismatch(String) }
}
