/// Lays a notice out as CommonMark with GitHub-style tables.
///
/// Paragraphs are one line each (Markdown readers wrap them); text is escaped so names and
/// descriptions never turn into markup.
public struct MarkdownFormatter: Sendable {
  /// Creates a formatter.
  public init() {}

  /// The whole notice as Markdown, ending with `\n`.
  public func string(for document: NoticeDocument) -> String {
    var sections: [String] = []
    if !document.sender.isEmpty { sections.append(lines(document.sender, boldFirst: true)) }
    sections.append(escape(document.dateLine))
    if !document.recipient.isEmpty { sections.append(lines(document.recipient, boldFirst: false)) }
    sections.append("## " + escape(document.subject))
    for block in document.blocks { sections.append(self.block(block)) }
    return sections.joined(separator: "\n\n") + "\n"
  }

  private func block(_ block: NoticeBlock) -> String {
    switch block {
    case .heading(let text): return "### " + escape(text)
    case .paragraph(let text): return escape(text)
    case .lines(let l): return lines(l, boldFirst: false)
    case .list(let items): return items.map { "- " + escape($0, atLineStart: false) }.joined(separator: "\n")
    case .table(let table): return self.table(table)
    }
  }

  /// Lines joined with CommonMark hard breaks (a backslash at the end of each line but the last).
  private func lines(_ lines: [String], boldFirst: Bool) -> String {
    lines.enumerated().map { i, line in
      let text = escape(line)
      return boldFirst && i == 0 ? "**\(text)**" : text
    }.joined(separator: "\\\n")
  }

  private func table(_ table: NoticeTable) -> String {
    func row(_ cells: [String], bold: Bool) -> String {
      "| "
        + cells.map { cell in
          let text = escape(cell, atLineStart: false)
          return bold && !text.isEmpty ? "**\(text)**" : text
        }.joined(separator: " | ") + " |"
    }
    var out = [row(table.columns.map(\.title), bold: false)]
    out.append("| " + table.columns.map { $0.isRightAligned ? "---:" : "---" }.joined(separator: " | ") + " |")
    for r in table.rows { out.append(row(r.cells, bold: r.isTotal)) }
    return out.joined(separator: "\n")
  }

  /// Escapes CommonMark punctuation that could start markup, and `|` (tables).
  func escape(_ text: String, atLineStart: Bool = true) -> String {
    var out = ""
    for c in text {
      if "\\`*_[]<>|~".contains(c) { out.append("\\") }
      out.append(c)
    }
    guard atLineStart, let first = out.first else { return out }
    // A block-level marker at the start of the line: #, -, +, =, or "1." / "1)".
    if "#-+=".contains(first) { return "\\" + out }
    let digits = out.prefix(while: \.isNumber)
    if !digits.isEmpty, let next = out.dropFirst(digits.count).first, next == "." || next == ")" {
      return digits + "\\" + out.dropFirst(digits.count)
    }
    return out
  }
}
