import PDFWriter

/// Every named resource of the document (fonts `F1…`, image XObjects `Im1…`; imported pages will
/// add Form XObjects `Fm1…`), shared by all pages through one indirect resource dictionary.
///
/// Names and refs are handed out in first-use order, so output never depends on hashing.
struct ResourceRegistry {
  /// `(name, ref)` of fonts in first-use order.
  private(set) var fonts: [(name: String, ref: PDFRef)] = []
  /// `(name, ref)` of XObjects (images, later forms) in first-use order.
  private(set) var xObjects: [(name: String, ref: PDFRef)] = []

  mutating func addFont(name: String, ref: PDFRef) { fonts.append((name, ref)) }
  mutating func addXObject(name: String, ref: PDFRef) { xObjects.append((name, ref)) }

  /// Writes the shared resource dictionary.
  func write(_ ref: PDFRef, to file: inout PDFFileWriter) {
    file.writeDictionary(ref) { d in
      if !fonts.isEmpty {
        d.dictionary("Font") { f in for (name, r) in fonts { f.set(name, reference: r) } }
      }
      if !xObjects.isEmpty {
        d.dictionary("XObject") { x in for (name, r) in xObjects { x.set(name, reference: r) } }
      }
    }
  }
}
