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
