import Dispatch
import Testing
import TypesetCore

@testable import TypesetText

/// The printable-ASCII shortcut must give exactly HarfBuzz's result.
@Suite struct ShortcutEquivalenceTests {
  static let styles: [TextStyle] = [
    TextStyle(),
    TextStyle(features: [.tabularNumbers]),
    TextStyle(font: FontStyle(isBold: true), size: .pt(9)),
    TextStyle(font: FontStyle(isBold: true, isItalic: true), size: .pt(11.5)),
    TextStyle(font: FontStyle(isItalic: true)),
    TextStyle(font: FontStyle(family: .mono)),
    TextStyle(features: [FontFeature("liga", 0), FontFeature("kern", 0)]),
  ]

  /// A deterministic generator (no `Hasher`, no system randomness).
  struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
  }

  static func samples() -> [String] {
    var g = Generator(state: 42)
    var out = [
      "1,234.56", "2024-02-29", "INV-2024-00017", "Payment received, thank you", "AVAWAY To Wa", "office", "fluffy",
      "  x  ", "-", "1.234,56 €", "Zoë – Müller", "a\u{AD}b", "A\u{AD}V",
    ]
    let latin1 = (0xA0...0xFF).compactMap(Unicode.Scalar.init)
    let extras = ["€", "–", "—", "“", "”", "…", "\u{202F}"].flatMap(\.unicodeScalars)
    for _ in 0..<300 {
      let length = 1 + Int(g.next() % 30)
      var s = ""
      for _ in 0..<length {
        let r = g.next() % 10
        if r < 7 {
          s.unicodeScalars.append(Unicode.Scalar(UInt8(0x20 + g.next() % 95)))
        } else if r < 9 {
          s.unicodeScalars.append(latin1[Int(g.next() % UInt64(latin1.count))])
        } else {
          s.unicodeScalars.append(extras[Int(g.next() % UInt64(extras.count))])
        }
      }
      out.append(s)
    }
    return out
  }

  @Test(arguments: styles)
  func shortcutMatchesHarfBuzz(_ style: TextStyle) {
    var shortcutTaken = 0
    for text in Self.samples() {
      let fast = Fixtures.shaper.shape(text, style: style)
      let slow = Fixtures.shaper.shapeWithHarfBuzz([StyledSpan(text, style: style)], direction: .auto)
      #expect(fast.debugText == slow.debugText, "\(text)")
      #expect(fast.runs.map(\.glyphs) == slow.runs.map(\.glyphs))
      let table = Fixtures.book.pairTables.table(
        font: Fixtures.book.chainIndices[style.font.index][0], in: Fixtures.book, features: style.features)
      if table.compose(text) != nil { shortcutTaken += 1 }
    }
    // The Noto faces are pairwise for most ASCII pairs, so the shortcut is actually exercised.
    #expect(shortcutTaken > Self.samples().count / 2)
  }

  @Test func preparedShapingChangesNoResult() throws {
    // Two books of their own: one prepared on another thread while it shapes, one not.
    let prepared = try FontBook(directory: FontLocator.fontsDirectory(), includeSystemFallbacks: false)
    let fresh = try FontBook(directory: FontLocator.fontsDirectory(), includeSystemFallbacks: false)
    let styles = Self.styles
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      prepared.prepareShaping(for: styles)
      done.signal()
    }
    for style in styles {
      for text in Self.samples().prefix(40) {
        let a = Shaper(fontBook: prepared).shape(text, style: style)
        let b = Shaper(fontBook: fresh).shape(text, style: style)
        #expect(a.runs.map(\.glyphs) == b.runs.map(\.glyphs), "\(text)")
      }
    }
    done.wait()
  }

  @Test func tablesMadeAheadShapeLikeHarfBuzz() throws {
    // A book of its own: its tables exist from the start instead of after `warmUpCount` texts.
    let book = try FontBook(directory: FontLocator.fontsDirectory(), includeSystemFallbacks: false)
    book.makeShapingShortcuts(for: Self.styles)
    book.makeShapingShortcuts(for: Self.styles)  // made already: skipped
    let shaper = Shaper(fontBook: book)
    for style in Self.styles {
      let index = book.chainIndices[style.font.index][0]
      let table = try #require(book.pairTables.shortcutTable(font: index, in: book, features: style.features))
      #expect(table === book.pairTables.table(font: index, in: book, features: style.features))
      for text in Self.samples().prefix(60) {
        let fast = shaper.shape(text, style: style)
        let slow = shaper.shapeWithHarfBuzz([StyledSpan(text, style: style)], direction: .auto)
        #expect(fast.runs.map(\.glyphs) == slow.runs.map(\.glyphs), "\(text)")
      }
    }
  }
}
