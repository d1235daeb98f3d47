import TypesetCore

/// A paragraph after line breaking: lines ready to stack, top to bottom.
struct SetParagraph {
  /// How the lines were found.
  enum Breaking: Equatable {
    /// The text fit on one line; no breaking was needed (the fast path for table cells).
    case singleLine
    /// Knuth–Plass total-fit breaking over UAX #14 opportunities.
    case totalFit
  }

  var lines: [SetLine]
  var breaking: Breaking
  var warnings: [LayoutWarning]

  /// The sum of line heights.
  var height: Length { lines.reduce(.zero) { $0 + $1.height } }
}

/// One line: a frame as wide as the measure whose items sit on a baseline `baseline` below its top.
struct SetLine {
  var frame: Frame
  var baseline: Length
  var height: Length { frame.size.height }
  /// The horizontal extent of the line's ink-bearing text (from the start of the first item to the
  /// end of the last), relative to the line's left edge.
  var textStart: Length
  var textEnd: Length
}
