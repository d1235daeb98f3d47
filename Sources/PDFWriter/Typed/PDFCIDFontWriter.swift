/// Writes a CIDFont dictionary (`CIDFontType0` or `CIDFontType2`).
public struct PDFCIDFontWriter {
  /// The underlying dictionary: the escape hatch for any other key.
  public var dictionary: PDFDictionaryWriter

  /// The PostScript name with its subset tag.
  public mutating func baseFont(_ name: String) { dictionary.set("BaseFont", name: name) }
  /// `/CIDSystemInfo << /Registry … /Ordering … /Supplement … >>`.
  public mutating func systemInfo(registry: String, ordering: String, supplement: Int) {
    dictionary.dictionary("CIDSystemInfo") { d in
      d.set("Registry", literal: Array(registry.utf8))
      d.set("Ordering", literal: Array(ordering.utf8))
      d.set("Supplement", integer: supplement)
    }
  }
  /// The font descriptor.
  public mutating func fontDescriptor(_ ref: PDFRef) { dictionary.set("FontDescriptor", reference: ref) }
  /// The default width for CIDs not in `/W`.
  public mutating func defaultWidth(_ width: PDFNumber) { dictionary.set("DW", number: width) }
  /// `/CIDToGIDMap /Identity` (TrueType-based CIDFonts only).
  public mutating func identityCIDToGIDMap() { dictionary.set("CIDToGIDMap", name: "Identity") }

  /// `/W` from widths per CID (in thousandths of an em): consecutive CIDs are grouped as
  /// `c [w1 w2 …]`, and runs of four or more equal widths as `c_first c_last w`.
  /// - Parameter widths: `(cid, width)` pairs sorted by CID.
  public mutating func widths(_ widths: [(cid: Int, width: PDFNumber)]) {
    dictionary.array("W") { a in
      var i = 0
      while i < widths.count {
        // A run of equal widths over consecutive CIDs.
        var j = i + 1
        while j < widths.count && widths[j].cid == widths[j - 1].cid + 1 && widths[j].width == widths[i].width { j += 1 }
        if j - i >= 4 {
          a.integer(widths[i].cid); a.integer(widths[j - 1].cid); a.number(widths[i].width)
          i = j
          continue
        }
        // Otherwise a list of consecutive CIDs, stopping before the next long equal run.
        var k = i + 1
        while k < widths.count && widths[k].cid == widths[k - 1].cid + 1 {
          var m = k + 1
          while m < widths.count && widths[m].cid == widths[m - 1].cid + 1 && widths[m].width == widths[k].width { m += 1 }
          if m - k >= 4 { break }
          k += 1
        }
        a.integer(widths[i].cid)
        a.array { list in for n in i..<k { list.number(widths[n].width) } }
        i = k
      }
    }
  }
}

extension PDFFileWriter {
  /// Writes a CIDFont dictionary of `subtype` `CIDFontType0` or `CIDFontType2`.
  public mutating func writeCIDFont(_ ref: PDFRef, subtype: String, _ body: (inout PDFCIDFontWriter) -> Void) {
    writeDictionary(ref) { d in
      d.set("Type", name: "Font")
      d.set("Subtype", name: subtype)
      var font = PDFCIDFontWriter(dictionary: d)
      d = PDFDictionaryWriter(bytes: [], level: d.level, isPretty: d.isPretty)
      body(&font)
      d = font.dictionary
    }
  }
}
