import TypesetCore
import TypesetText

/// Sets a paragraph into lines: shape → break opportunities → total-fit breaking → visual runs
/// → text items.
///
/// Text that fits on one line and has no hard breaks skips breaking entirely (table cells take
/// this path). Otherwise the text is cut at mandatory breaks into segments, and each segment is
/// broken with Knuth–Plass: a box for the text between two opportunities, glue for the spaces
/// after it, and a penalty at opportunities without spaces (flagged after a hyphen).
struct ParagraphLayouter {
  let cache: ShapingCache

  /// TeX's interword glue for a space of width w is w, stretch w/2, shrink w/3 (Computer Modern's
  /// 3.33pt + 1.67pt − 1.11pt); proportions, so they hold for any font.
  static let spaceStretch: (numerator: Int64, denominator: Int64) = (1, 2)
  static let spaceShrink: (numerator: Int64, denominator: Int64) = (1, 3)
  /// Knuth–Plass's stretch for the glue that ends a paragraph: large enough that the last line
  /// never counts as loose (a "fil" glue), small enough that sums of it never overflow Int64.
  static let finishingStretch = Length.pt(100_000)
  /// The stretch a ragged line gets at its end, as TeX's `\rightskip=0pt plus 2em` at 12 pt: without
  /// it a ragged line's only stretch is its few spaces, every short line is equally "infinitely
  /// bad", and the breaker happily leaves one word alone on a line ("Late" / "fee on INV-1 …").
  static let raggedEndStretch = Length.pt(24)
  /// A break after an explicit hyphen costs like a hyphenation in TeX (\exhyphenpenalty 50).
  static let hyphenBreakCost = 50

  /// Lays out `spans` in a measure `width` wide.
  /// - Parameters:
  ///   - link: makes every line a link to this target.
  ///   - shaped: `spans` already shaped (by column sizing), or nil to shape them here.
  ///   - location: names the paragraph in warnings (evaluated only when there are any).
  func layout(
    _ spans: [StyledSpan], style: ParagraphStyle, width: Length, link: LinkItem.Target? = nil,
    shaped: ShapedParagraph? = nil, location: @autoclosure () -> String
  ) -> SetParagraph {
    // Short single-style paragraphs without links or indents (table cells) are set once per
    // distinct text, width and alignment; warnings are repeated for every use.
    guard link == nil, style.firstLineIndent == .zero, let shapeKey = cache.key(for: spans, direction: style.direction)
    else {
      return setParagraph(spans, style: style, width: width, link: link, shaped: shaped, location: location())
    }
    let key = ShapingCache.CellKey(
      shape: shapeKey, width: width.microPoints,
      lineHeight: style.lineHeight?.microPoints ?? -1, alignment: style.alignment)
    if var hit = cache.cell(key) {
      if !hit.warnings.isEmpty {
        let place = location()
        for i in hit.warnings.indices { hit.warnings[i].location = place }
      }
      return hit
    }
    // A miss shapes directly: the cell cache already remembers repeated texts.
    let set = setParagraph(
      spans, style: style, width: width, link: nil,
      shaped: shaped ?? cache.shaper.shape(spans, direction: style.direction), location: location())
    cache.remember(set, for: key)
    return set
  }

