import PDFWriter
import TypesetCore
import TypesetLayout
import TypesetText

/// Turns one page's frame items into a compact content stream.
///
/// Coordinates: frames have y growing downwards from the top-left; PDF user space has y growing
/// upwards from the bottom-left, so every y becomes `pageHeight − y`. Positions are written to
/// 0.01 pt; glyph positions are tracked exactly (in thousandths of a micro-point) and corrected
/// with `TJ` adjustments only where the placed position differs from the font's advance by at
/// least half a thousandth of an em. Colour, font, line width and text rise are written only
/// when they change; consecutive text items share one `BT … ET` and move with relative `Td`.
struct PageContentBuilder {
  private(set) var content: PDFContentWriter
  private let pageHeight: Int64
  private var isInText = false
  private var fillColor: Color?
  private var strokeColor: Color?
  private var lineWidth: Int64?
  private var currentFont: (index: Int, size: Int64)?
  private var rise: Int64 = 0
  private var lineX: Int64 = 0
  private var lineY: Int64 = 0
  private var hasLine = false

  /// The quantum of written positions: 0.01 pt in micro-points.
  static let positionQuantum: Int64 = 10_000

  init(pageHeight: Length, writesBinaryStrings: Bool, reservingCapacity capacity: Int = 16_384) {
    self.pageHeight = pageHeight.microPoints
    content = PDFContentWriter(reservingCapacity: capacity, writesBinaryStrings: writesBinaryStrings)
  }

  @inline(__always) static func quantize(_ microPoints: Int64) -> Int64 {
    PDFNumber.roundedDivision(microPoints, positionQuantum) * positionQuantum
  }

  /// A quantized micro-point value as a PDF number (points).
  @inline(__always) static func number(_ quantizedMicroPoints: Int64) -> PDFNumber {
    PDFNumber(scaled: quantizedMicroPoints / 100)
  }

  @inline(__always) static func position(_ microPoints: Int64) -> PDFNumber { number(quantize(microPoints)) }

  static func component(_ value: UInt8) -> PDFNumber {
    // Three decimals distinguish all 256 levels and round-trip to the same 8-bit value.
    PDFNumber(scaled: PDFNumber.roundedDivision(Int64(value) * 1000, 255) * 10)
  }

  private mutating func beginText() {
    guard !isInText else { return }
    content.beginText()
    isInText = true
    hasLine = false
  }

  /// Ends an open text object (before paths, images and at the end of the page).
  mutating func endText() {
    guard isInText else { return }
    content.endText()
    isInText = false
  }

  private mutating func setFill(_ color: Color) {
    guard fillColor != color else { return }
    fillColor = color
    content.setFillRGB(Self.component(color.red), Self.component(color.green), Self.component(color.blue))
  }

  private mutating func setStroke(_ stroke: Stroke) {
    if strokeColor != stroke.color {
      strokeColor = stroke.color
      let c = stroke.color
      content.setStrokeRGB(Self.component(c.red), Self.component(c.green), Self.component(c.blue))
    }
    let width = Self.quantize(stroke.thickness.microPoints)
    if lineWidth != width {
      lineWidth = width
      content.setLineWidth(Self.number(width))
    }
  }

