import Foundation
import Testing

@testable import TypesetText

/// Runs the Unicode 15.0 conformance data (`Fixtures/LineBreakTest.txt`, copied from Debian's
/// `unicode-data`) through `LineBreaker`.
@Suite("UAX #14 conformance")
struct LineBreakConformanceTests {
  /// One line of LineBreakTest.txt: the text and the UTF-8 offsets where breaks are expected.
  struct Case {
    var lineNumber: Int
    var text: String
    var expectedBreaks: [Int]
  }

  static func loadCases() throws -> [Case] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/LineBreakTest.txt")
    let contents = try String(contentsOf: url, encoding: .utf8)
    var cases: [Case] = []
    for (index, line) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let data = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
      let tokens = data.split(whereSeparator: { $0 == " " || $0 == "\t" })
      guard !tokens.isEmpty else { continue }
      var scalars = String.UnicodeScalarView()
      var offset = 0
      var breaks: [Int] = []
      for token in tokens {
        switch token {
        case "÷": if offset > 0 { breaks.append(offset) }
        case "×": break
        default:
          let value = try #require(UInt32(token, radix: 16), "bad code point \(token) on line \(index + 1)")
          let scalar = try #require(Unicode.Scalar(value), "not a scalar \(token) on line \(index + 1)")
          scalars.append(scalar)
          offset += UTF8.width(scalar)
        }
      }
      cases.append(Case(lineNumber: index + 1, text: String(scalars), expectedBreaks: breaks))
    }
    return cases
  }

  @Test("every line of LineBreakTest.txt")
  func conformance() throws {
    let cases = try Self.loadCases()
    #expect(cases.count == 7654)
    var failures: [String] = []
    for testCase in cases {
      let actual = LineBreaker.opportunities(in: testCase.text).map(\.offset)
      if actual != testCase.expectedBreaks {
        failures.append("line \(testCase.lineNumber): expected \(testCase.expectedBreaks), got \(actual)")
      }
    }
    let passed = cases.count - failures.count
    #expect(
      passed * 100 >= cases.count * 99,
      "UAX #14 conformance: \(passed)/\(cases.count) pass; first failures: \(failures.prefix(20))")
    #expect(failures.isEmpty, "UAX #14 conformance: \(passed)/\(cases.count) pass; failures: \(failures.prefix(50))")
  }
}

/// Checks the generated table against the machine's LineBreak.txt, when the Debian package
/// `unicode-data` is installed (the Makefile's `deps` installs it).
@Suite("Line_Break table against LineBreak.txt")
struct LineBreakTableDataTests {
  static let path = "/usr/share/unicode/LineBreak.txt"

  /// UCD abbreviations of the resolved classes, after LB1 (SA is checked separately).
  static let classes: [Substring: LineBreakClass] = [
    "BK": .mandatoryBreak, "CR": .carriageReturn, "LF": .lineFeed, "NL": .nextLine, "SP": .space,
    "ZW": .zeroWidthSpace, "WJ": .wordJoiner, "GL": .glue, "CL": .closePunctuation, "CP": .closeParenthesis,
    "EX": .exclamation, "IS": .infixSeparator, "SY": .symbolAllowingBreakAfter, "OP": .openPunctuation,
    "QU": .quotation, "NS": .nonstarter, "B2": .breakOpportunityBeforeAndAfter, "BA": .breakAfter,
    "BB": .breakBefore, "HY": .hyphen, "CB": .contingentBreak, "IN": .inseparable, "HL": .hebrewLetter,
    "AL": .alphabetic, "NU": .numeric, "PR": .prefixNumeric, "PO": .postfixNumeric, "ID": .ideographic,
    "EB": .emojiBase, "EM": .emojiModifier, "JL": .hangulLeadingJamo, "JV": .hangulVowelJamo,
    "JT": .hangulTrailingJamo, "H2": .hangulLVSyllable, "H3": .hangulLVTSyllable, "RI": .regionalIndicator,
    "CM": .combiningMark, "ZWJ": .zeroWidthJoiner,
    // LB1
    "AI": .alphabetic, "SG": .alphabetic, "XX": .alphabetic, "CJ": .nonstarter,
  ]

  private func lineBreakClass(_ value: UInt32) -> LineBreakClass? {
    // Surrogates are not scalars; LB1 makes them AL, which the table stores.
    guard let scalar = Unicode.Scalar(value) else { return nil }
    return LineBreakTable.entry(of: scalar).lineBreakClass
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: path)))
  func everyRangeMatches() throws {
    let contents = try String(contentsOfFile: Self.path, encoding: .utf8)
    var checkedRanges = 0
    var mismatches: [String] = []
    var covered = 0 as UInt32  // the next code point not yet seen, to check unlisted gaps (XX -> AL)
    for line in contents.split(separator: "\n") {
      let data = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
      let fields = data.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
      guard fields.count == 2, !fields[0].isEmpty else { continue }
      let bounds = fields[0].split(separator: ".", omittingEmptySubsequences: true)
      guard let first = UInt32(bounds[0], radix: 16), let last = UInt32(bounds[bounds.count - 1], radix: 16) else {
        continue
      }
      if covered < first, let gap = lineBreakClass(covered), gap != .alphabetic {
        mismatches.append("unlisted U+\(String(covered, radix: 16)) is \(gap), expected AL")
      }
      covered = last + 1
      checkedRanges += 1
      let name = Substring(fields[1])
      for value in Set([first, (first + last) / 2, last]).sorted() {
        guard let actual = lineBreakClass(value) else { continue }
        if name == "SA" {
          // LB1: SA becomes CM (Mn/Mc) or AL, by General_Category.
          if actual != .combiningMark && actual != .alphabetic {
            mismatches.append("U+\(String(value, radix: 16)) SA resolved to \(actual)")
          }
        } else if Self.classes[name] != actual {
          mismatches.append("U+\(String(value, radix: 16)) \(name) is \(actual)")
        }
      }
    }
    #expect(checkedRanges > 2_000)
    #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
  }
}
