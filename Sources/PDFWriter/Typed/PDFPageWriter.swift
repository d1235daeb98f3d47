/// Writes a page dictionary (`/Type /Page`). Keys it does not model go through `dictionary`.
public struct PDFPageWriter {
  /// The underlying dictionary: the escape hatch for any other key.
  public var dictionary: PDFDictionaryWriter

  /// The parent page-tree node.
  public mutating func parent(_ ref: PDFRef) { dictionary.set("Parent", reference: ref) }
  /// The media box `[x0 y0 x1 y1]` in points.
  public mutating func mediaBox(_ box: [PDFNumber]) { dictionary.set("MediaBox", numbers: box) }
  /// The content stream.
  public mutating func contents(_ ref: PDFRef) { dictionary.set("Contents", reference: ref) }
  /// The resource dictionary, written indirectly.
  public mutating func resources(_ ref: PDFRef) { dictionary.set("Resources", reference: ref) }
  /// The page's annotations.
  public mutating func annotations(_ refs: [PDFRef]) { dictionary.set("Annots", references: refs) }
}

extension PDFFileWriter {
  /// Writes a page object.
  public mutating func writePage(_ ref: PDFRef, _ body: (inout PDFPageWriter) -> Void) {
    writeDictionary(ref) { d in
      d.set("Type", name: "Page")
      var page = PDFPageWriter(dictionary: d)
      d = PDFDictionaryWriter(bytes: [], level: d.level, isPretty: d.isPretty)
      body(&page)
      d = page.dictionary
    }
  }
}