  /// Draws a run of glyphs whose baseline starts at `origin` (frame coordinates of the page).
  mutating func drawText(_ item: TextItem, at origin: Point, font: DrawingFont, fontIndex: Int) {
    guard !item.glyphs.isEmpty else { return }
    beginText()
    setFill(item.color)
    let size = item.size.microPoints
    guard size > 0 else { return }
    if currentFont.map({ $0.index != fontIndex || $0.size != size }) ?? true {
      currentFont = (fontIndex, size)
      content.setFont(font.resourceName, size: PDFNumber(scaled: PDFNumber.roundedDivision(size, 100)))
    }
    let x = Self.quantize(origin.x.microPoints)
    let y = Self.quantize(pageHeight - origin.y.microPoints)
    if !hasLine {
      content.moveText(Self.number(x), Self.number(y))
    } else if x != lineX || y != lineY {
      content.moveText(Self.number(x - lineX), Self.number(y - lineY))
    }
    lineX = x
    lineY = y
    hasLine = true
    // Pen position in thousandths of a micro-point, exact.
    var pen = x * 1000
    let originX = origin.x.microPoints

    // Right-to-left items (those with `actualText`) map clusters in visual order and get no
    // item-level /ActualText: see `ExtractionText`.
    let isRightToLeft = item.actualText != nil
    content.beginGlyphRun()
    let glyphs = item.glyphs
    var i = 0
    while i < glyphs.count {
      // A cluster: a glyph carrying text, then the glyphs with "" that belong to it.
      var j = i + 1
      while j < glyphs.count && glyphs[j].text.isEmpty { j += 1 }
      let text = isRightToLeft ? ExtractionText.visual(glyphs[i].text) : glyphs[i].text
      let needsSpan = !font.extracts(glyphs, i..<j, as: text)
      if needsSpan {
        content.endGlyphRun()
        content.beginActualText(text)
        content.beginGlyphRun()
      }
      for k in i..<j {
        let glyph = glyphs[k]
        let gid = Int(glyph.id)
        guard gid < font.codes.count else { continue }
        let code = font.codes[gid]
        guard code >= 0 else { continue }
        let glyphRise = Self.quantize(glyph.yOffset.microPoints)
        if glyphRise != rise {
          content.endGlyphRun()
          content.setTextRise(Self.number(glyphRise))
          rise = glyphRise
          content.beginGlyphRun()
        }
        let desired = (originX + glyph.x.microPoints + glyph.xOffset.microPoints) * 1000
        let adjustment = PDFNumber.roundedDivision(pen - desired, size)
        if adjustment != 0 {
          content.adjust(Int(adjustment))
          pen -= adjustment * size
        }
        content.glyph(UInt16(code))
        pen += font.widths[gid] * size / PDFNumber.scale
      }
      if needsSpan {
        content.endGlyphRun()
        content.endMarkedContent()
        content.beginGlyphRun()
      }
      i = j
    }
    content.endGlyphRun()
  }

  /// Draws a rectangle or line whose item position is `origin`.
  mutating func drawShape(_ shape: ShapeItem, at origin: Point) {
    guard shape.fill != nil || shape.stroke != nil else { return }
    endText()
    if let fill = shape.fill { setFill(fill) }
    if let stroke = shape.stroke { setStroke(stroke) }
    switch shape.geometry {
    case .rect(let size):
      let x = Self.quantize(origin.x.microPoints)
      let bottom = Self.quantize(pageHeight - origin.y.microPoints - size.height.microPoints)
      let top = Self.quantize(pageHeight - origin.y.microPoints)
      let right = Self.quantize(origin.x.microPoints + size.width.microPoints)
      content.rectangle(x: Self.number(x), y: Self.number(bottom), width: Self.number(right - x), height: Self.number(top - bottom))
      switch (shape.fill != nil, shape.stroke != nil) {
      case (true, true): content.fillAndStroke()
      case (true, false): content.fill()
      default: content.stroke()
      }
    case .line(let delta):
      guard shape.stroke != nil else { return }
      content.moveTo(x: Self.position(origin.x.microPoints), y: Self.position(pageHeight - origin.y.microPoints))
      content.lineTo(
        x: Self.position(origin.x.microPoints + delta.x.microPoints),
        y: Self.position(pageHeight - origin.y.microPoints - delta.y.microPoints))
      content.stroke()
    }
  }

  /// Paints XObject `name` (an image or, later, an imported page) into the box at `origin`.
  /// Appends complete, balanced content operators (an imported page's `q … Q`) outside text.
  mutating func appendRaw(_ bytes: [UInt8]) {
    endText()
    content.raw(bytes)
  }

  mutating func drawXObject(_ name: String, at origin: Point, size: Size) {
    endText()
    content.saveState()
    let bottom = pageHeight - origin.y.microPoints - size.height.microPoints
    content.transform(
      PDFNumber(fixed: size.width.microPoints, scale: Length.microPointsPerPoint), 0, 0,
      PDFNumber(fixed: size.height.microPoints, scale: Length.microPointsPerPoint),
      Self.position(origin.x.microPoints), Self.position(bottom))
    content.drawXObject(name)
    content.restoreState()
  }
}

extension DrawingFont {
  /// Whether text extraction through the ToUnicode map yields exactly `text` for the cluster.
  @inline(__always) func extracts(_ glyphs: [PlacedGlyph], _ cluster: Range<Int>, as text: String) -> Bool {
    guard !cluster.isEmpty else { return true }
    if cluster.count == 1 {
      let gid = Int(glyphs[cluster.lowerBound].id)
      guard gid < codes.count, codes[gid] >= 0 else { return text.isEmpty }
      return (unicodeText(forCode: Int(codes[gid])) ?? "") == text
    }
    var extracted = ""
    for k in cluster {
      let gid = Int(glyphs[k].id)
      guard gid < codes.count, codes[gid] >= 0 else { continue }
      if let t = unicodeText(forCode: Int(codes[gid])) { extracted += t }
    }
    return extracted == text
  }
}
