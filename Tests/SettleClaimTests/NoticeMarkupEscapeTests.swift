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
}
