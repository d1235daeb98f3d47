import Testing
import TypesetCore
import TypesetText

@testable import TypesetLayout

@Suite struct ParagraphTests {
  let style = TextStyle(size: .pt(10))
  let measure = Length.pt(300)

  func setLines(_ text: String, _ alignment: TextAlignment, width: Length = .pt(300), indent: Length = .zero)
    -> SetParagraph
  {
    ParagraphLayouter(cache: Fixtures.cache()).layout(
      [StyledSpan(text, style: style)], style: ParagraphStyle(alignment: alignment, firstLineIndent: indent),
      width: width, location: "test")
  }

  @Test func alignmentPlacesTheLine() throws {
    let left = try #require(setLines("Statement of account", .left).lines.first)
    let width = left.textEnd - left.textStart
    #expect(width > .pt(50) && width < .pt(150))
    #expect(left.textStart == .zero)

    let right = try #require(setLines("Statement of account", .right).lines.first)
    #expect(right.textStart == measure - width)
    #expect(right.textEnd == measure)

    let center = try #require(setLines("Statement of account", .center).lines.first)
    let expectedStart = Length(microPoints: Length.roundedDivision((measure - width).microPoints, 2))
    #expect(center.textStart == expectedStart)

    // start/end follow the paragraph direction: left-to-right here.
    #expect(try #require(setLines("Statement of account", .start).lines.first).textStart == .zero)
    #expect(try #require(setLines("Statement of account", .end).lines.first).textEnd == measure)
  }

  @Test func addressesStayOnOneLine() {
    // UAX #14 allows a break after the hyphen inside the address; the layout does not take it.
    let text = "Questions about this statement: José Peña, phone +1 512 555 0188, billing@bluebonnet-supply.example."
    for points in stride(from: 120, through: 420, by: 15) {
      let lines = setLines(text, .left, width: .pt(Double(points))).lines.map { $0.frame.lines().joined(separator: " ") }
      #expect(lines.count >= 1)
      for line in lines where line.contains("billing@") {
        #expect(line.contains("billing@bluebonnet-supply.example"), "\(points) pt: \(lines)")
      }
    }
    let bytes = Array("see https://example.com/a-b and x@y-z.example or plain-text".utf8)
    let all = LineBreaker.opportunities(in: String(decoding: bytes, as: UTF8.self))
    let kept = ParagraphLayouter.keepingAddressesWhole(all, bytes: bytes).map(\.offset)
    #expect(kept.contains(bytes.count - "text".utf8.count))  // "plain-|text" still breaks
    #expect(!kept.contains(bytes.count - "b and x@y-z.example or plain-text".utf8.count))  // not after "a-"
    #expect(!kept.contains(bytes.count - "z.example or plain-text".utf8.count))  // not after "y-"
  }

  @Test func shortTextTakesTheSingleLineFastPath() {
    let set = setLines("Invoice INV-1001", .left)
    #expect(set.breaking == .singleLine)
    #expect(set.lines.count == 1)
  }

  static let longText = """
    The customer ordered twelve custom cabinets in March, accepted delivery on the fourth of \
    April and has not paid the balance despite three reminders sent by post and by email. \
    This statement lists every charge, payment and credit on the account, with interest \
    computed from each due date as the terms of the agreement provide.
    """

