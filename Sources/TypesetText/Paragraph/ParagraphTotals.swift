/// Running sums of widths, stretch and shrink, in micro-points.
struct ParagraphTotals: Sendable, Equatable {
  var width: Int64 = 0
  var stretch: Int64 = 0
  var shrink: Int64 = 0
}
