/// The Unicode line breaking algorithm (UAX #14, Unicode 15.0), rules LB1 to LB31.
///
/// No tailoring beyond the default algorithm, except that LB25 uses the regular-expression form
/// of numeric sequences from UAX #14 §8.2 Example 7, which is what the Unicode conformance data
/// (`LineBreakTest.txt`) and ICU use:
///
///     (PR | PO) × (OP | HY)? NU
///     (OP | HY) × NU
///     NU × (NU | SY | IS)
///     NU (NU | SY | IS)* × (NU | SY | IS | CL | CP)
///     NU (NU | SY | IS)* (CL | CP)? × (PO | PR)
///
/// LB1 is resolved in the generated table (AI, SG, XX → AL; SA → CM for Mn/Mc, else AL; CJ → NS).
public enum LineBreaker {
  /// Every break opportunity in `text`, ascending; never offset 0; always ends with the end of text (mandatory).
  ///
  /// The empty text has no opportunities. A text ending in a line terminator yields one mandatory
  /// opportunity at its end.
  ///
  /// - Complexity: O(n) in the number of Unicode scalars; two scratch arrays, no per-character
  ///   allocation.
  public static func opportunities(in text: String) -> [LineBreakOpportunity] {
    var entries: [LineBreakTable.Entry] = []
    var offsets: [Int] = []
    let byteCount = text.utf8.count
    entries.reserveCapacity(byteCount)
    offsets.reserveCapacity(byteCount)
    var offset = 0
    for scalar in text.unicodeScalars {
      entries.append(LineBreakTable.entry(of: scalar))
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    guard !entries.isEmpty else { return [] }

    var result: [LineBreakOpportunity] = []
    var state = LineBreakState(first: entries[0])
    for index in 1..<entries.count {
      switch state.advance(to: entries[index], lookahead: { nextUnitClass(after: index, in: entries) }) {
      case .prohibited: break
      case .allowed: result.append(LineBreakOpportunity(offset: offsets[index], isMandatory: false))
      case .mandatory: result.append(LineBreakOpportunity(offset: offsets[index], isMandatory: true))
      }
    }
    result.append(LineBreakOpportunity(offset: byteCount, isMandatory: true))
    return result
  }

  /// The class of the unit that follows the scalar at `index`, skipping attached CM and ZWJ (LB9).
  private static func nextUnitClass(after index: Int, in entries: [LineBreakTable.Entry]) -> LineBreakClass? {
    var next = index + 1
    while next < entries.count {
      let nextClass = entries[next].lineBreakClass
      if nextClass != .combiningMark && nextClass != .zeroWidthJoiner { return nextClass }
      next += 1
    }
    return nil
  }
}
