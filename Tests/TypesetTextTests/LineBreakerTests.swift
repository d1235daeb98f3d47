import Testing

@testable import TypesetText

@Suite("LineBreaker")
struct LineBreakerTests {
  /// The text of every line that the opportunities would produce, for readable expectations.
  private func segments(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    var start = 0
    var result: [String] = []
    for opportunity in LineBreaker.opportunities(in: text) {
      result.append(String(decoding: bytes[start..<opportunity.offset], as: UTF8.self))
      start = opportunity.offset
    }
    return result
  }

  @Test func breaksAfterTheSpaceBetweenAccentedWords() {
    #expect(segments("Müller Café") == ["Müller ", "Café"])
    let opportunities = LineBreaker.opportunities(in: "Müller Café")
    // "Müller " is 8 UTF-8 bytes (ü takes two); "Café" ends at 13.
    #expect(
      opportunities == [
        LineBreakOpportunity(offset: 8, isMandatory: false),
        LineBreakOpportunity(offset: 13, isMandatory: true),
      ])
  }

  @Test func decomposedAccentsStayWithTheirLetter() {
    // "e" + COMBINING ACUTE ACCENT: LB9 keeps the mark on its base.
    #expect(segments("Cafe\u{301} au") == ["Cafe\u{301} ", "au"])
  }

  @Test func invoiceNumberDoesNotBreakInsideTheNumber() {
    // LB25 (HY × NU) keeps the hyphen with the digits; LB13/LB21 keep "INV" with the hyphen.
    #expect(segments("INV-1001") == ["INV-1001"])
    #expect(segments("INV-1001 paid") == ["INV-1001 ", "paid"])
    // A hyphen between words is a break opportunity (LB21: break after HY).
    #expect(segments("well-known") == ["well-", "known"])
  }

  @Test func amountsDoNotBreak() {
    #expect(segments("$1,234.56") == ["$1,234.56"])
    #expect(segments("1.234,56\u{A0}€") == ["1.234,56\u{A0}€"])
    // An ordinary space before the currency sign is a break (LB18).
    #expect(segments("1.234,56 €") == ["1.234,56 ", "€"])
    #expect(segments("(1,234.56)") == ["(1,234.56)"])
    #expect(segments("-12.50%") == ["-12.50%"])
    #expect(segments("Total: $1,234.56 due") == ["Total: ", "$1,234.56 ", "due"])
  }

  @Test func lineTerminatorsAreMandatory() {
    let opportunities = LineBreaker.opportunities(in: "a\r\nb\nc")
    #expect(
      opportunities == [
        LineBreakOpportunity(offset: 3, isMandatory: true),
        LineBreakOpportunity(offset: 5, isMandatory: true),
        LineBreakOpportunity(offset: 6, isMandatory: true),
      ])
    // CR LF is one break, after the LF.
    #expect(!opportunities.contains { $0.offset == 2 })
  }

  @Test func trailingNewlineGivesOneFinalMandatoryBreak() {
    #expect(LineBreaker.opportunities(in: "ab\n") == [LineBreakOpportunity(offset: 3, isMandatory: true)])
  }

  @Test func emptyTextHasNoOpportunities() {
    #expect(LineBreaker.opportunities(in: "").isEmpty)
  }

  @Test func singleCharacterEndsWithMandatoryBreak() {
    #expect(LineBreaker.opportunities(in: "x") == [LineBreakOpportunity(offset: 1, isMandatory: true)])
  }

  @Test func arabicWordsBreakAtSpaces() {
    // "مرحبا بالعالم" (hello world): two words, one opportunity after the space.
    let text = "مرحبا بالعالم"
    #expect(segments(text) == ["مرحبا ", "بالعالم"])
    #expect(LineBreaker.opportunities(in: text).first?.offset == "مرحبا ".utf8.count)
  }

  @Test func noBreakAroundNoBreakSpaceOrBeforeClosingPunctuation() {
    #expect(segments("10\u{A0}kg") == ["10\u{A0}kg"])
    #expect(segments("(see note)!") == ["(see ", "note)!"])
  }

  @Test func ideographsBreakBetweenEachOther() {
    #expect(segments("日本語") == ["日", "本", "語"])
    // LB21 via LB1 (CJ -> NS): no break before a small kana.
    #expect(segments("キャ") == ["キャ"])
  }

  @Test func emojiZWJSequenceStaysTogether() {
    // Family: man ZWJ woman ZWJ girl, then a space and text.
    #expect(segments("👨\u{200D}👩\u{200D}👧 ok") == ["👨\u{200D}👩\u{200D}👧 ", "ok"])
  }

  @Test func flagsPairUp() {
    // Two flags (DE, FR) break between pairs only.
    #expect(segments("🇩🇪🇫🇷") == ["🇩🇪", "🇫🇷"])
  }

  @Test func offsetsAreAscendingAndNeverZero() {
    let text = "Payment plan: 3 × €400.00, due 1st of each month.\nSigned — A. Müller"
    let offsets = LineBreaker.opportunities(in: text).map(\.offset)
    #expect(offsets.first.map { $0 > 0 } == true)
    #expect(offsets == offsets.sorted())
    #expect(Set(offsets).count == offsets.count)
    #expect(offsets.last == text.utf8.count)
  }

  @Test func largeTextIsBrokenInLinearTime() {
    // 20,000 cells' worth of text in one go; a quadratic implementation would not finish quickly.
    let cell = "INV-1001 $1,234.56 Müller Café "
    let text = String(repeating: cell, count: 20_000)
    let opportunities = LineBreaker.opportunities(in: text)
    // Per cell: after "INV-1001 ", "$1,234.56 ", "Müller ", "Café " = 4.
    #expect(opportunities.count == 4 * 20_000)
  }
}

