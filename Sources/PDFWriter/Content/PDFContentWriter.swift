/// Writes a content stream (ISO 32000-1 §8–9): one method per operator, operands first.
///
/// Compact by design: one space between tokens, one newline per operator. Tracking of graphics
/// state (to avoid repeating identical settings) belongs to the caller, which knows what it drew.
public struct PDFContentWriter {
  /// The operators written so far.
  public private(set) var bytes: [UInt8] = []
  private var glyphRunStart = -1
  private var glyphRunHasAdjustments = false
  private var glyphRunIsInString = false
  /// Whether glyph codes are written as binary literal strings `(..)` (two bytes per glyph,
  /// half the size of hex before compression) rather than readable hex strings `<0041>`.
  public let writesBinaryStrings: Bool

  /// Creates an empty content stream, reserving `capacity` bytes.
  /// - Parameter writesBinaryStrings: write glyph codes as binary literal strings (for
  ///   compressed output) instead of hex (for readable snapshots).
  public init(reservingCapacity capacity: Int = 4096, writesBinaryStrings: Bool = false) {
    bytes.reserveCapacity(capacity)
    self.writesBinaryStrings = writesBinaryStrings
  }

  @inline(__always) private mutating func operand(_ n: PDFNumber) {
    PDFSyntax.appendNumber(n, to: &bytes)
    bytes.append(0x20)
  }

  @inline(__always) private mutating func op(_ name: StaticString) {
    PDFSyntax.appendASCII(name, to: &bytes)
    bytes.append(0x0A)
  }

  /// `q`: saves the graphics state.
  public mutating func saveState() { op("q") }
  /// `Q`: restores the graphics state.
  public mutating func restoreState() { op("Q") }

  /// `a b c d e f cm`: concatenates a matrix to the current transformation.
  public mutating func transform(_ a: PDFNumber, _ b: PDFNumber, _ c: PDFNumber, _ d: PDFNumber, _ e: PDFNumber, _ f: PDFNumber) {
    for n in [a, b, c, d, e, f] { operand(n) }
    op("cm")
  }

  /// `w`: sets the line width.
  public mutating func setLineWidth(_ width: PDFNumber) { operand(width); op("w") }

  /// `r g b rg`: sets the DeviceRGB fill colour (components 0…1).
  public mutating func setFillRGB(_ r: PDFNumber, _ g: PDFNumber, _ b: PDFNumber) {
    operand(r); operand(g); operand(b); op("rg")
  }

  /// `r g b RG`: sets the DeviceRGB stroke colour.
  public mutating func setStrokeRGB(_ r: PDFNumber, _ g: PDFNumber, _ b: PDFNumber) {
    operand(r); operand(g); operand(b); op("RG")
  }

  /// `x y w h re`: appends a rectangle to the path.
  public mutating func rectangle(x: PDFNumber, y: PDFNumber, width: PDFNumber, height: PDFNumber) {
    operand(x); operand(y); operand(width); operand(height); op("re")
  }

  /// `x y m`: begins a subpath.
  public mutating func moveTo(x: PDFNumber, y: PDFNumber) { operand(x); operand(y); op("m") }
  /// `x y l`: appends a line segment.
  public mutating func lineTo(x: PDFNumber, y: PDFNumber) { operand(x); operand(y); op("l") }
  /// `f`: fills the path (non-zero winding).
  public mutating func fill() { op("f") }
  /// `S`: strokes the path.
  public mutating func stroke() { op("S") }
  /// `B`: fills, then strokes the path.
  public mutating func fillAndStroke() { op("B") }

  /// `/name Do`: paints an XObject.
  public mutating func drawXObject(_ name: String) {
    PDFSyntax.appendName(name, to: &bytes)
    bytes.append(0x20)
    op("Do")
  }

  /// `BT`: begins a text object.
  public mutating func beginText() { op("BT") }
  /// `ET`: ends a text object.
  public mutating func endText() { op("ET") }

  /// `/font size Tf`: selects a font resource and size.
  public mutating func setFont(_ name: String, size: PDFNumber) {
    PDFSyntax.appendName(name, to: &bytes)
    bytes.append(0x20)
    operand(size)
    op("Tf")
  }

  /// `tx ty Td`: moves to the start of the next line, offset from the start of the current one.
  public mutating func moveText(_ tx: PDFNumber, _ ty: PDFNumber) { operand(tx); operand(ty); op("Td") }

  /// `rise Ts`: sets the text rise.
  public mutating func setTextRise(_ rise: PDFNumber) { operand(rise); op("Ts") }

  /// Starts a run of two-byte glyph codes shown with `Tj`, or `TJ` once an adjustment occurs.
  public mutating func beginGlyphRun() {
    glyphRunStart = bytes.count
    glyphRunHasAdjustments = false
    glyphRunIsInString = false
  }

  /// Adds a two-byte character code to the current glyph run.
  @inline(__always) public mutating func glyph(_ code: UInt16) {
    if writesBinaryStrings {
      if !glyphRunIsInString { bytes.append(0x28); glyphRunIsInString = true }
      appendLiteralByte(UInt8(code >> 8))
      appendLiteralByte(UInt8(code & 0xFF))
    } else {
      if !glyphRunIsInString { bytes.append(0x3C); glyphRunIsInString = true }
      PDFSyntax.appendHexByte(UInt8(code >> 8), to: &bytes)
      PDFSyntax.appendHexByte(UInt8(code & 0xFF), to: &bytes)
    }
  }

  /// A byte inside a literal string: parentheses and backslash escaped, and CR (which a reader
  /// would turn into LF) written as `\r`.
  @inline(__always) private mutating func appendLiteralByte(_ b: UInt8) {
    switch b {
    case 0x28, 0x29, 0x5C: bytes.append(0x5C); bytes.append(b)
    case 0x0D: bytes.append(0x5C); bytes.append(0x72)
    default: bytes.append(b)
    }
  }

  private mutating func closeString() {
    if glyphRunIsInString {
      bytes.append(writesBinaryStrings ? 0x29 : 0x3E)
      glyphRunIsInString = false
    }
  }

  /// Adds a position adjustment in thousandths of text space (positive moves left), as in `TJ`.
  public mutating func adjust(_ thousandths: Int) {
    guard thousandths != 0 else { return }
    closeString()
    PDFSyntax.appendInteger(Int64(thousandths), to: &bytes)
    glyphRunHasAdjustments = true
  }

  /// Ends the glyph run with `Tj` (no adjustments) or `TJ`; writes nothing for an empty run.
  public mutating func endGlyphRun() {
    precondition(glyphRunStart >= 0, "endGlyphRun without beginGlyphRun")
    defer { glyphRunStart = -1 }
    closeString()
    if bytes.count == glyphRunStart { return }
    if glyphRunHasAdjustments {
      bytes.insert(0x5B, at: glyphRunStart)
      bytes.append(0x5D)
      op("TJ")
    } else {
      op("Tj")
    }
  }

  /// `/Span <</ActualText …>> BDC`: begins marked content whose extracted text is `text`.
  public mutating func beginActualText(_ text: String) {
    PDFSyntax.appendASCII("/Span<</ActualText", to: &bytes)
    PDFSyntax.appendHexString(PDFSyntax.utf16BigEndian(text, byteOrderMark: true), to: &bytes)
    PDFSyntax.appendASCII(">>", to: &bytes)
    op("BDC")
  }

  /// `EMC`: ends marked content.
  public mutating func endMarkedContent() { op("EMC") }

  /// Appends raw operator bytes (the escape hatch). The caller ensures they are valid.
  public mutating func raw(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }
}
