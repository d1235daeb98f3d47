import CZlib
import Foundation

/// Builds small PDF files with a correct classic xref table for tests; objects are given as
/// source text (`"<< /Type /Catalog /Pages 2 0 R >>"`) or as a stream (dictionary text + data).
struct PDFBuilder {
  enum Body {
    case text(String)
    case stream(dictionary: String, data: [UInt8])
  }

  var version = "1.7"
  var objects: [(number: Int, body: Body)] = []
  var trailerExtra = ""

  mutating func add(_ number: Int, _ text: String) { objects.append((number, .text(text))) }

  /// Adds a stream; `/Length` is appended to the dictionary text unless `length` is given.
  mutating func addStream(_ number: Int, _ dictionary: String, _ data: [UInt8], length: String? = nil) {
    objects.append((number, .stream(dictionary: "<< \(dictionary) /Length \(length ?? String(data.count)) >>", data: data)))
  }

  /// A one-page document: catalog 1, pages 2, page 3 with `pageExtra`, content 4.
  static func onePage(content: String = "BT /F1 12 Tf 72 720 Td (Hello) Tj ET", pageExtra: String = "") -> PDFBuilder {
    var b = PDFBuilder()
    b.add(1, "<< /Type /Catalog /Pages 2 0 R >>")
    b.add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    b.add(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \(pageExtra) >>")
    b.addStream(4, "", Array(content.utf8))
    return b
  }

  /// The file bytes and the byte offset of the xref table.
  func build(prev: Int? = nil) -> [UInt8] {
    var out = Array("%PDF-\(version)\n%\u{e2}\u{e3}\n".utf8)
    var offsets: [Int: Int] = [:]
    for (number, body) in objects {
      offsets[number] = out.count
      out += Array("\(number) 0 obj\n".utf8)
      switch body {
      case .text(let text):
        out += Array(text.utf8)
      case .stream(let dictionary, let data):
        out += Array("\(dictionary)\nstream\n".utf8) + data + Array("\nendstream".utf8)
      }
      out += Array("\nendobj\n".utf8)
    }
    let xref = out.count
    let size = (offsets.keys.max() ?? 0) + 1
    out += Array("xref\n0 \(size)\n0000000000 65535 f \n".utf8)
    for n in 1..<max(size, 1) {
      if let o = offsets[n] {
        out += Array((String(repeating: "0", count: 10 - String(o).count) + String(o) + " 00000 n \n").utf8)
      } else {
        out += Array("0000000000 00000 f \n".utf8)
      }
    }
    let prevText = prev.map { " /Prev \($0)" } ?? ""
    out += Array("trailer\n<< /Size \(size) /Root 1 0 R\(prevText) \(trailerExtra) >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
    return out
  }

  /// zlib-compresses `data` (FlateDecode).
  static func deflate(_ data: [UInt8]) -> [UInt8] {
    var length = compressBound(uLong(data.count))
    var out = [UInt8](repeating: 0, count: Int(length))
    let rc = data.withUnsafeBufferPointer { src in
      out.withUnsafeMutableBufferPointer { dst in compress2(dst.baseAddress, &length, src.baseAddress, uLong(src.count), 9) }
    }
    precondition(rc == Z_OK)
    return Array(out[0..<Int(length)])
  }
}

/// The bytes of a fixture in `Tests/PDFReaderTests/Fixtures`.
func fixture(_ name: String) throws -> [UInt8] {
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures").appendingPathComponent(name)
  return [UInt8](try Data(contentsOf: url))
}

extension Array where Element == UInt8 {
  /// Whether `text`'s UTF-8 bytes occur in the array.
  func contains(text: String) -> Bool {
    let pattern = Array(text.utf8)
    guard pattern.count <= count else { return false }
    for i in 0...(count - pattern.count) where self[i] == pattern[0] && Array(self[i..<i + pattern.count]) == pattern { return true }
    return false
  }
}
