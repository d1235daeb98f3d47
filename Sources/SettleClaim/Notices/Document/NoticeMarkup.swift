import Foundation

/// Reads the small block markup templates render to (see `Templates/README.md`, "Layout") into
/// notice blocks.
///
/// - `Subject: …` on the first line, then a line `---`, gives the subject.
/// - `# Heading`
/// - `> line` lines form a block of lines kept as written.
/// - `- item` lines form a list; following lines indented by two spaces continue the item.
/// - `| a | b |` lines form a table: the first row titles the columns, a title starting with `>`
///   right-aligns its column, and a row starting `|=` is a total row.
/// - Anything else is running text; blank lines separate paragraphs.
/// `\|` and `\\` stand for `|` and `\` (rendered values are escaped this way).
enum NoticeMarkup {
  /// What the markup said.
  struct Parsed: Equatable {
    var subject: String
    var blocks: [NoticeBlock]
  }

  /// Parses rendered markup.
  /// - Throws: `NoticeMarkupError` when the subject is missing or a table row has the wrong number of cells.
  static func parse(_ text: String, templateName: String) throws(NoticeError) -> Parsed {
    var lines = splitLines(text)
    guard let first = lines.first, first.hasPrefix("Subject:"), lines.count >= 2, lines[1].trimmed == "---" else {
      throw .markup(
        template: templateName, line: 1, message: "a template must start with 'Subject: …' and a line '---'")
    }
    let subject = unescape(String(first.dropFirst("Subject:".count)).trimmed)
    lines.removeFirst(2)

    var blocks: [NoticeBlock] = []
    var paragraph: [String] = []
    var quoted: [String] = []
    var items: [String] = []
    var table: NoticeTable?

    func flush() {
      if !paragraph.isEmpty { blocks.append(.paragraph(unescape(paragraph.joined(separator: " ")))) }
      if !quoted.isEmpty { blocks.append(.lines(quoted.map(unescape))) }
      if !items.isEmpty { blocks.append(.list(items.map(unescape))) }
      if let table { blocks.append(.table(table)) }
      paragraph = []
      quoted = []
      items = []
      table = nil
    }

    for (index, raw) in lines.enumerated() {
      let lineNumber = index + 3
      let line = raw.trimmingTrailingWhitespace
      if line.trimmed.isEmpty {
        flush()
      } else if line.hasPrefix("|") {
        if table == nil { flush() }
        let isTotal = line.hasPrefix("|=")
        let cells = splitCells(String(line.dropFirst(isTotal ? 2 : 1)))
        if var current = table {
          guard cells.count == current.columns.count else {
            throw .markup(
              template: templateName, line: lineNumber,
              message: "table row has \(cells.count) cells; the table has \(current.columns.count) columns")
          }
          current.rows.append(NoticeTableRow(cells: cells, isTotal: isTotal))
          table = current
        } else {
          table = NoticeTable(
            columns: cells.map { title in
              title.hasPrefix(">")
                ? NoticeColumn(title: String(title.dropFirst()).trimmed, isRightAligned: true)
                : NoticeColumn(title: title, isRightAligned: false)
            }, rows: [])
        }
      } else if line.hasPrefix("> ") || line == ">" {
        if quoted.isEmpty { flush() }
        quoted.append(String(line.dropFirst(line == ">" ? 1 : 2)))
      } else if line.hasPrefix("- ") {
        if items.isEmpty { flush() }
        items.append(String(line.dropFirst(2)).trimmed)
      } else if line.hasPrefix("  "), !items.isEmpty {
        items[items.count - 1] += " " + line.trimmed
      } else if line.hasPrefix("# ") {
        flush()
        blocks.append(.heading(unescape(String(line.dropFirst(2)).trimmed)))
      } else {
        if paragraph.isEmpty { flush() }
        paragraph.append(line.trimmed)
      }
    }
    flush()
    return Parsed(subject: subject, blocks: blocks)
  }

  /// The lines of `text` between `\n`s, as `split(separator: "\n")` gives them (empty ones kept).
  /// Without a CR, where `\r\n` is one character that is not `\n`, every LF byte is a line break
  /// (an LF never joins the characters beside it), so the bytes are split instead of characters.
  static func splitLines(_ text: String) -> [String] {
    guard !text.utf8.contains(0x0D) else {
      return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
    return text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(Substring($0)) }
  }

  /// Splits `a | b | c |` into trimmed, unescaped cells (a trailing `|` is optional).
  private static func splitCells(_ row: String) -> [String] {
    var cells: [String] = []
    var cell = ""
    var escaped = false
    for c in row {
      if escaped {
        cell.append("\\")
        cell.append(c)
        escaped = false
      } else if c == "\\" {
        escaped = true
      } else if c == "|" {
        cells.append(cell)
        cell = ""
      } else {
        cell.append(c)
      }
    }
    if escaped { cell.append("\\") }
    if !cell.trimmed.isEmpty { cells.append(cell) }
    return cells.map { unescape($0.trimmed) }
  }

  /// Escapes a rendered value so it cannot end a table cell or start markup: `\` → `\\`,
  /// `|` → `\|`, a leading `#`, `-` or `>` gets a backslash, line breaks become spaces, and
  /// white space around the value is dropped.
  static func escape(_ value: String) -> String {
    let trimmed = value.trimmingSpaces(includingNewlines: true)
    // Most values hold none of the bytes that start a character to change (`\`, `|`, CR, LF,
    // and 0xE2, which starts U+2028 and U+2029): those are kept whole.
    let isKept = !trimmed.utf8.contains { byte in
      switch byte {
      case 0x5C, 0x7C, 0x0A, 0x0D, 0xE2: return true
      default: return false
      }
    }
    if isKept {
      if let first = trimmed.first, "#->".contains(first) { return "\\" + trimmed }
      return trimmed
    }
    var out = ""
    for c in trimmed {
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

  /// Undoes `escape` (`\\` → `\`, `\|` → `|`, `\#` → `#`, `\-` → `-`, `\>` → `>`); other
  /// backslashes stay.
  static func unescape(_ text: String) -> String {
    // A byte test, not Foundation's `contains` (a search through NSString for every cell): with
    // no backslash byte there is nothing to unescape, and where Foundation would not count a
    // backslash (one a combining mark joins) the loop keeps it as it is too.
    guard text.utf8.contains(UInt8(ascii: "\\")) else { return text }
    var out = ""
    var escaped = false
    for c in text {
      if escaped {
        if !"\\|#->".contains(c) { out.append("\\") }
        out.append(c)
        escaped = false
      } else if c == "\\" {
        escaped = true
      } else {
        out.append(c)
      }
    }
    if escaped { out.append("\\") }
    return out
  }
}

fileprivate extension String {
  var trimmed: String { trimmingSpaces() }

  var trimmingTrailingWhitespace: String {
    let bytes = utf8
    if let last = bytes.last, last != 0x20 && last != 0x09 { return self }
    var s = Substring(self)
    while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
    return String(s)
  }
}
