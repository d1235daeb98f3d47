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

/// Writes the document catalog (`/Type /Catalog`).
public struct PDFCatalogWriter {
  /// The underlying dictionary: the escape hatch for any other key.
  public var dictionary: PDFDictionaryWriter

  /// The root of the page tree.
  public mutating func pages(_ ref: PDFRef) { dictionary.set("Pages", reference: ref) }
  /// The XMP metadata stream.
  public mutating func metadata(_ ref: PDFRef) { dictionary.set("Metadata", reference: ref) }
  /// The outline (bookmarks) root.
  public mutating func outlines(_ ref: PDFRef) { dictionary.set("Outlines", reference: ref) }
  /// How the viewer opens the document, e.g. `UseOutlines`.
  public mutating func pageMode(_ mode: String) { dictionary.set("PageMode", name: mode) }
  /// The natural language (BCP 47) of the document's text.
  public mutating func language(_ tag: String) { dictionary.set("Lang", text: tag) }
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

  /// Writes the catalog object.
  public mutating func writeCatalog(_ ref: PDFRef, _ body: (inout PDFCatalogWriter) -> Void) {
    writeDictionary(ref) { d in
      d.set("Type", name: "Catalog")
      var catalog = PDFCatalogWriter(dictionary: d)
      d = PDFDictionaryWriter(bytes: [], level: d.level, isPretty: d.isPretty)
      body(&catalog)
      d = catalog.dictionary
    }
  }
}