  @Test func multiLineParagraphsUseTotalFitAndStayInTheMeasure() {
    let set = setLines(Self.longText, .left, width: .pt(200))
    #expect(set.breaking == .totalFit)
    #expect(set.lines.count >= 5)
    for line in set.lines { #expect(line.textEnd <= .pt(200)) }
    #expect(set.warnings.isEmpty)
    // Every word survives breaking, in order.
    let words = set.lines.flatMap { $0.frame.lines() }.joined(separator: " ").split(separator: " ")
    #expect(words == Self.longText.split(separator: " "))
  }

  @Test func justifiedLinesFillTheMeasure() throws {
    let set = setLines(Self.longText, .justified, width: .pt(200))
    #expect(set.lines.count >= 5)
    for line in set.lines.dropLast() {
      #expect(line.textStart == .zero)
      #expect(line.textEnd == .pt(200), "justified line ends at \(line.textEnd)")
    }
    // The last line keeps its natural spacing.
    let last = try #require(set.lines.last)
    #expect(last.textEnd < .pt(200))
  }

  @Test func firstLineIndentShiftsOnlyTheFirstLine() {
    let set = setLines(Self.longText, .left, width: .pt(200), indent: .pt(18))
    #expect(set.lines[0].textStart == .pt(18))
    #expect(set.lines[1].textStart == .zero)
  }

  @Test func hardBreaksEndLinesAndAreNotJustified() {
    let set = setLines("First line\nSecond line that is also short", .justified)
    #expect(set.lines.count == 2)
    #expect(set.lines.map { $0.frame.lines().joined() } == ["First line", "Second line that is also short"])
    #expect(set.lines[0].textEnd < measure)
  }

  @Test func hardBreakScanFindsOnlyMandatoryBreaks() {
    #expect(!ParagraphLayouter.mayContainHardBreak(Array("Payment — thank you, Müller".utf8)))
    #expect(ParagraphLayouter.mayContainHardBreak(Array("a\nb".utf8)))
    #expect(ParagraphLayouter.mayContainHardBreak(Array("a\u{2028}b".utf8)))
    #expect(ParagraphLayouter.mayContainHardBreak(Array("a\u{85}b".utf8)))
    let set = setLines("one\u{2029}two", .left)
    #expect(set.lines.map { $0.frame.lines().joined() } == ["one", "two"])
  }

  @Test func aWordWiderThanTheMeasureWarnsOverfull() {
    let set = setLines("Supercalifragilisticexpialidocious", .left, width: .pt(40))
    #expect(set.warnings.contains { if case .overfullLine = $0.kind { return true } else { return false } })
  }

  @Test func rightToLeftRunsAreInVisualOrderWithActualText() throws {
    let set = setLines("שלום עולם", .start)
    let line = try #require(set.lines.first)
    let texts = line.frame.texts()
    #expect(!texts.isEmpty)
    let logical = texts.compactMap(\.actualText).joined(separator: " ")
    #expect(logical.contains("שלום"))
    // Glyph text is visual: the first word in logical order is drawn at the right.
    let shalom = try #require(texts.first { $0.actualText?.contains("שלום") == true })
    #expect(shalom.text != shalom.actualText)
    #expect(String(shalom.text.reversed()) == shalom.actualText)
    // A right-to-left paragraph starts at the right edge.
    #expect(line.textEnd == measure)
  }

  @Test(arguments: [
    "office ﬁle affine", "Müller Café", "e\u{301}tude a\u{308}", "INV-1001 $1,234.56", "شركة النور", "שלום כהן 42",
    "Customer: شركة النور (ID 42)", "tab\tand  two spaces ", "",
  ])
  func fastClusterTextMatchesTheShaper(_ text: String) {
    let shaped = Shaper(fontBook: Fixtures.fontBook).shape(text, style: style)
    let bytes = Array(shaped.text.utf8)
    for run in shaped.lineRuns(0..<bytes.count, trimTrailingWhitespace: false) {
      for i in run.glyphs.indices {
        #expect(
          ParagraphLayouter.clusterText(of: i, in: run, shaped: shaped, bytes: bytes)
            == shaped.clusterText(of: i, in: run), "glyph \(i) of \(text)")
      }
    }
  }

  @Test func justifiedRightToLeftLinesFillTheMeasureFromTheRight() throws {
    let hebrew = Array(repeating: "שלום עולם וכל יושביו", count: 8).joined(separator: " ")
    let set = setLines(hebrew, .justified, width: .pt(150))
    #expect(set.breaking == .totalFit)
    #expect(set.lines.count >= 3)
    for line in set.lines.dropLast() {
      #expect(line.textStart == .zero)
      #expect(line.textEnd == .pt(150))
    }
    let last = try #require(set.lines.last)
    #expect(last.textEnd == .pt(150))
    #expect(last.textStart > .zero)
  }

  @Test func linkCoversTheLine() throws {
    let set = ParagraphLayouter(cache: Fixtures.cache()).layout(
      [StyledSpan("Exhibit A", style: style)], style: ParagraphStyle(), width: measure, link: .anchor("exhibit-a"),
      location: "test")
    let line = try #require(set.lines.first)
    let link = try #require(
      line.frame.items.compactMap { item -> LinkItem? in
        if case .link(let l) = item.item { return l } else { return nil }
      }.first)
    #expect(link.target == .anchor("exhibit-a"))
    #expect(link.size.width == line.textEnd - line.textStart)
  }
}
