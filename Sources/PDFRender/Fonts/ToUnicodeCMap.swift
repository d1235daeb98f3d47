import PDFWriter

/// Builds a ToUnicode CMap (ISO 32000-1 §9.10.3) from code → text pairs: `bfrange` for runs of
/// consecutive codes mapping to consecutive single UTF-16 units, `bfchar` otherwise (including
/// multi-character values such as "ffi" for a ligature glyph), at most 100 entries per block.
/// Codes are two bytes (CID fonts) or, with `singleByte`, one byte (simple fonts).
enum ToUnicodeCMap {
  static func make(_ mappings: [(code: UInt16, text: String)], singleByte: Bool = false) -> [UInt8] {
    var out: [UInt8] = []
    PDFSyntax.appendASCII(
      """
      /CIDInit /ProcSet findresource begin
      12 dict begin
      begincmap
      /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
      /CMapName /Adobe-Identity-UCS def
      /CMapType 2 def
      1 begincodespacerange

      """, to: &out)
    if singleByte {
      PDFSyntax.appendASCII("<00> <FF>\n", to: &out)
    } else {
      PDFSyntax.appendASCII("<0000> <FFFF>\n", to: &out)
    }
    PDFSyntax.appendASCII("endcodespacerange\n", to: &out)
    let sorted = mappings.sorted { $0.code < $1.code }
    var chars: [(UInt16, [UInt8])] = []
    var ranges: [(UInt16, UInt16, UInt16)] = []
    var i = 0
    while i < sorted.count {
      let units = Array(sorted[i].text.utf16)
      if units.count == 1 {
        var j = i + 1
        while j < sorted.count {
          let next = Array(sorted[j].text.utf16)
          let step = Int(sorted[j].code) - Int(sorted[i].code)
          guard next.count == 1, Int(sorted[j].code) == Int(sorted[j - 1].code) + 1,
            Int(next[0]) == Int(units[0]) + step,
            sorted[j].code >> 8 == sorted[i].code >> 8, next[0] >> 8 == units[0] >> 8
          else { break }
          j += 1
        }
        if j - i >= 2 {
          ranges.append((sorted[i].code, sorted[j - 1].code, units[0]))
          i = j
          continue
        }
      }
      chars.append((sorted[i].code, PDFSyntax.utf16BigEndian(sorted[i].text, byteOrderMark: false)))
      i += 1
    }
    for start in stride(from: 0, to: chars.count, by: 100) {
      let block = chars[start..<min(start + 100, chars.count)]
      PDFSyntax.appendInteger(Int64(block.count), to: &out)
      PDFSyntax.appendASCII(" beginbfchar\n", to: &out)
      for (code, text) in block {
        appendCode(code, singleByte: singleByte, to: &out)
        out.append(0x20)
        PDFSyntax.appendHexString(text, to: &out)
        out.append(0x0A)
      }
      PDFSyntax.appendASCII("endbfchar\n", to: &out)
    }
    for start in stride(from: 0, to: ranges.count, by: 100) {
      let block = ranges[start..<min(start + 100, ranges.count)]
      PDFSyntax.appendInteger(Int64(block.count), to: &out)
      PDFSyntax.appendASCII(" beginbfrange\n", to: &out)
      for (low, high, unit) in block {
        appendCode(low, singleByte: singleByte, to: &out)
        out.append(0x20)
        appendCode(high, singleByte: singleByte, to: &out)
        out.append(0x20)
        appendCode(unit, to: &out)
        out.append(0x0A)
      }
      PDFSyntax.appendASCII("endbfrange\n", to: &out)
    }
    PDFSyntax.appendASCII(
      """
      endcmap
      CMapName currentdict /CMap defineresource pop
      end
      end

      """, to: &out)
    return out
  }

  private static func appendCode(_ code: UInt16, singleByte: Bool = false, to out: inout [UInt8]) {
    if singleByte {
      PDFSyntax.appendHexString([UInt8(code & 0xFF)], to: &out)
      return
    }
    PDFSyntax.appendHexString([UInt8(code >> 8), UInt8(code & 0xFF)], to: &out)
  }
}
