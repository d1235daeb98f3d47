/// Writes a font descriptor (`/Type /FontDescriptor`).
public struct PDFFontDescriptorWriter {
  /// The underlying dictionary: the escape hatch for any other key.
  public var dictionary: PDFDictionaryWriter

  /// The PostScript name with its subset tag.
  public mutating func fontName(_ name: String) { dictionary.set("FontName", name: name) }
  /// The font flags (ISO 32000-1 Table 123).
  public mutating func flags(_ flags: Int) { dictionary.set("Flags", integer: flags) }
  /// The glyph bounding box in thousandths of an em.
  public mutating func boundingBox(_ box: [PDFNumber]) { dictionary.set("FontBBox", numbers: box) }
  /// The italic angle in degrees.
  public mutating func italicAngle(_ angle: PDFNumber) { dictionary.set("ItalicAngle", number: angle) }
  /// Ascent, descent (negative), cap height and vertical stem width, in thousandths of an em.
  public mutating func metrics(ascent: PDFNumber, descent: PDFNumber, capHeight: PDFNumber, stemV: PDFNumber) {
    dictionary.set("Ascent", number: ascent)
    dictionary.set("Descent", number: descent)
    dictionary.set("CapHeight", number: capHeight)
    dictionary.set("StemV", number: stemV)
  }
  /// The embedded font program: `FontFile2` (TrueType) or `FontFile3` (CFF).
  public mutating func fontFile(_ key: String, _ ref: PDFRef) { dictionary.set(key, reference: ref) }
}

extension PDFFileWriter {
  /// Writes a font descriptor.
  public mutating func writeFontDescriptor(_ ref: PDFRef, _ body: (inout PDFFontDescriptorWriter) -> Void) {
    writeDictionary(ref) { d in
      d.set("Type", name: "FontDescriptor")
      var descriptor = PDFFontDescriptorWriter(dictionary: d)
      d = PDFDictionaryWriter(bytes: [], level: d.level, isPretty: d.isPretty)
      body(&descriptor)
      d = descriptor.dictionary
    }
  }
}