  private func setParagraph(
    _ spans: [StyledSpan], style: ParagraphStyle, width: Length, link: LinkItem.Target?,
    shaped: ShapedParagraph?, location: @autoclosure () -> String
  ) -> SetParagraph {
    let shaped = shaped ?? cache.shape(spans, direction: style.direction)
    var warnings: [LayoutWarning] = []
    if !shaped.missingGlyphs.isEmpty {
      let place = location()
      for missing in shaped.missingGlyphs {
        warnings.append(LayoutWarning(kind: .missingGlyph(message: missing.message), location: place))
      }
    }

    // Line metrics: from each span's primary font, so fallback fonts with tall ascenders
    // (Arabic) do not make lines uneven.
    var ascent = Length.zero
    var descent = Length.zero
    var largestSize = Length.zero
    for span in spans {
      let m = cache.metrics(for: span.style)
      ascent = max(ascent, m.ascent)
      descent = max(descent, m.descent)
      largestSize = max(largestSize, span.style.size)
    }
    if spans.isEmpty {
      let m = cache.metrics(for: TextStyle())
      ascent = m.ascent
      descent = m.descent
      largestSize = TextStyle().size
    }
    let lineHeight = style.lineHeight ?? largestSize.scaled(by: 6, over: 5)
    // Half the leading above the ascent, half below the descent (CSS's model); the leading is
    // negative when the font's extent exceeds the line height, which keeps baselines evenly spaced.
    let baseline = Length(microPoints: Length.roundedDivision((lineHeight - ascent - descent).microPoints, 2)) + ascent

    let isRightToLeft = shaped.baseLevel % 2 == 1
    let bytes = Array(shaped.text.utf8)
    let indent = style.firstLineIndent

    // Line ranges (UTF-8 offsets) and whether each ends its segment (never justified).
    var ranges: [(range: Range<Int>, endsSegment: Bool)] = []
    var breaking = SetParagraph.Breaking.singleLine
    let natural = shaped.runs.reduce(Length.zero) { $0 + $1.width }
    if !ParagraphLayouter.mayContainHardBreak(bytes) && natural <= width - indent {
      ranges = [(0..<bytes.count, true)]
    } else {
      breaking = .totalFit
      ranges = breakLines(shaped, bytes: bytes, width: width, indent: indent, shrinks: style.alignment == .justified)
    }

    var lines: [SetLine] = []
    lines.reserveCapacity(ranges.count)
    for (index, line) in ranges.enumerated() {
      let lineIndent = index == 0 ? indent : .zero
      let measure = width - lineIndent
      let left = (index == 0 && !isRightToLeft) ? indent : .zero
      let set = setLine(
        shaped, bytes: bytes, range: line.range, measure: measure, left: left, lineWidth: width,
        alignment: style.alignment, isRightToLeft: isRightToLeft,
        justifies: style.alignment == .justified && !line.endsSegment,
        lineHeight: lineHeight, baseline: baseline, link: link)
      if set.excess > .zero {
        warnings.append(LayoutWarning(kind: .overfullLine(excess: set.excess), location: location()))
      }
      lines.append(set.line)
    }
    if lines.isEmpty {
      lines.append(
        SetLine(
          frame: Frame(size: Size(width: width, height: lineHeight)), baseline: baseline,
          textStart: .zero, textEnd: .zero))
    }
    return SetParagraph(lines: lines, breaking: breaking, warnings: warnings)
  }

