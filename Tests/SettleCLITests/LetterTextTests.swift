import Foundation
import Testing

@testable import SettleCLI

@Suite("The demand letter's text in a packet")
struct LetterTextTests {
  static let texts = [
    "Account 12345678 is overdue.", "12345678", "no account here", "", "1234567812345678 and 123456781234567",
    "Account\u{00A0}12345678 — €1,200.00 due", "K-12345678 and \u{212A}-12345678", "  lead\n  second line \r\n\tthird\u{2028}four  ",
    "tail 1234567", "e\u{0301}12345678\u{0301}", "\u{200B} zero width \u{200B}\n\u{3000}ideographic\u{3000}",
    "Konto AB12CD34 – fällig", "ACC-000-7731 – due", "Account ACC‑000‑7731 – due", "a\u{037E}b x\u{1FEF}y", "Konto \u{212A}B12 und KB12 – fällig", "no newline but NEL-like bytes: … ¨ ©",
    "a\r\n\r\nb\u{0085}c\u{000B}d\u{000C}e\u{2029}f\n\u{0301}g", "\n\n", "   \n   \n x ",
  ]
  static let accounts = ["12345678", "K-12345678", "\u{212A}-12345678", "4567", "e12345678", "AB12CD34", "KB12", "B12", "ACC-000-7731", "a;b", "x`y", "fällig"]

  @Test("masking equals Foundation's replacingOccurrences, ASCII or not")
  func maskingEqualsFoundation() {
    for text in Self.texts {
      for account in Self.accounts {
        let fast = LetterText.masking(account, with: "****5678", in: text)
        #expect(fast == text.replacingOccurrences(of: account, with: "****5678"), "\(text.debugDescription) / \(account)")
      }
    }
  }

  @Test("flattening equals trimming every line with Foundation's white space set")
  func flatteningEqualsFoundation() {
    for text in Self.texts {
      let slow = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
      #expect(LetterText.flattened(text) == slow, "\(text.debugDescription)")
    }
  }
}
