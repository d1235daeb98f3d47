import Testing

@testable import SettleClaim

@Suite("Notice markup: escaping values")
struct NoticeMarkupEscapeTests {
  /// `escape` as it was before values without special bytes were kept whole.
  static func referenceEscape(_ value: String) -> String {
    var out = ""
    for c in value.trimmingSpaces(includingNewlines: true) {
      switch c {
      case "\\": out += "\\\\"
      case "|": out += "\\|"
      case "\n", "\r", "\r\n", "\u{2028}", "\u{2029}": out += " "
      default: out.append(c)
      }
    }
    if let first = out.first, "#->".contains(first) { out = "\\" + out }
    return out
  }

  @Test("equals the character-by-character escape on plain, marked and joined values")
  func equalsReference() {
    let values = [
      "", "  ", "Acme Ltd.", "  1,234.56 USD \n", "#1 invoice", "-5.00", "> quoted", " - dash after space",
      "a|b", "back\\slash", "line\nbreak", "cr\r\nlf", "para\u{2029}sep", "line\u{2028}sep", "€ 12,00 – fällig",
      "\\\u{0301} joined backslash", "|\u{0301}", "\u{2026} ellipsis starts with E2", "#\u{0301}mark", "Zoë — “quoted”",
      "\u{00A0}no-break\u{00A0}", "\u{200B}#zero width first",
    ]
    for value in values {
      #expect(NoticeMarkup.escape(value) == Self.referenceEscape(value), "\(value.debugDescription)")
    }
  }

  @Test("splitting lines equals splitting characters at \\n, with and without CR")
  func linesEqualCharacterSplit() {
    let texts = [
      "", "\n", "\n\n", "Subject: a\n---\nline\n", "a\r\nb\nc", "\r\n\r\n", "a\rb", "\n\u{0301}mark after LF",
      "\u{0600}\nprepend before LF", "Zoë\n| > Amount | x |\n|= total | 1 |", "no newline at all", "trailing\n",
    ]
    for text in texts {
      let slow = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      #expect(NoticeMarkup.splitLines(text) == slow, "\(text.debugDescription)")
    }
  }

  @Test("a line's trailing spaces and tabs go; a space joined to a prepended mark goes when the line is trimmed")
  func trailingWhitespace() throws {
    let markup = "Subject: S \t\n---\nFirst \t \nsecond\u{0600} \n\n- item \t\n"
    let parsed = try NoticeMarkup.parse(markup, templateName: "t")
    #expect(parsed.subject == "S")
    #expect(parsed.blocks == [.paragraph("First second\u{0600}"), .list(["item"])])
  }
}