  /// Whether the bytes hold a mandatory break (LF, CR, VT, FF, NEL, LS, PS): a cheap byte scan
  /// that lets most table cells skip UAX #14.
  static func mayContainHardBreak(_ bytes: [UInt8]) -> Bool {
    var i = 0
    while i < bytes.count {
      switch bytes[i] {
      case 0x0A, 0x0B, 0x0C, 0x0D: return true
      case 0xC2: if i + 1 < bytes.count && bytes[i + 1] == 0x85 { return true }  // U+0085
      case 0xE2:  // U+2028, U+2029
        if i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) { return true }
      default: break
      }
      i += 1
    }
    return false
  }

  /// Whether `b` is a space that ends a word and stretches in justified text (or a hard-break
  /// character, which is never drawn).
  static func isTrailingWhitespace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C
  }

  /// `range` without trailing whitespace.
  static func trimmed(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
    var end = range.upperBound
    while end > range.lowerBound && isTrailingWhitespace(bytes[end - 1]) { end -= 1 }
    // A trailing U+2028/U+2029/U+0085 (hard breaks outside ASCII) is not drawn either.
    if end - range.lowerBound >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80,
      bytes[end - 1] == 0xA8 || bytes[end - 1] == 0xA9
    {
      end -= 3
    } else if end - range.lowerBound >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0x85 {
      end -= 2
    }
    return range.lowerBound..<end
  }

  /// Breaks the paragraph into line ranges with Knuth–Plass, segment by segment.
  /// - Parameter shrinks: whether spaces may shrink (justified text only: ragged lines are set at
  ///   their natural width, so a line that needed shrinking would stick out of the measure).
  private func breakLines(_ shaped: ShapedParagraph, bytes: [UInt8], width: Length, indent: Length, shrinks: Bool)
    -> [(range: Range<Int>, endsSegment: Bool)]
  {
    let opportunities = Self.keepingAddressesWhole(LineBreaker.opportunities(in: shaped.text), bytes: bytes)
    var result: [(range: Range<Int>, endsSegment: Bool)] = []
    var segmentStart = 0
    var pieces: [Int] = []  // opportunity offsets inside the current segment
    for opportunity in opportunities {
      let offset = min(max(opportunity.offset, 0), bytes.count)
      guard offset > segmentStart else { continue }
      if opportunity.isMandatory || offset == bytes.count {
        pieces.append(offset)
        let widths = result.isEmpty ? [width - indent, width] : [width]
        result += breakSegment(
          shaped, bytes: bytes, start: segmentStart, ends: pieces, lineWidths: widths, shrinks: shrinks)
        segmentStart = offset
        pieces.removeAll(keepingCapacity: true)
      } else {
        pieces.append(offset)
      }
    }
    if segmentStart < bytes.count {
      // The breaker always ends with the end of text; this guards against one that does not.
      pieces.append(bytes.count)
      result += breakSegment(
        shaped, bytes: bytes, start: segmentStart, ends: pieces,
        lineWidths: result.isEmpty ? [width - indent, width] : [width], shrinks: shrinks)
    }
    return result
  }

  /// Knuth–Plass over one segment (no mandatory breaks inside) whose pieces end at `ends`.
  private func breakSegment(
    _ shaped: ShapedParagraph, bytes: [UInt8], start: Int, ends: [Int],
    lineWidths: [Length], shrinks: Bool
  ) -> [(range: Range<Int>, endsSegment: Bool)] {
    var items: [ParagraphItem] = []
    var breakOffsets: [Int] = []  // per item: the offset where the next line starts if broken here
    items.reserveCapacity(ends.count * 2 + 2)
    breakOffsets.reserveCapacity(ends.count * 2 + 2)
    var pieceStart = start
    for (index, end) in ends.enumerated() {
      let content = ParagraphLayouter.trimmed(pieceStart..<end, in: bytes)
      items.append(.box(width: shaped.width(of: content)))
      breakOffsets.append(-1)
      if index == ends.count - 1 {
        items.append(.glue(width: .zero, stretch: ParagraphLayouter.finishingStretch, shrink: .zero))
        breakOffsets.append(-1)
        items.append(.penalty(width: .zero, cost: -10_000, isFlagged: false))
        breakOffsets.append(end)
      } else if !shrinks {
        // Ragged: Knuth and Plass's sequence glue(0, +R) penalty glue(space, −R), so a line
        // broken here ends with R of stretch and one not broken here nets none.
        let space = content.upperBound < end ? shaped.width(of: content.upperBound..<end) : .zero
        let afterHyphen = space == .zero && content.upperBound > content.lowerBound && bytes[content.upperBound - 1] == 0x2D
        items.append(.glue(width: .zero, stretch: Self.raggedEndStretch, shrink: .zero))
        breakOffsets.append(end)
        items.append(.penalty(width: .zero, cost: afterHyphen ? Self.hyphenBreakCost : 0, isFlagged: afterHyphen))
        breakOffsets.append(end)
        items.append(
          .glue(
            width: space, stretch: space.scaled(by: Self.spaceStretch.numerator, over: Self.spaceStretch.denominator)
              - Self.raggedEndStretch, shrink: .zero))
        breakOffsets.append(-1)
      } else if content.upperBound < end {
        let space = shaped.width(of: content.upperBound..<end)
        items.append(
          .glue(
            width: space,
            stretch: space.scaled(by: Self.spaceStretch.numerator, over: Self.spaceStretch.denominator),
            shrink: shrinks ? space.scaled(by: Self.spaceShrink.numerator, over: Self.spaceShrink.denominator) : .zero))
        breakOffsets.append(end)
      } else {
        let afterHyphen = content.upperBound > content.lowerBound && bytes[content.upperBound - 1] == 0x2D
        items.append(.penalty(width: .zero, cost: afterHyphen ? Self.hyphenBreakCost : 0, isFlagged: afterHyphen))
        breakOffsets.append(end)
      }
      pieceStart = end
    }
    let result = KnuthPlass.breakLines(items, parameters: LineBreakParameters(lineWidths: lineWidths))
    var lines: [(range: Range<Int>, endsSegment: Bool)] = []
    var lineStart = start
    let segmentEnd = ends.last ?? start
    for b in result.breaks where b >= 0 && b < breakOffsets.count {
      let end = breakOffsets[b] >= 0 ? breakOffsets[b] : segmentEnd
      guard end > lineStart else { continue }
      lines.append((lineStart..<end, end == segmentEnd))
      lineStart = end
    }
    if lineStart < segmentEnd { lines.append((lineStart..<segmentEnd, true)) }
    return lines
  }

  /// One-character strings for ASCII bytes, so that the common cluster (one ASCII character)
  /// costs no allocation.
  static let asciiStrings: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

  /// `shaped.clusterText(of:in:)`, answered without building a string when the glyph is the only
  /// glyph of a one-byte ASCII cluster in a left-to-right run (the same result, much cheaper).
  static func clusterText(of index: Int, in run: ShapedRun, shaped: ShapedParagraph, bytes: [UInt8]) -> String {
    let glyphs = run.glyphs
    if !run.isRightToLeft {
      let cluster = glyphs[index].cluster
      let end = index + 1 < glyphs.count ? glyphs[index + 1].cluster : run.range.upperBound
      if end == cluster + 1, cluster >= 0, cluster < bytes.count, bytes[cluster] < 0x80,
        index == 0 || glyphs[index - 1].cluster != cluster
      {
        return asciiStrings[Int(bytes[cluster])]
      }
    }
    return shaped.clusterText(of: index, in: run)
  }

  /// Builds one line's text items in visual order.
  private func setLine(
    _ shaped: ShapedParagraph, bytes: [UInt8], range: Range<Int>, measure: Length, left: Length,
    lineWidth: Length, alignment: TextAlignment, isRightToLeft: Bool, justifies: Bool,
    lineHeight: Length, baseline: Length, link: LinkItem.Target?
  )
    -> (line: SetLine, excess: Length)
  {
    let runs = shaped.lineRuns(range, trimTrailingWhitespace: true)
    let visible = ParagraphLayouter.trimmed(range, in: bytes)
    var natural = Length.zero
    var spaces = 0
    for run in runs {
      natural += run.width
      if justifies {
        for glyph in run.glyphs where visible.contains(glyph.cluster) && bytes[glyph.cluster] == 0x20 { spaces += 1 }
      }
    }

    // Justification: spread the difference over the inter-word spaces, never shrinking a space
    // by more than a third (Knuth–Plass's shrink), so overfull fallback lines do not overlap.
    var extras: [Length] = []
    if justifies && spaces > 0 && natural != measure {
      var total = measure - natural
      if total < .zero {
        let spaceWidth = runs.reduce(Length.zero) { sum, run in
          run.glyphs.reduce(sum) { visible.contains($1.cluster) && bytes[$1.cluster] == 0x20 ? $0 + $1.advance : $0 }
        }
        total = max(total, -spaceWidth.scaled(by: 1, over: 3))
      }
      extras = total < .zero ? (-total).split(into: spaces).map { -$0 } : total.split(into: spaces)
      natural += total
    }

    let resolved: TextAlignment
    switch alignment {
    case .start, .justified: resolved = isRightToLeft ? .right : .left
    case .end: resolved = isRightToLeft ? .left : .right
    case .left, .right, .center: resolved = alignment
    }
    var pen: Length
    switch resolved {
    case .right: pen = left + measure - natural
    case .center: pen = left + Length(microPoints: Length.roundedDivision((measure - natural).microPoints, 2))
    default: pen = left
    }
    let start = pen

    var frame = Frame(size: Size(width: lineWidth, height: lineHeight))
    var extraIndex = 0
    for run in runs where !run.glyphs.isEmpty {
      var placed: [PlacedGlyph] = []
      placed.reserveCapacity(run.glyphs.count)
      var x = Length.zero
      for (i, glyph) in run.glyphs.enumerated() {
        var advance = glyph.advance
        if extraIndex < extras.count, visible.contains(glyph.cluster), bytes[glyph.cluster] == 0x20 {
          advance += extras[extraIndex]
          extraIndex += 1
        }
        placed.append(
          PlacedGlyph(
            id: glyph.id, x: x, xOffset: glyph.xOffset, yOffset: glyph.yOffset,
            advance: advance, text: ParagraphLayouter.clusterText(of: i, in: run, shaped: shaped, bytes: bytes)))
        x += advance
      }
      var actualText: String? = nil
      if run.isRightToLeft {
        let lower = max(run.range.lowerBound, visible.lowerBound)
        let upper = min(run.range.upperBound, visible.upperBound)
        if lower < upper { actualText = String(decoding: bytes[lower..<upper], as: UTF8.self) }
      }
      let item = TextItem(
        font: run.font, size: run.style.size, color: run.style.color, glyphs: placed,
        actualText: actualText)
      frame.push(.text(item), at: Point(x: pen, y: baseline))
      pen += item.width
    }
    if let link, pen > start {
      frame.push(
        .link(LinkItem(size: Size(width: pen - start, height: lineHeight), target: link)),
        at: Point(x: start, y: .zero))
    }
    let excess = natural - measure
    return (SetLine(frame: frame, baseline: baseline, textStart: start, textEnd: pen), max(excess, .zero))
  }
}

