/// The file types accepted as invoices, exhibits and logos, recognised by their first bytes.
public enum EvidenceFileKind: String, Sendable, Hashable, CaseIterable {
  /// A PDF document (`%PDF-`).
  case pdf
  /// A PNG image (`89 50 4E 47 0D 0A 1A 0A`).
  case png
  /// A JPEG image (`FF D8 FF`).
  case jpeg

  /// The kind whose signature starts `head`, or nil.
  public static func detect(_ head: [UInt8]) -> EvidenceFileKind? {
    if head.starts(with: Array("%PDF-".utf8)) { return .pdf }
    if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
    if head.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
    return nil
  }

  /// A guess at what an unsupported file is, for the error message (e.g. "a ZIP archive (.docx, .xlsx)").
  static func describeUnsupported(_ head: [UInt8]) -> String? {
    if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "a ZIP archive (also .docx, .xlsx, .odt)" }
    if head.starts(with: Array("GIF8".utf8)) { return "a GIF image" }
    if head.starts(with: [0x49, 0x49, 0x2A, 0x00]) || head.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) {
      return "a TIFF image"
    }
    if head.count >= 12 && head[4..<8].elementsEqual(Array("ftyp".utf8)) { return "a HEIC/MP4 file" }
    if head.starts(with: Array("RIFF".utf8)) { return "a RIFF file (WebP, WAV or AVI)" }
    if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "an old Microsoft Office document" }
    if head.starts(with: Array("{\\rtf".utf8)) { return "an RTF document" }
    if head.isEmpty { return "an empty file" }
    if head.allSatisfy({ $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || ($0 >= 0x20 && $0 < 0x7F) || $0 >= 0x80 }) {
      return "a text file"
    }
    return nil
  }
}
