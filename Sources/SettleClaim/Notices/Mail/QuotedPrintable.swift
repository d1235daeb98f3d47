/// Quoted-printable encoding of UTF-8 text (RFC 2045 §6.7).
enum QuotedPrintable {
  /// The longest encoded line, soft line break included (RFC 2045 §6.7 rule 5).
  static let maximumLineLength = 76

  /// Encodes `text` (lines separated by `\n`) with CRLF line ends and soft breaks so no line
  /// exceeds 76 characters. `=` and every non-ASCII byte become `=XX`; a space or tab before a
  /// line end becomes `=20`/`=09`; a line starting `From ` gets its `F` encoded so mbox readers do
  /// not mangle it; a lone `.` line gets its dot encoded so SMTP does not end the message early.
  static func encode(_ text: String) -> String {
    var out = ""
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (n, line) in lines.enumerated() {
      if n > 0 { out += "\r\n" }
      let bytes = Array(line.utf8.filter { $0 != UInt8(ascii: "\r") })
      var pieces: [String] = []
      for (i, byte) in bytes.enumerated() {
        let isLast = i == bytes.count - 1
        let mustEncode: Bool
        switch byte {
        case UInt8(ascii: "="): mustEncode = true
        case UInt8(ascii: " "), UInt8(ascii: "\t"): mustEncode = isLast
        case 33...126: mustEncode = false
        default: mustEncode = true
        }
        let startsFrom = i == 0 && bytes.starts(with: Array("From ".utf8))
        let loneDot = i == 0 && bytes == [UInt8(ascii: ".")]
        pieces.append(mustEncode || startsFrom || loneDot ? escape(byte) : String(UnicodeScalar(byte)))
      }
      // Soft-wrap: keep each physical line ≤ 75 characters plus the `=` soft break.
      var current = ""
      for piece in pieces {
        if current.count + piece.count > maximumLineLength - 1 {
          out += current + "=\r\n"
          current = ""
        }
        current += piece
      }
      out += current
    }
    return out
  }

  private static let hexDigits = Array("0123456789ABCDEF")

  private static func escape(_ byte: UInt8) -> String {
    "=" + String(hexDigits[Int(byte >> 4)]) + String(hexDigits[Int(byte & 0x0F)])
  }
}
