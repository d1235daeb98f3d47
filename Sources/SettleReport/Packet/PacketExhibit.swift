import Crypt
import SettleModel
import Typeset

/// One exhibit of a packet: an invoice or other evidence file, its pages ready to place and the
/// facts the index prints.
public struct PacketExhibit: Sendable {
  /// The exhibit's number (1, 2, …), in packet order.
  public var number: Int
  /// The short description shown on the tab, in the index and in the bookmark.
  public var title: String
  /// The date the evidence bears (an invoice's date), if known.
  public var date: CivilDate?
  /// The charge this exhibit is the invoice of, if any.
  public var chargeID: String?
  /// The original file's name as the claim names it (`invoices/INV-1001.pdf`).
  public var fileName: String
  /// The MIME type of the original (`application/pdf`, `image/png`, `image/jpeg`).
  public var mimeType: String
  /// The original file's bytes (attached to the archive copy; hashed for the index).
  public var original: [UInt8]
  /// The pages to draw: imported PDF pages or one image.
  public var pages: [any EmbeddedPage]
  /// Conformance findings of the original the importer could not repair (listed as problems).
  public var findings: [String]
  /// The SHA-256 of the original file, in lowercase hex.
  public let sha256: String

  /// Creates an exhibit from already imported pages.
  public init(
    number: Int, title: String, date: CivilDate?, fileName: String, mimeType: String, original: [UInt8],
    pages: [any EmbeddedPage], findings: [String] = [], chargeID: String? = nil
  ) {
    self.chargeID = chargeID
    self.number = number
    self.title = title
    self.date = date
    self.fileName = fileName
    self.mimeType = mimeType
    self.original = original
    self.pages = pages
    self.findings = findings
    self.sha256 = SHA256.hexDigest(original)
  }

  /// Imports `data` (PDF, PNG or JPEG, told apart by their signatures) as exhibit `number`.
  /// - Throws: `PDFImportError` when the file cannot be read.
  public init(
    number: Int, title: String, date: CivilDate?, fileName: String, data: [UInt8], chargeID: String? = nil
  ) throws(PDFImportError) {
    if data.starts(with: Array("%PDF".utf8)) || data.prefix(1024).starts(with: [0xEF, 0xBB, 0xBF]) {
      let imported = try ImportedDocument(data: data)
      self.init(
        number: number, title: title, date: date, fileName: fileName, mimeType: "application/pdf", original: data,
        pages: imported.pages, findings: imported.findings.filter { !$0.isRepaired }.map(\.description),
        chargeID: chargeID)
    } else {
      let image = try ImportedImage(data: data)
      let mime = data.starts(with: [0x89, 0x50, 0x4E, 0x47]) ? "image/png" : "image/jpeg"
      self.init(number: number, title: title, date: date, fileName: fileName, mimeType: mime, original: data, pages: [image],
        chargeID: chargeID)
    }
  }

  /// "Exhibit 3".
  public var label: String { "Exhibit \(number)" }
}
