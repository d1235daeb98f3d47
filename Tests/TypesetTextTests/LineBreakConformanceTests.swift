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