@Suite("LineBreakTable")
struct LineBreakTableTests {
  private func entry(_ value: UInt32) -> LineBreakTable.Entry {
    LineBreakTable.entry(of: Unicode.Scalar(value) ?? "?")
  }

  @Test func asciiAndLatin1Classes() {
    #expect(entry(0x20).lineBreakClass == .space)
    #expect(entry(0x0A).lineBreakClass == .lineFeed)
    #expect(entry(0x41).lineBreakClass == .alphabetic)
    #expect(entry(0x30).lineBreakClass == .numeric)
    #expect(entry(0x24).lineBreakClass == .prefixNumeric)
    #expect(entry(0x25).lineBreakClass == .postfixNumeric)
    #expect(entry(0x2D).lineBreakClass == .hyphen)
    #expect(entry(0xA0).lineBreakClass == .glue)
    #expect(entry(0xAD).lineBreakClass == .breakAfter)  // soft hyphen
  }

  @Test func lineBreakRuleOneIsResolvedInTheTable() {
    #expect(entry(0x0E01).lineBreakClass == .alphabetic)  // Thai KO KAI: SA, Lo -> AL
    #expect(entry(0x0E31).lineBreakClass == .combiningMark)  // Thai MAI HAN-AKAT: SA, Mn -> CM
    #expect(entry(0x3041).lineBreakClass == .nonstarter)  // small hiragana A: CJ -> NS
    #expect(entry(0x2460).lineBreakClass == .alphabetic)  // circled digit one: AI -> AL
    #expect(entry(0xE0000).lineBreakClass == .alphabetic)  // unlisted: XX -> AL
    #expect(entry(0x10FFFF).lineBreakClass == .alphabetic)
  }

  @Test func flagsForLB30AndLB30b() {
    #expect(entry(0x28).lineBreakClass == .openPunctuation)
    #expect(!entry(0x28).isEastAsianWide)
    #expect(entry(0xFF08).lineBreakClass == .openPunctuation)  // FULLWIDTH LEFT PARENTHESIS
    #expect(entry(0xFF08).isEastAsianWide)
    #expect(entry(0x1FFFD).isUnassignedPictographic)  // reserved pictographic, class ID
    #expect(entry(0x1FFFD).lineBreakClass == .ideographic)
    #expect(!entry(0x1F600).isUnassignedPictographic)  // 😀 is assigned
    #expect(entry(0x1F600).lineBreakClass == .ideographic)
    #expect(entry(0x1F3FB).lineBreakClass == .emojiModifier)
    #expect(entry(0x1F466).lineBreakClass == .emojiBase)
  }
}
