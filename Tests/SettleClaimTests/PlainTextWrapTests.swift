import Testing

@testable import SettleClaim

@Suite("Plain text wrapping: counted line lengths")
struct PlainTextWrapTests {
  /// The wrap as it was before line lengths were counted piece by piece: every length is the
  /// whole line's `count`.
  static func referenceWrap(_ text: String, width: Int, indent: String, firstLineWidth: Int?) -> String {
    func isNumberLike(_ word: Substring) -> Bool {
      word.contains(where: \.isASCII) && word.allSatisfy { ("0"..."9").contains($0) || "+()-.".contains($0) }
        && word.contains(where: { ("0"..."9").contains($0) })
    }
    var words: [String] = []
    var lastIsNumberLike = false
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      let numberLike = isNumberLike(word)
      if numberLike && lastIsNumberLike, let last = words.last, last.count + 1 + word.count <= width {
        words[words.count - 1] = last + " " + word
      } else {
        words.append(String(word))
      }
      lastIsNumberLike = numberLike
    }
    var lines: [String] = []
    var current = ""
    var limit = firstLineWidth ?? width
    for word in words {
      if current.isEmpty {
        current = (lines.isEmpty ? "" : indent) + word
      } else if current.count + 1 + word.count <= limit {
        current += " " + word
      } else {
        lines.append(current)
        limit = width
        current = indent + word
      }
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines.joined(separator: "\n")
  }

  static let texts: [String] = [
    "", "   ", "word",
    "Please pay the outstanding balance of USD 1,234.56 by 15 February 2025 or call +1 415 555 0142 to discuss a plan.",
    "Ein sehr langes Wort: Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen und danach kurze Wörter.",
    "a \u{0301}b \u{0301}\u{0301}c \u{0600} d \u{0600}\u{0600} e \u{200D}f " + String(repeating: "xy ", count: 30),
    "CR\r\nLF inside \r\n words \n and \r alone " + String(repeating: "abc\r\n ", count: 20),
    "🇩🇪 🇫🇷 👩‍👩‍👧 flags and families " + String(repeating: "🇩🇪🇫🇷 ", count: 20),
    "(030) 555-0142 +49 30 555 0142 12 34 56 78 90 12 34 56 78 90 12 34 56 78 90 12 34 56 78 90 12 34",
    String(repeating: "lorem ipsum dolor sit amet ", count: 12),
    "  +1 (415) 555-0142 ext. 12 -- 3.5 + ( ) . - 1.2.3 42x 7 ",
    " \t tab\tseparated  double  spaces \u{0B}vertical tab 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 ",
  ]

  @Test("equals the line-by-line count on ASCII and on joining marks, every width and indent")
  func equalsReference() {
    for text in Self.texts {
      for width in [20, 24, 31, 40, 72] {
        for indent in ["", "  ", "\u{0301}"] {
          for first in [nil, width - 2] as [Int?] {
            let formatter = PlainTextFormatter(width: width)
            let fast = formatter.wrap(text, indent: indent, firstLineWidth: first)
            let slow = Self.referenceWrap(text, width: formatter.width, indent: indent, firstLineWidth: first)
            #expect(fast == slow, "\(text.debugDescription) width \(width) indent \(indent.debugDescription)")
          }
        }
      }
    }
  }
}

@Suite("Plain text tables: trailing spaces")
struct TrailingSpaceTests {
  @Test("dropping trailing spaces byte by byte equals dropping space characters")
  func equalsCharacterLoop() {
    let texts = [
      "", " ", "   ", "a", "a ", "a   ", " a b  ", "Zoë   ", "€1.234,56     ", "\u{0600}   ", "x\u{0600}  ",
      "a \u{0301}", "a  \u{0301} ", "\r\n  ", "👩‍👩‍👧  ", "🇩🇪 ", "\u{0D4E} ", "a\u{00A0} ", "\t ",
    ]
    for text in texts {
      var s = Substring(text)
      while s.last == " " { s = s.dropLast() }
      #expect(text.trimmingTrailingSpaces == String(s), "\(text.debugDescription)")
    }
  }
}
