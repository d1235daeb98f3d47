import Foundation
import SettleClaim

/// The demand letter's text as the packet sets it: the text form's hard line breaks become spaces
/// (the packet re-sets the letter) and the filing copy masks the account number.
enum LetterText {
  /// `text` on one line: its lines, each without the white space at its ends, joined by spaces.
  static func flattened(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).map { String($0).trimmingSpaces() }.joined(separator: " ")
  }

  /// `text` with every occurrence of `account` replaced by `masked`, as Foundation's
  /// `replacingOccurrences(of:with:)` does. ASCII text and account go byte by byte; any other
  /// text goes through Foundation (its comparison treats canonically equivalent text as equal).
  static func masking(_ account: String, with masked: String, in text: String) -> String {
    guard !account.isEmpty, account.utf8.allSatisfy({ $0 < 0x80 }), text.utf8.allSatisfy({ $0 < 0x80 }) else {
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
}
