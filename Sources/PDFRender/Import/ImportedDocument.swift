import Crypt
import PDFReader
import TypesetCore
import TypesetLayout

/// A PDF file opened for import: its pages become `ImportedPage` values that layout places like
/// any embedded page and `PDFRenderer` writes as Form XObjects.
///
/// Objects shared by several pages (a font used on every page) are copied once per source
/// file into the output, however many of its pages are drawn.
public final class ImportedDocument: Sendable {
  /// The parsed file.
  public let document: PDFDocument
  /// A stable identity: the SHA-256 of the file's bytes, in hex.
  public let identifier: String
  /// The pages, in document order.
  public let pages: [ImportedPage]
  /// What in the file would break PDF/A-2b and is not repaired on import (see `ImportFinding`).
  public let findings: [ImportFinding]

  /// Opens `data` as a PDF file for import.
  /// - Throws: `PDFImportError.unreadablePDF` with the reader's reason, or `.noPages`.
  public init(data: [UInt8], limits: PDFReadLimits = .default) throws(PDFImportError) {
    let parsed: PDFDocument
    do { parsed = try PDFDocument(data: data, limits: limits) } catch { throw .unreadablePDF(error) }
    guard parsed.pageCount > 0 else { throw .noPages }
    document = parsed
    let hash = Self.hex(SHA256.hash(data))
    identifier = hash
    findings = ImportAudit.findings(parsed)
    var list: [ImportedPage] = []
    list.reserveCapacity(parsed.pageCount)
    for page in parsed.pages {
      list.append(ImportedPage(source: ImportedPageSource(document: parsed, documentID: hash, page: page)))
    }
    pages = list
  }

  /// Whether the original carries a digital signature; imported pages never keep it (copying
  /// pages out invalidates it), so an exhibit index can say the signed original is attached.
  public var isSigned: Bool { document.isSigned }

  static func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef")
    var text = ""
    text.reserveCapacity(bytes.count * 2)
    for b in bytes {
      text.append(digits[Int(b >> 4)])
      text.append(digits[Int(b & 15)])
    }
    return text
  }
}

/// What an imported page needs from its file, shared by reference among the file's pages.
final class ImportedPageSource: Sendable {
  let document: PDFDocument
  let documentID: String
  let page: PDFPage

  init(document: PDFDocument, documentID: String, page: PDFPage) {
    self.document = document
    self.documentID = documentID
    self.page = page
  }
}
