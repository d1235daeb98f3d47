import TypesetCore
import TypesetText

/// Remembers set short paragraphs (table cells) and each style's primary-font metrics during
/// one layout call.
///
/// Statements repeat the same strings thousands of times ("Payment", dates, column headers), so
/// each distinct cell (text, style, width, alignment) is shaped and set once. Keys are cheap: a
/// string plus a small integer standing for the style (styles are interned; a document has a
/// handful). Values are kept only from the second
/// time a key is seen: most amounts and references are unique, and storing them would cost more
/// than it saves; but a layout repeated for its page references (`remembersAcrossPasses`) keeps
/// them from the first, as every cell of a table that changed between passes (the contents, the
/// exhibit index) is seen again in the next pass. Only single-span texts up to `maximumCachedBytes` are considered, which bounds
/// memory. Not shared between threads: each layout call owns one.
final class ShapingCache {
  struct ShapeKey: Hashable {
    var text: String
    var style: Int
    var direction: ParagraphDirection
  }

  struct CellKey: Hashable {
    var shape: ShapeKey
    var width: Int64
    var lineHeight: Int64
    var alignment: TextAlignment
  }

  /// Texts longer than this (in UTF-8 bytes) are shaped every time: they rarely repeat. Long
  /// enough for a two-line description cell or a running header ("Zoë Design Studio – design
  /// hours, office signage and file preparation for print" repeats thousands of times in a large
  /// statement and needs HarfBuzz and line breaking each time); a key shares its text's storage,
  /// so remembering that a long text was seen costs no copy.
  static let maximumCachedBytes = 128

  let shaper: Shaper
  let fontBook: FontBook
  private var styles: [TextStyle] = []
  private var lastStyle = -1
  private var cells: [CellKey: SetParagraph] = [:]
  private var cellsSeen: Set<CellKey> = []
  private var metrics: [FontMetrics?] = []  // by style ID
  /// Paragraphs and tables already set, by what they were set from: a document laid out again
  /// for its page references (`DocumentLayouter.layout(maximumPasses:_:)`) mostly repeats them.
  private var paragraphs: [RepeatedLayoutKey: SetParagraph] = [:]
  private var tables: [RepeatedLayoutKey: TableSlices] = [:]

  /// A table's slices and the warnings setting it gave.
  struct TableSlices {
    var slices: [FlowSlice]
    var warnings: [LayoutWarning]
  }

  /// Whether set paragraphs and tables are kept for a later pass (only worth it when a document
  /// is laid out more than once; a one-pass layout makes no keys at all).
  let remembersAcrossPasses: Bool
  /// Set paragraphs shared with the other documents of a run, when there is such a run.
  let memo: LayoutMemo?

  init(shaper: Shaper, fontBook: FontBook, remembersAcrossPasses: Bool = false, memo: LayoutMemo? = nil) {
    self.shaper = shaper
    self.fontBook = fontBook
    self.remembersAcrossPasses = remembersAcrossPasses
    self.memo = memo
  }

  /// Whether paragraphs are looked up by `RepeatedLayoutKey` (kept for a later pass or shared
  /// through a memo).
  var keysParagraphs: Bool { remembersAcrossPasses || memo != nil }

  /// A small integer standing for `style` within this cache.
  func styleID(_ style: TextStyle) -> Int {
    if lastStyle >= 0 && styles[lastStyle] == style { return lastStyle }
    if let found = styles.firstIndex(of: style) {
      lastStyle = found
      return found
    }
    styles.append(style)
    lastStyle = styles.count - 1
    return lastStyle
  }

  /// The key for a single short span, or nil when the spans are not cacheable.
  func key(for spans: [StyledSpan], direction: ParagraphDirection) -> ShapeKey? {
    guard spans.count == 1, spans[0].text.utf8.count <= ShapingCache.maximumCachedBytes else { return nil }
    return ShapeKey(text: spans[0].text, style: styleID(spans[0].style), direction: direction)
  }

  /// The shaped paragraph for `spans`. Not cached: shaping a short text costs about as much as
  /// looking it up, and set cells (below) are what repeats.
  func shape(_ spans: [StyledSpan], direction: ParagraphDirection) -> ShapedParagraph {
    shaper.shape(spans, direction: direction)
  }

  /// Makes room for about `count` more cells, so that large tables do not rehash repeatedly.
  func reserveCells(_ count: Int) {
    cellsSeen.reserveCapacity(cellsSeen.count + count)
  }

  /// A set cell stored by `remember(_:for:)`.
  func cell(_ key: CellKey) -> SetParagraph? { cells[key] }
  /// Stores `cell` when `key` was seen before, or always when the layout is repeated for its
  /// page references.
  func remember(_ cell: SetParagraph, for key: CellKey) {
    if remembersAcrossPasses || !cellsSeen.insert(key).inserted { cells[key] = cell }
  }

  /// The slices of the table `key` names, set earlier in this layout call; else nil.
  func tableSlices(_ key: RepeatedLayoutKey) -> TableSlices? { tables[key] }

  /// Keeps the slices of the table `key` names for a later pass.
  func rememberTableSlices(_ entry: TableSlices, for key: RepeatedLayoutKey) {
    if remembersAcrossPasses { tables[key] = entry }
  }

  /// The paragraph `key` names, set earlier in this layout call or by another document sharing
  /// the memo; else nil.
  func setParagraph(_ key: RepeatedLayoutKey) -> SetParagraph? {
    if let local = paragraphs[key] { return local }
    guard let shared = memo?.paragraph(key) else { return nil }
    if remembersAcrossPasses { paragraphs[key] = shared }
    return shared
  }

  /// Keeps the paragraph `key` names for a later pass, and offers it to the memo.
  func rememberSetParagraph(_ paragraph: SetParagraph, for key: RepeatedLayoutKey) {
    if remembersAcrossPasses { paragraphs[key] = paragraph }
    memo?.remember(paragraph, for: key)
  }

  /// Ascent and descent of `style`'s primary font at the style's size.
  func metrics(for style: TextStyle) -> FontMetrics {
    let id = styleID(style)
    if id < metrics.count, let hit = metrics[id] { return hit }
    // The primary face only: `fallbackChain` would append the system faces and so read the
    // 19 MB CJK collection from disk for every document, needed or not.
    let font = fontBook.primaryFont(for: style.font)
    let value = FontMetrics(
      ascent: font.length(fontUnits: font.ascender, size: style.size),
      descent: font.length(fontUnits: -font.descender, size: style.size))
    if metrics.count <= id { metrics += [FontMetrics?](repeating: nil, count: id + 1 - metrics.count) }
    metrics[id] = value
    return value
  }
}

/// Vertical font metrics at a size: ascent above and descent below the baseline (both positive).
struct FontMetrics: Hashable {
  var ascent: Length
  var descent: Length
}
