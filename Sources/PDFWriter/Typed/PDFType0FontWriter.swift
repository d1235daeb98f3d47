/// Writes a Type 0 (composite) font dictionary with one descendant CIDFont.
public struct PDFType0FontWriter {
  /// The underlying dictionary: the escape hatch for any other key.
  public var dictionary: PDFDictionaryWriter

  /// The PostScript name with its subset tag, e.g. `ABCDEF+NotoSans-Regular`.
  public mutating func baseFont(_ name: String) { dictionary.set("BaseFont", name: name) }
  /// The CMap; `Identity-H` for two-byte codes equal to CIDs.
  public mutating func encoding(_ name: String) { dictionary.set("Encoding", name: name) }
  /// The descendant CIDFont.
  public mutating func descendantFont(_ ref: PDFRef) { dictionary.set("DescendantFonts", references: [ref]) }
  /// The ToUnicode CMap stream.
  public mutating func toUnicode(_ ref: PDFRef) { dictionary.set("ToUnicode", reference: ref) }
}

extension PDFFileWriter {
  /// Writes a Type 0 font dictionary.
  public mutating func writeType0Font(_ ref: PDFRef, _ body: (inout PDFType0FontWriter) -> Void) {
    writeDictionary(ref) { d in
      d.set("Type", name: "Font")
      d.set("Subtype", name: "Type0")
      var font = PDFType0FontWriter(dictionary: d)
      d = PDFDictionaryWriter(bytes: [], level: d.level, isPretty: d.isPretty)
      body(&font)
      d = font.dictionary
    }
  }
}
