import PDFWriter
import Testing

@Suite struct PDFContentWriterTests {
  private func string(_ w: PDFContentWriter) -> String { String(decoding: w.bytes, as: UTF8.self) }

  @Test func glyphRunWithoutAdjustmentsUsesTj() {
    var w = PDFContentWriter()
    w.beginText()
    w.setFont("F1", size: 9)
    w.moveText(56, PDFNumber(700.5))
    w.beginGlyphRun()
    w.glyph(0x0041)
    w.glyph(0x1F00)
    w.adjust(0)
    w.endGlyphRun()
    w.endText()
    #expect(string(w) == "BT\n/F1 9 Tf\n56 700.5 Td\n<00411F00>Tj\nET\n")
  }

  @Test func glyphRunWithAdjustmentsUsesTJ() {
    var w = PDFContentWriter()
    w.beginGlyphRun()
    w.glyph(1)
    w.adjust(-120)
    w.glyph(2)
    w.glyph(3)
    w.adjust(35)
    w.endGlyphRun()
    #expect(string(w) == "[<0001>-120<00020003>35]TJ\n")
  }

  @Test func emptyGlyphRunWritesNothing() {
    var w = PDFContentWriter()
    w.beginGlyphRun()
    w.endGlyphRun()
    #expect(w.bytes.isEmpty)
  }

  @Test func actualTextSpanIsUTF16() {
    var w = PDFContentWriter()
    w.beginActualText("ffi")
    w.endMarkedContent()
    #expect(string(w) == "/Span<</ActualText<FEFF006600660069>>>BDC\nEMC\n")
  }

  @Test func pathsAndXObjects() {
    var w = PDFContentWriter()
    w.saveState()
    w.transform(100, 0, 0, 50, 10, PDFNumber(20.25))
    w.drawXObject("Im1")
    w.restoreState()
    w.setStrokeRGB(0, PDFNumber(0.5), 1)
    w.setLineWidth(PDFNumber(0.5))
    w.moveTo(x: 0, y: 0)
    w.lineTo(x: 10, y: 0)
    w.stroke()
    #expect(string(w) == "q\n100 0 0 50 10 20.25 cm\n/Im1 Do\nQ\n0 0.5 1 RG\n0.5 w\n0 0 m\n10 0 l\nS\n")
  }
}

@Suite struct PDFContentWriterBinaryTests {
  @Test func binaryGlyphStringsEscapeDelimitersAndCarriageReturn() {
    var w = PDFContentWriter(writesBinaryStrings: true)
    w.beginGlyphRun()
    w.glyph(0x0041)
    w.glyph(0x2829)
    w.glyph(0x5C0D)
    w.adjust(-50)
    w.glyph(0x000A)
    w.endGlyphRun()
    #expect(w.bytes == [0x5B, 0x28, 0x00, 0x41, 0x5C, 0x28, 0x5C, 0x29, 0x5C, 0x5C, 0x5C, 0x72, 0x29] + Array("-50".utf8)
      + [0x28, 0x00, 0x0A, 0x29, 0x5D] + Array("TJ\n".utf8))
  }
}
