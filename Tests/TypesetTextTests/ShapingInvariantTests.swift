import Testing
import TypesetCore

@testable import TypesetText

/// Properties that hold for any text: checked on deterministic pseudo-random mixes of scripts,
/// marks, brackets, controls, bidi controls and unassigned code points.
@Suite struct ShapingInvariantTests {
  static let alphabet: [[Unicode.Scalar]] = [
    Array("abcXYZ fi ffl AV 0123456789.,-".unicodeScalars),
    Array("Müller Çé ñ ß Œ".unicodeScalars),
    Array("שלום כהן ְ ּ".unicodeScalars),
    Array("شركة النور ١٢٣ ً ّ".unicodeScalars),
    Array("()[]«»“”'\" — !?:;".unicodeScalars),
    [
      "\t", "\n", "\u{200D}", "\u{200C}", "\u{200F}", "\u{200E}", "\u{2067}", "\u{2069}", "\u{202B}", "\u{202C}",
      "\u{FE0F}",
    ],
    ["\u{0301}", "\u{0308}", "\u{0378}", "\u{1F600}", "\u{E000}", "\u{10FFFD}", "\u{3000}", "\u{00A0}"],
  ]

  static func texts() -> [String] {
    var g = ShortcutEquivalenceTests.Generator(state: 7)
    var out: [String] = []
    for _ in 0..<250 {
      var s = ""
      let length = Int(g.next() % 40)
      for _ in 0..<length {
        let group = alphabet[Int(g.next() % UInt64(alphabet.count))]
        s.unicodeScalars.append(group[Int(g.next() % UInt64(group.count))])
      }
      out.append(s)
    }
    return out
  }

  @Test(arguments: [ParagraphDirection.auto, .leftToRight, .rightToLeft])
  func invariantsHold(_ direction: ParagraphDirection) {
    for text in Self.texts() {
      let p = Fixtures.shaper.shape([StyledSpan(text, style: Fixtures.body)], direction: direction)
      let n = text.utf8.count
      #expect(p.text == text)
      // Runs are contiguous, ascending and cover the text.
      if n > 0 {
        #expect(p.runs.first?.range.lowerBound == 0)
        #expect(p.runs.last?.range.upperBound == n)
      }
      #expect(zip(p.runs, p.runs.dropFirst()).allSatisfy { $0.range.upperBound == $1.range.lowerBound })
      // Every glyph's cluster lies in its run, and widths add up.
      for run in p.runs {
        #expect(run.glyphs.allSatisfy { run.range.contains($0.cluster) })
        #expect(run.width == run.glyphs.reduce(.zero) { $0 + $1.advance })
        #expect(run.isRightToLeft == (run.bidiLevel % 2 == 1))
      }
      #expect(p.width(of: 0..<n) == p.width)
      // Cluster texts reassemble the text exactly.
      var pieces: [(Int, String)] = []
      for run in p.runs {
        for i in run.glyphs.indices {
          let t = p.clusterText(of: i, in: run)
          if !t.isEmpty { pieces.append((run.glyphs[i].cluster, t)) }
        }
      }
      #expect(pieces.sorted { $0.0 < $1.0 }.map(\.1).joined() == text, "\(text.debugDescription)")
      // A whole line keeps every glyph when whitespace is kept.
      let line = p.lineRuns(0..<n, trimTrailingWhitespace: false)
      #expect(line.reduce(Length.zero) { $0 + $1.width } == p.width)
      #expect(line.reduce(0) { $0 + $1.glyphs.count } == p.runs.reduce(0) { $0 + $1.glyphs.count })
      // Missing glyphs point at the characters they name.
      for m in p.missingGlyphs {
        #expect(p.substring(m.offset..<(m.offset + UTF8.width(m.scalar))) == String(m.scalar))
      }
      // A forced direction decides the base level.
      if direction == .rightToLeft { #expect(p.baseLevel == 1) }
      if direction == .leftToRight { #expect(p.baseLevel == 0) }
    }
  }
}
