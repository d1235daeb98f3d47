import TypesetCore

/// The knobs of Knuth–Plass line breaking. The defaults are TeX's plain-format values.
public struct LineBreakParameters: Sendable {
  /// The largest badness (100 × ratio³, capped at 10000) a line may have in the first pass.
  ///
  /// 200 is plain TeX's `\tolerance`: it admits lines whose spaces stretch to about 1.26 times
  /// their stretchability, which looks even in justified text. When no solution exists within it,
  /// `KnuthPlass.breakLines` retries with any badness before giving up on total fit.
  public var tolerance: Int = 200

  /// How many lines longer (positive) or shorter (negative) than optimal the paragraph should be,
  /// if a feasible solution with that many lines exists (TeX's `\looseness`).
  public var looseness: Int = 0

  /// The cost to give penalties at hyphenation points when building items.
  ///
  /// The breaker uses each penalty's own cost; this value is for the caller that builds
  /// discretionary-hyphen penalties, so the whole policy travels in one value. 50 is TeX's
  /// `\hyphenpenalty` from the paper; Typst uses 135 because it hyphenates more eagerly.
  public var hyphenPenalty: Int = 50

  /// Extra demerits when two consecutive lines both end at flagged penalties (two hyphens in a
  /// row).
  ///
  /// A line's demerits are (10 + badness)², so 3000 equals the cost of one line of badness ~45:
  /// a second hyphen in a row must avoid a visibly loose line to be worth it, but it never
  /// outweighs an overfull or very loose line. Plain TeX's `\doublehyphendemerits` is a stricter
  /// 10000.
  public var flaggedDemerits: Int = 3000

  /// Extra demerits when adjacent lines differ by more than one fitness class (a very loose
  /// line next to a decent or tight one).
  ///
  /// Same scale argument as `flaggedDemerits`: 3000 is one line of badness ~45, enough to prefer
  /// evenly spaced neighbours without overriding the badness of the lines themselves. Plain TeX's
  /// `\adjdemerits` is 10000.
  public var fitnessDemerits: Int = 3000

  /// The width of line i; the last entry repeats for all further lines. An empty list means
  /// zero-width lines (every line is overfull).
  public var lineWidths: [Length]

  /// Creates parameters with TeX's defaults for the given line widths.
  public init(lineWidths: [Length]) {
    self.lineWidths = lineWidths
  }

  /// The largest magnitude accepted for the extra demerits: 2⁴⁰ dwarfs any line's demerits
  /// (at most 10⁸ plus a penalty²) yet leaves room to add up a million lines without overflow.
  static let demeritsLimit = 1 << 40

  /// A copy with every knob clamped to a range the integer arithmetic handles without overflow.
  func sanitized(itemCount: Int) -> LineBreakParameters {
    var copy = self
    copy.tolerance = min(max(tolerance, 0), LineFit.infiniteBadness)
    copy.looseness = min(max(looseness, -itemCount), itemCount)
    copy.flaggedDemerits = min(max(flaggedDemerits, -Self.demeritsLimit), Self.demeritsLimit)
    copy.fitnessDemerits = min(max(fitnessDemerits, -Self.demeritsLimit), Self.demeritsLimit)
    return copy
  }

  /// The width of the line with zero-based `index`.
  func width(ofLine index: Int) -> Length {
    guard let last = lineWidths.last else { return .zero }
    return index < lineWidths.count ? lineWidths[index] : last
  }
}
