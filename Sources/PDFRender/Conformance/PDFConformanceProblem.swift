/// A reason the document cannot meet the requested PDF/A level, with where it occurs.
public struct PDFConformanceProblem: Sendable, Hashable, CustomStringConvertible {
  /// What is wrong.
  public enum Kind: Sendable, Hashable {
    /// Attachments were given for PDF/A-2b, which forbids embedded files other than PDF/A (6.8).
    case attachmentNotAllowed
    /// An attachment lacks its MIME type (PDF/A-3 6.8 requires `/Subtype`).
    case attachmentMissingMIMEType
    /// An attachment lacks a description (`/Desc`), which this renderer requires under PDF/A-3.
    case attachmentMissingDescription
    /// The font's licence (OS/2 `fsType`) forbids embedding, and PDF/A requires every font embedded (6.2.11.4).
    case fontEmbeddingRestricted
    /// Text shows the .notdef glyph (a character the font lacks), which PDF/A-2 forbids (6.2.11.8).
    case notdefGlyph
    /// A CMYK JPEG is used, but the output intent is sRGB, so DeviceCMYK is not allowed (6.2.4.3).
    case deviceCMYKImage
  }

  /// Where the problem is.
  public enum Location: Sendable, Hashable, CustomStringConvertible {
    /// The whole document.
    case document
    /// A page, by zero-based index.
    case page(Int)
    /// A font, by `Font.id`.
    case font(String)
    /// Text in a font, by `Font.id`, on a page (zero-based index).
    case text(font: String, page: Int)
    /// An image, by `RasterImage.id`, first used on page `page` (zero-based).
    case image(id: String, page: Int)
    /// An attachment, by file name.
    case attachment(String)

    public var description: String {
      switch self {
      case .document: return "document"
      case .page(let i): return "page \(i + 1)"
      case .font(let id): return "font \(id)"
      case .text(let font, let page): return "text in \(font) on page \(page + 1)"
      case .image(let id, let page): return "image \(id) on page \(page + 1)"
      case .attachment(let name): return "attachment \(name)"
      }
    }
  }

  /// What is wrong.
  public var kind: Kind
  /// Where it is.
  public var location: Location

  /// Creates a problem of `kind` at `location`.
  public init(_ kind: Kind, at location: Location) {
    self.kind = kind
    self.location = location
  }

  public var description: String {
    let what: String
    switch kind {
    case .attachmentNotAllowed: what = "PDF/A-2b does not allow attached files (use PDF/A-3b)"
    case .attachmentMissingMIMEType: what = "attached file has no MIME type"
    case .attachmentMissingDescription: what = "attached file has no description"
    case .fontEmbeddingRestricted: what = "the font's licence does not allow embedding"
    case .deviceCMYKImage: what = "CMYK image cannot be used with the sRGB output intent"
    case .notdefGlyph: what = "text uses the .notdef glyph (a character missing from the font)"
    }
    return "\(location): \(what)"
  }
}