extension ParagraphLayouter {
  /// `opportunities` without those inside an e-mail address or a URL: a run of characters
  /// without spaces that holds "@" or "://" is kept on one line (a tailoring of UAX #14, which
  /// allows a break after the hyphen in "billing@bluebonnet-supply.example"). A reader must be able
  /// to copy the address whole, and pdftotext joins a line that ends in a hyphen to the next
  /// without it. Mandatory breaks stay; an address longer than the line overflows it instead.
  static func keepingAddressesWhole(_ opportunities: [LineBreakOpportunity], bytes: [UInt8]) -> [LineBreakOpportunity] {
    guard bytes.contains(where: { $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: ":") }) else { return opportunities }
    func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    // The byte ranges of address-like runs.
    var addresses: [Range<Int>] = []
    var start = 0
    while start < bytes.count {
      while start < bytes.count && isSpace(bytes[start]) { start += 1 }
      var end = start
      var isAddress = false
      while end < bytes.count && !isSpace(bytes[end]) {
        if bytes[end] == UInt8(ascii: "@") { isAddress = true }
        if bytes[end] == UInt8(ascii: ":"), end + 2 < bytes.count, bytes[end + 1] == UInt8(ascii: "/"),
          bytes[end + 2] == UInt8(ascii: "/")
        {
          isAddress = true
        }
        end += 1
      }
      if isAddress { addresses.append(start..<end) }
      start = end
    }
    guard !addresses.isEmpty else { return opportunities }
    return opportunities.filter { opportunity in
      opportunity.isMandatory
        || !addresses.contains { $0.lowerBound < opportunity.offset && opportunity.offset < $0.upperBound }
    }
  }
}
