/// Lays a notice out as plain text wrapped at a fixed width (72 columns by default).
///
/// Widths count characters (extended grapheme clusters); East Asian wide characters are counted
/// as one column, so text in those scripts may run wider on a terminal.
public struct PlainTextFormatter: Sendable {
  /// The widest line, in characters (a single word longer than this stands on its own line).
  public var width: Int

  /// Creates a formatter for lines of at most `width` characters.
  public init(width: Int = 72) {
    self.width = max(width, 20)
  }

  /// The whole notice: sender, date, recipient, subject, body; lines end with `\n`.
  public func string(for document: NoticeDocument) -> String {
    var sections: [String] = []
    if !document.sender.isEmpty { sections.append(document.sender.map(wrapLine).joined(separator: "\n")) }
    sections.append(document.dateLine)
    if !document.recipient.isEmpty { sections.append(document.recipient.map(wrapLine).joined(separator: "\n")) }
    sections.append(wrap("Subject: " + document.subject, indent: ""))
    sections.append(body(document.blocks))
    return sections.joined(separator: "\n\n") + "\n"
  }

  /// The body blocks only, separated by blank lines.
  public func body(_ blocks: [NoticeBlock]) -> String {
    blocks.map(block).joined(separator: "\n\n")
  }

  private func block(_ block: NoticeBlock) -> String {
    switch block {
    case .heading(let text):
      let title = wrap(text, indent: "")
      let longest = title.split(separator: "\n").map(\.count).max() ?? 0
      return title + "\n" + String(repeating: "-", count: longest)
    case .paragraph(let text):
      return wrap(text, indent: "")
    case .lines(let lines):
      return lines.map(wrapLine).joined(separator: "\n")
    case .list(let items):
      return items.map { "- " + wrap($0, indent: "  ", firstLineWidth: width - 2) }.joined(separator: "\n")
    case .table(let table):
      return tableText(table)
    }
  }

  private func wrapLine(_ line: String) -> String { wrap(line, indent: "  ") }

