import Foundation
import SettleClaim

/// The demand letter's text as the packet sets it: the text form's hard line breaks become spaces
/// (the packet re-sets the letter) and the filing copy masks the account number.
enum LetterText {
  /// `text` on one line: its lines, each without the white space at its ends, joined by spaces.
  ///
  /// Lines are split by Unicode scalar, which splits as `Character.isNewline` does: every newline
  /// scalar (LF, VT, FF, CR, NEL, LS, PS) is a grapheme cluster of its own, CR LF aside, and that
  /// pair leaves only an empty piece between its scalars, which the split omits.
  static func flattened(_ text: String) -> String {
    // UTF-8 bytes 0x0A–0x0D are the ASCII newlines; NEL, LS and PS end in 0x85, 0xA8 and 0xA9.
    guard text.utf8.contains(where: { ($0 >= 0x0A && $0 <= 0x0D) || $0 == 0x85 || $0 == 0xA8 || $0 == 0xA9 }) else {
      return text.trimmingSpaces()
    }
    return text.unicodeScalars.split(whereSeparator: isNewline).map { String($0).trimmingSpaces() }.joined(separator: " ")
  }

  /// Whether `scalar` is one that `Character.isNewline` names.
  private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
  }

  /// `text` with every occurrence of `account` replaced by `masked`, as Foundation's
  /// `replacingOccurrences(of:with:)` does. ASCII text and account go byte by byte; any other
  /// text goes through Foundation (its comparison treats canonically equivalent text as equal),
  /// unless the account's bytes are nowhere in the text and it holds no `K`, `;` or `` ` ``: then
  /// no text matches it in Foundation's comparison either (only U+212A KELVIN SIGN, U+037E GREEK
  /// QUESTION MARK and U+1FEF GREEK VARIA are canonically equivalent to an ASCII character, those
  /// three), and the text is returned as it is.
  static func masking(_ account: String, with masked: String, in text: String) -> String {
    guard !account.isEmpty, account.utf8.allSatisfy({ $0 < 0x80 }) else {
      return text.replacingOccurrences(of: account, with: masked)
    }
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      let isPlain = account.utf8.allSatisfy { $0 != UInt8(ascii: "K") && $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: "`") }
      if isPlain && !containsBytes(Array(account.utf8), in: text) { return text }
      return text.replacingOccurrences(of: account, with: masked)
    }
    let bytes = Array(text.utf8)
    let needle = Array(account.utf8)
    guard bytes.count >= needle.count else { return text }
    var output: [UInt8] = []
    var index = 0
    var isChanged = false
    while index < bytes.count {
      if bytes[index] == needle[0], index + needle.count <= bytes.count, bytes[index..<(index + needle.count)].elementsEqual(needle) {
        output.append(contentsOf: masked.utf8)
        index += needle.count
        isChanged = true
      } else {
        output.append(bytes[index])
        index += 1
      }
    }
    return isChanged ? String(decoding: output, as: UTF8.self) : text
  }

  /// Whether `needle` (not empty) occurs in `text`'s UTF-8 bytes.
  private static func containsBytes(_ needle: [UInt8], in text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count >= needle.count else { return false }
    for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
      if bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
    }
    return false
  }
}
