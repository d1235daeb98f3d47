import TypesetCore
import TypesetText

/// Remembers shaped short texts and each style's primary-font metrics during one layout call.
///
/// Statements repeat the same strings thousands of times ("Payment", dates, column headers), so
/// shaping each distinct (text, style) pair once pays. Only texts up to `maximumCachedBytes` are
/// kept, which bounds memory. Not shared between threads: each layout call owns one.
final class ShapingCache {
  private struct Key: Hashable {
    var texts: [String]
    var styles: [TextStyle]
    var direction: ParagraphDirection
  }

  /// Texts longer than this (in UTF-8 bytes) are shaped every time: they rarely repeat.
  static let maximumCachedBytes = 96

  let shaper: Shaper
  let fontBook: FontBook
  private var paragraphs: [Key: ShapedParagraph] = [:]
  private var metrics: [TextStyle: FontMetrics] = [:]

  init(shaper: Shaper, fontBook: FontBook) {
    self.shaper = shaper
    self.fontBook = fontBook
  }

  /// The shaped paragraph for `spans`, from the cache when the text is short.
  func shape(_ spans: [StyledSpan], direction: ParagraphDirection) -> ShapedParagraph {
    var bytes = 0
    for span in spans { bytes += span.text.utf8.count }
    guard bytes <= ShapingCache.maximumCachedBytes else { return shaper.shape(spans, direction: direction) }
    let key = Key(texts: spans.map(\.text), styles: spans.map(\.style), direction: direction)
    if let hit = paragraphs[key] { return hit }
    let shaped = shaper.shape(spans, direction: direction)
    paragraphs[key] = shaped
    return shaped
  }

  /// Ascent and descent of `style`'s primary font at the style's size.
  func metrics(for style: TextStyle) -> FontMetrics {
    if let hit = metrics[style] { return hit }
    let value: FontMetrics
    if let font = fontBook.fallbackChain(for: style.font).first {
      value = FontMetrics(ascent: font.length(fontUnits: font.ascender, size: style.size),
                          descent: font.length(fontUnits: -font.descender, size: style.size))
    } else {
      // No font at all: typical proportions of a sans face.
      value = FontMetrics(ascent: style.size.scaled(by: 4, over: 5), descent: style.size.scaled(by: 1, over: 5))
    }
    metrics[style] = value
    return value
  }
}

/// Vertical font metrics at a size: ascent above and descent below the baseline (both positive).
struct FontMetrics: Hashable {
  var ascent: Length
  var descent: Length
}