  /// Greedy word wrap; continuation lines start with `indent`. Runs of number-like words
  /// (`+1 415 555 0142`) stay on one line, so phone numbers are never split.
  ///
  /// Line lengths are kept as counts while the line grows. In ASCII text a space never joins
  /// the characters beside it into one, so a count is the sum of its pieces' counts; other text
  /// counts each line again, as a space can join a combining mark after it or a prepended mark
  /// before it.
  func wrap(_ text: String, indent: String, firstLineWidth: Int? = nil) -> String {
    let isASCII = text.utf8.allSatisfy { $0 < 0x80 } && indent.utf8.allSatisfy { $0 < 0x80 }
    var words: [(text: String, count: Int)] = []
    var lastIsNumberLike = false
    let pieces = isASCII ? Self.asciiWords(text) : text.split(separator: " ", omittingEmptySubsequences: true)
    for word in pieces {
      let isNumberLike = isASCII ? Self.isASCIINumberLike(word) : Self.isNumberLike(word)
      let count = word.count
      if isNumberLike && lastIsNumberLike, let last = words.last, last.count + 1 + count <= width {
        let joined = last.text + " " + word
        words[words.count - 1] = (joined, isASCII ? last.count + 1 + count : joined.count)
      } else {
        words.append((String(word), count))
      }
      lastIsNumberLike = isNumberLike
    }
    let indentCount = indent.count
    var lines: [String] = []
    var current = ""
    var currentCount = 0
    var limit = firstLineWidth ?? width
    for word in words {
      if current.isEmpty {
        let lead = lines.isEmpty ? "" : indent
        current = lead + word.text
        currentCount = isASCII ? (lines.isEmpty ? 0 : indentCount) + word.count : current.count
      } else if currentCount + 1 + word.count <= limit {
        current += " " + word.text
        currentCount = isASCII ? currentCount + 1 + word.count : current.count
      } else {
        lines.append(current)
        limit = width
        current = indent + word.text
        currentCount = isASCII ? indentCount + word.count : current.count
      }
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines.joined(separator: "\n")
  }

  /// The words of ASCII `text` between spaces, byte by byte: what `split(separator: " ")`
  /// returns for it (no ASCII character but the space itself contains a space).
  private static func asciiWords(_ text: String) -> [Substring] {
    var words: [Substring] = []
    let bytes = text.utf8
    var start = bytes.startIndex
    var index = start
    while index < bytes.endIndex {
      if bytes[index] == UInt8(ascii: " ") {
        if start < index { words.append(text[start..<index]) }
        start = bytes.index(after: index)
      }
      index = bytes.index(after: index)
    }
    if start < bytes.endIndex { words.append(text[start..<bytes.endIndex]) }
    return words
  }

  /// `isNumberLike` for an ASCII word, byte by byte.
  private static func isASCIINumberLike(_ word: Substring) -> Bool {
    var hasDigit = false
    for byte in word.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): hasDigit = true
      case UInt8(ascii: "+"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "-"), UInt8(ascii: "."): continue
      default: return false
      }
    }
    return hasDigit
  }

  /// Digits with phone punctuation only: `+1`, `415`, `(030)`, `555-0142`.
  private static func isNumberLike(_ word: Substring) -> Bool {
    word.contains(where: \.isASCII) && word.allSatisfy { ("0"..."9").contains($0) || "+()-.".contains($0) }
      && word.contains(where: { ("0"..."9").contains($0) })
  }

  private func tableText(_ table: NoticeTable) -> String {
    let n = table.columns.count
    guard n > 0 else { return "" }
    var widths = (0..<n).map { i in
      ([table.columns[i].title] + table.rows.map { $0.cells[i] }).map(\.count).max() ?? 0
    }
    let gap = 2
    // Too wide: narrow the widest left-aligned column (descriptions), wrapping its cells.
    let total = widths.reduce(0, +) + gap * (n - 1)
    if total > width,
      let squeeze = (0..<n).filter({ !table.columns[$0].isRightAligned }).max(by: { widths[$0] < widths[$1] })
    {
      widths[squeeze] = max(12, widths[squeeze] - (total - width))
    }
    func render(_ cells: [String]) -> [String] {
      let wrapped: [[String]] = (0..<n).map { i in
        let cell = cells[i]
        if cell.count <= widths[i] { return [cell] }
        return PlainTextFormatter(width: widths[i]).wrap(cell, indent: "").split(separator: "\n").map(String.init)
      }
      let height = wrapped.map(\.count).max() ?? 1
      return (0..<height).map { row in
        (0..<n).map { i -> String in
          let text = row < wrapped[i].count ? wrapped[i][row] : ""
          let pad = String(repeating: " ", count: max(0, widths[i] - text.count))
          return table.columns[i].isRightAligned ? pad + text : text + pad
        }.joined(separator: String(repeating: " ", count: gap)).trimmingTrailingSpaces
      }
    }
    let rule = (0..<n).map { String(repeating: "-", count: widths[$0]) }.joined(
      separator: String(repeating: " ", count: gap))
    var out = render(table.columns.map(\.title))
    out.append(rule)
    var ruledTotal = false
    for row in table.rows {
      if row.isTotal && !ruledTotal {
        out.append(rule)
        ruledTotal = true
      }
      out += render(row.cells)
    }
    return out.joined(separator: "\n")
  }
}

extension String {
  /// The string without the space characters (U+0020 standing alone) at its end.
  ///
  /// Byte by byte: a trailing space is a character of its own unless the scalar before it is a
  /// prepended mark (UAX #29 GB9b; none is below U+0300), so only a run of spaces after such a
  /// scalar is left to the character-by-character loop.
  var trimmingTrailingSpaces: String {
    let utf8 = self.utf8
    var end = utf8.endIndex
    while end > utf8.startIndex, utf8[utf8.index(before: end)] == 0x20 { end = utf8.index(before: end) }
    if end == utf8.endIndex { return self }
    if let before = self[..<end].unicodeScalars.last, before.value >= 0x300 {
      var s = Substring(self)
      while s.last == " " { s = s.dropLast() }
      return String(s)
    }
    return String(self[..<end])
  }
}
