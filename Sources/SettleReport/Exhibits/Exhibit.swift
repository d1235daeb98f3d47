import Typeset

/// One numbered exhibit: a file the customer's accounting produced (PDF, PNG or JPEG), shown
/// in the packet as a tab page followed by its pages, each stamped and Bates-numbered.
public struct Exhibit: Sendable {
  /// What the file holds.
  public enum Content: Sendable {
    /// The pages of a PDF file.
    case pdf(ImportedDocument)
    /// One image, shown as one page.
    case image(ImportedImage)
  }

  /// The exhibit number (1, 2, …).
  public var number: Int
  /// The caption on the tab page, e.g. "Invoice INV-1001, 1 June 2026".
  public var title: String
  /// The original file's name.
  public var fileName: String
  /// The imported content.
  public var content: Content

  /// Creates an exhibit from already imported content.
  public init(number: Int, title: String, fileName: String, content: Content) {
    self.number = number
    self.title = title
    self.fileName = fileName
    self.content = content
  }

  /// Imports `data` by its signature (`%PDF` anywhere in the first 1 KiB, PNG or JPEG).
  /// - Throws: `ExhibitError.unusableFile` naming the file and the reason.
  public init(number: Int, title: String, fileName: String, data: [UInt8]) throws(ExhibitError) {
    self.number = number
    self.title = title
    self.fileName = fileName
    do throws(PDFImportError) {
      if Self.looksLikePDF(data) {
        content = .pdf(try ImportedDocument(data: data))
      } else if Self.looksLikeImage(data) {
        content = .image(try ImportedImage(data: data))
      } else {
        throw PDFImportError.unknownFormat
      }
    } catch {
      throw .unusableFile(exhibit: number, fileName: fileName, reason: error)
    }
  }

  /// The pages to draw, in order.
  public var pages: [any EmbeddedPage] {
    switch content {
    case .pdf(let document): return document.pages
    case .image(let image): return [image]
    }
  }

  /// Whether the original was digitally signed (the copied pages drop the signature).
  public var wasSigned: Bool {
    if case .pdf(let document) = content { return document.isSigned }
    return false
  }

  /// The anchor on the exhibit's tab page.
  public var tabAnchor: String { "exhibit-\(number)" }
  /// The anchor on the exhibit's first page of content.
  public var firstPageAnchor: String { "exhibit-\(number)-first" }
  /// The anchor on the exhibit's last page of content.
  public var lastPageAnchor: String { "exhibit-\(number)-last" }

  /// What PDF/A-2b forbids in the imported content and the import could not repair.
  public var conformanceProblems: [ExhibitConformanceProblem] {
    var result: [ExhibitConformanceProblem] = []
    if case .pdf(let document) = content {
      for finding in document.findings where !finding.isRepaired {
        var text = finding
        text.objectNumber = nil
        result.append(
          ExhibitConformanceProblem(exhibit: number, fileName: fileName, objectNumber: finding.objectNumber, what: text.description))
      }
    }
    if case .image(let image) = content, case .jpeg(_, 4, _) = image.image.encoding {
      result.append(
        ExhibitConformanceProblem(
          exhibit: number, fileName: fileName, objectNumber: nil, what: "CMYK JPEG without a CMYK output intent"))
    }
    return result
  }

  static func looksLikePDF(_ data: [UInt8]) -> Bool {
    let head = data.prefix(1024)
    let pattern: [UInt8] = Array("%PDF-".utf8)
    guard head.count >= pattern.count else { return false }
    var i = head.startIndex
    while i + pattern.count <= head.endIndex {
      if head[i..<(i + pattern.count)].elementsEqual(pattern) { return true }
      i += 1
    }
    return false
  }

  static func looksLikeImage(_ data: [UInt8]) -> Bool {
    data.starts(with: [0x89, 0x50, 0x4E, 0x47]) || data.starts(with: [0xFF, 0xD8])
  }
}
