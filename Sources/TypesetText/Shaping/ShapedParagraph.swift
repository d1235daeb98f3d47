import TypesetCore

/// A paragraph after bidi resolution, itemization and shaping: runs in logical order, ready to be
/// measured and broken into lines.
public struct ShapedParagraph: Sendable {
  /// All spans' text concatenated; every offset in the paragraph counts UTF-8 bytes of it.
  public var text: String
  /// The paragraph embedding level: 0 for a left-to-right paragraph, 1 for right-to-left.
  public var baseLevel: UInt8
  /// The runs in logical order, split at every bidi-level, script, font and style change. Their
  /// ranges are ascending and together cover the text.
  public var runs: [ShapedRun]
  /// The characters no face covers, in text order.
  public var missingGlyphs: [MissingGlyph]

  /// Creates a paragraph from its parts.
  public init(text: String, baseLevel: UInt8, runs: [ShapedRun], missingGlyphs: [MissingGlyph]) {
    self.text = text
    self.baseLevel = baseLevel
    self.runs = runs
    self.missingGlyphs = missingGlyphs
  }

  /// The total advance of all runs.
  public var width: Length {
    var w = Length.zero
    for run in runs { w += run.width }
    return w
  }

  /// Sum of advances of the glyphs whose cluster lies in `range` (UTF-8 offsets).
  ///
  /// O(log runs + runs in range + log glyphs) : whole runs add their stored width and the two end
  /// runs are searched by cluster.
  public func width(of range: Range<Int>) -> Length {
    guard !range.isEmpty else { return .zero }
    var total = Length.zero
    var i = firstRunIndex(endingAfter: range.lowerBound)
    while i < runs.count, runs[i].range.lowerBound < range.upperBound {
      let run = runs[i]
      if range.lowerBound <= run.range.lowerBound && run.range.upperBound <= range.upperBound {
        total += run.width
      } else {
        for g in run.glyphs[run.glyphIndices(clusters: range)] { total += g.advance }
      }
      i += 1
    }
    return total
  }

  /// The index of the first run whose range ends after `offset` (binary search), or `runs.count`.
  func firstRunIndex(endingAfter offset: Int) -> Int {
    var low = 0
    var high = runs.count
    while low < high {
      let mid = (low + high) / 2
      if runs[mid].range.upperBound > offset { high = mid } else { low = mid + 1 }
    }
    return low
  }

  /// The text a glyph stands for: the whole cluster's characters (in logical order; "ffi" for
  /// the ffi ligature) for the first glyph of its cluster in the run's glyph array, "" for the
  /// cluster's other glyphs. "" when `glyphIndex` is out of bounds.
  public func clusterText(of glyphIndex: Int, in run: ShapedRun) -> String {
    let glyphs = run.glyphs
    guard glyphs.indices.contains(glyphIndex) else { return "" }
    let cluster = glyphs[glyphIndex].cluster
    if glyphIndex > 0 && glyphs[glyphIndex - 1].cluster == cluster { return "" }
    var end = run.range.upperBound
    if run.isRightToLeft {
      // Clusters descend along the array: the previous glyph holds the next cluster.
      if glyphIndex > 0 { end = glyphs[glyphIndex - 1].cluster }
    } else {
      var j = glyphIndex + 1
      while j < glyphs.count && glyphs[j].cluster == cluster { j += 1 }
      if j < glyphs.count { end = glyphs[j].cluster }
    }
    return substring(cluster..<end)
  }

  /// The text between two UTF-8 offsets (clamped; offsets inside a character are widened to it).
  public func substring(_ range: Range<Int>) -> String {
    let utf8 = text.utf8
    let lower = min(max(0, range.lowerBound), utf8.count)
    let upper = min(max(lower, range.upperBound), utf8.count)
    let from = utf8.index(utf8.startIndex, offsetBy: lower)
    let to = utf8.index(utf8.startIndex, offsetBy: upper)
    return String(decoding: utf8[from..<to], as: UTF8.self)
  }
}
