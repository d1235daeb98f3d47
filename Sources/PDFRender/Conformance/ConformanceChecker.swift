import TypesetLayout

/// Collects the PDF/A problems of a scanned document (ISO 19005-2/-3), each with its location,
/// instead of stopping at the first. See `Docs/Conformance/PDF_A2B.md` for the clause list.
enum ConformanceChecker {
  static func problems(scan: DocumentScan, options: PDFRenderOptions) -> [PDFConformanceProblem] {
    guard options.conformance.isArchival else { return [] }
    var problems: [PDFConformanceProblem] = []
    for usage in scan.fonts where EmbeddedFont.forbidsEmbedding(usage.font) {
      problems.append(PDFConformanceProblem(.fontEmbeddingRestricted, at: .font(usage.font.id)))
    }
    for use in scan.notdefUses {
      problems.append(PDFConformanceProblem(.notdefGlyph, at: .text(font: scan.fonts[use.font].font.id, page: use.page)))
    }
    for (image, page) in scan.images {
      if case .jpeg(_, let components, _) = image.encoding, components == 4 {
        problems.append(PDFConformanceProblem(.deviceCMYKImage, at: .image(id: image.id, page: page)))
      }
    }
    for attachment in options.attachments {
      let location = PDFConformanceProblem.Location.attachment(attachment.fileName)
      switch options.conformance {
      case .pdfA2b:
        problems.append(PDFConformanceProblem(.attachmentNotAllowed, at: location))
      case .pdfA3b:
        let mime = attachment.mimeType.split(separator: "/")
        if mime.count != 2 || mime.contains(where: { $0.isEmpty }) {
          problems.append(PDFConformanceProblem(.attachmentMissingMIMEType, at: location))
        }
        if attachment.description.isEmpty {
          problems.append(PDFConformanceProblem(.attachmentMissingDescription, at: location))
        }
      case .none:
        break
      }
    }
    return problems
  }
}
