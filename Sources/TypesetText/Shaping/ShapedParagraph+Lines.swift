extension ShapedParagraph {
  /// The runs of one line `range` (a sub-range of the text, e.g. between two break
  /// opportunities), cut at the range ends (glyphs filtered by cluster), and reordered into
  /// visual order (left to right) per UAX #9 rule L2 using the runs' levels.
  ///
  /// Trailing whitespace is left out when `trimTrailingWhitespace`; otherwise it is kept at the
  /// paragraph's base level (rule L1), so in a right-to-left paragraph it ends up at the left.
  public func lineRuns(_ range: Range<Int>, trimTrailingWhitespace: Bool = true) -> [ShapedRun] {
    let count = text.utf8.count
    let lower = min(max(0, range.lowerBound), count)
    let upper = min(max(lower, range.upperBound), count)
    guard lower < upper else { return [] }
    let whitespaceStart = trailingWhitespaceStart(lower..<upper)
    var pieces = cut(lower..<whitespaceStart)
    if !trimTrailingWhitespace && whitespaceStart < upper {
      for var piece in cut(whitespaceStart..<upper) {
        piece.bidiLevel = baseLevel
        pieces.append(piece)
      }
    }
    return ShapedParagraph.reorderVisually(pieces)
  }

  /// The runs overlapping `range`, cut to it, in logical order.
  private func cut(_ range: Range<Int>) -> [ShapedRun] {
    guard !range.isEmpty else { return [] }
    var out: [ShapedRun] = []
    var i = firstRunIndex(endingAfter: range.lowerBound)
    while i < runs.count, runs[i].range.lowerBound < range.upperBound {
      if let piece = runs[i].cut(to: range) { out.append(piece) }
      i += 1
    }
    return out
  }

  /// Where the whitespace at the end of `range` starts (`range.upperBound` when there is none).
  /// Whitespace means the characters of bidi class WS, S and B: space, tab, line and paragraph
  /// separators, the U+2000 spaces, but not the no-break space.
  func trailingWhitespaceStart(_ range: Range<Int>) -> Int {
    var end = range.upperBound
    var text = text
    text.makeContiguousUTF8()  // O(1) for native strings
    _ = text.utf8.withContiguousStorageIfAvailable { bytes in
      while end > range.lowerBound {
        var start = end - 1
        while start > range.lowerBound && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard let scalar = UTF8.decodeOne(bytes, from: start, to: end), ShapedParagraph.isLineEndWhitespace(scalar)
        else { break }
        end = start
      }
    }
    return end
  }

  /// Whether a trailing `scalar` is removed from line ends (UAX #9 L1 whitespace).
  static func isLineEndWhitespace(_ value: UInt32) -> Bool {
    switch value {
    case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x205F, 0x3000: return true
    default: return false
    }
  }

  /// UAX #9 rule L2: from the highest level down to the lowest odd level, reverse every maximal
  /// sequence of runs at that level or higher.
  static func reorderVisually(_ runs: [ShapedRun]) -> [ShapedRun] {
    guard runs.count > 1 else { return runs }
    var maxLevel: UInt8 = 0
    var minOddLevel = UInt8.max
    for r in runs {
      maxLevel = max(maxLevel, r.bidiLevel)
      if r.bidiLevel & 1 == 1 { minOddLevel = min(minOddLevel, r.bidiLevel) }
    }
    guard minOddLevel != UInt8.max else { return runs }
    var out = runs
    var level = maxLevel
    while level >= minOddLevel {
      var i = 0
      while i < out.count {
        guard out[i].bidiLevel >= level else {
          i += 1
          continue
        }
        var j = i
        while j < out.count && out[j].bidiLevel >= level { j += 1 }
        out[i..<j].reverse()
        i = j
      }
      if level == 0 { break }
      level -= 1
    }
    return out
  }
}

extension UTF8 {
  /// Decodes the one scalar in `bytes[start..<end]`, or nil when it is not exactly one valid scalar.
  static func decodeOne(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt32? {
    var iterator = bytes[start..<end].makeIterator()
    var decoder = UTF8()
    guard case .scalarValue(let s) = decoder.decode(&iterator) else { return nil }
    return s.value
  }
}
