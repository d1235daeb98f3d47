import Foundation

/// Header text for RFC 5322 messages: RFC 2047 encoded words for non-ASCII text, quoting for
/// display names, folding of long lines.
enum HeaderText {
  /// The longest encoded word allowed (RFC 2047 §2).
  static let maximumEncodedWordLength = 75

  /// Whether `text` can go into a header as is: printable ASCII and spaces only.
  static func isPlainASCII(_ text: String) -> Bool {
    text.utf8.allSatisfy { $0 == 0x20 || (0x21...0x7E).contains($0) }
  }

  /// `text` as one or more `=?UTF-8?B?…?=` words, each ≤ 75 characters, never splitting a
  /// character's UTF-8 bytes across two words (RFC 2047 §5 rule 3).
  static func encodedWords(_ text: String) -> [String] {
    // 45 bytes → 60 base64 characters; with the 12-character wrapper that is 72 ≤ 75.
    let maximumBytes = 45
    var words: [String] = []
    var chunk: [UInt8] = []
    for character in text {
      let bytes = Array(String(character).utf8)
      if !chunk.isEmpty && chunk.count + bytes.count > maximumBytes {
        words.append("=?UTF-8?B?" + Base64.encode(chunk) + "?=")
        chunk = []
      }
      chunk += bytes
    }
    if !chunk.isEmpty { words.append("=?UTF-8?B?" + Base64.encode(chunk) + "?=") }
    return words
  }

  /// A display name for an address header: as is when it is plain ASCII without specials, in
  /// quotes when it has specials, else encoded words.
  static func displayName(_ name: String) -> [String] {
    if isPlainASCII(name) {
      let specials = "()<>[]:;@\\,.\""
      if name.contains(where: { specials.contains($0) }) {
        let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return ["\"" + escaped + "\""]
      }
      return name.split(separator: " ").map(String.init)
    }
    return encodedWords(name)
  }

  /// Unstructured header text (Subject): words as is when ASCII, else encoded words.
  static func unstructured(_ text: String) -> [String] {
    if isPlainASCII(text) { return text.split(separator: " ").map(String.init) }
    return encodedWords(text)
  }

  /// `Name: ` followed by `words`, folded with CRLF + space so lines stay within 78 characters
  /// where the words allow (RFC 5322 §2.1.1).
  static func folded(name: String, words: [String]) -> String {
    var out = name + ":"
    var lineLength = out.count
    for word in words {
      if lineLength + 1 + word.count > 78 && lineLength > name.count + 1 {
        out += "\r\n "
        lineLength = 1
      } else {
        out += " "
        lineLength += 1
      }
      out += word
      lineLength += word.count
    }
    return out
  }
}
