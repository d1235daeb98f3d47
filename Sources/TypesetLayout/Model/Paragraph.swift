import TypesetCore
import TypesetText

/// A paragraph: styled text spans set as one block of lines.
public struct Paragraph: Sendable {
  /// The text in logical order; each span carries its own font, size, colour and features.
  public var spans: [StyledSpan]
  /// Alignment, spacing and line height.
  public var style: ParagraphStyle
  /// A named destination at the paragraph's first line.
  public var anchor: String?
  /// Makes every line of the paragraph a link to this target.
  public var link: LinkItem.Target?

  public init(
    spans: [StyledSpan], style: ParagraphStyle = ParagraphStyle(), anchor: String? = nil,
    link: LinkItem.Target? = nil
  ) {
    self.spans = spans
    self.style = style
    self.anchor = anchor
    self.link = link
  }

  /// A paragraph of one text style.
  public init(
    _ text: String, textStyle: TextStyle = TextStyle(), style: ParagraphStyle = ParagraphStyle(),
    anchor: String? = nil, link: LinkItem.Target? = nil
  ) {
    self.init(spans: [StyledSpan(text, style: textStyle)], style: style, anchor: anchor, link: link)
  }

  /// The paragraph's text, all spans concatenated.
  public var text: String { spans.map(\.text).joined() }
}

/// How a paragraph's lines are set and spaced.
public struct ParagraphStyle: Sendable, Hashable {
  /// How lines sit in the measure.
  public var alignment: TextAlignment
  /// The base direction; `.auto` takes it from the first strong character.
  public var direction: ParagraphDirection
  /// Space above the paragraph (dropped at the top of a page after a break).
  public var spaceBefore: Length
  /// Space below the paragraph, added to the next block's space before.
  public var spaceAfter: Length
  /// The distance between baselines; nil for 1.2 × the largest font size in the paragraph.
  public var lineHeight: Length?
  /// Indentation of the first line at the start side.
  public var firstLineIndent: Length
  /// Keeps the paragraph on the same page as the start of the next block (headings).
  public var keepsWithNext: Bool

  public init(
    alignment: TextAlignment = .start, direction: ParagraphDirection = .auto,
    spaceBefore: Length = .zero, spaceAfter: Length = .zero, lineHeight: Length? = nil,
    firstLineIndent: Length = .zero, keepsWithNext: Bool = false
  ) {
    self.alignment = alignment
    self.direction = direction
    self.spaceBefore = spaceBefore
    self.spaceAfter = spaceAfter
    self.lineHeight = lineHeight
    self.firstLineIndent = firstLineIndent
    self.keepsWithNext = keepsWithNext
  }
}

/// Horizontal alignment of lines within the measure.
public enum TextAlignment: Sendable, Hashable {
  /// Left in a left-to-right paragraph, right in a right-to-left one.
  case start
  /// Right in a left-to-right paragraph, left in a right-to-left one.
  case end
  case left
  case right
  case center
  /// Every line but the last (and lines ending in a hard break) fills the measure by stretching
  /// inter-word spaces; the last line is set at the start side.
  case justified
}
