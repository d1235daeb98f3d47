import TypesetCore
import TypesetText

/// What a paragraph or table is set from, as a dictionary key: a layout repeated for its page
/// references (`DocumentLayouter.layout(maximumPasses:_:)`) looks its unchanged paragraphs and
/// tables up instead of shaping and breaking them again.
///
/// Equality compares every field. The hash is a fingerprint computed once, when the key is made,
/// from the texts, counts and measures only, and for a table from at most
/// `fingerprintedRows` rows at each end of each part: it merely narrows the search, so it need
/// not see everything equality does, and a 3,000-row table laid out three times must not cost
/// three walks over every cell's style. (Arrays shared with the earlier pass, such as the rows
/// of a table made once for all passes, compare equal without a walk.)
struct RepeatedLayoutKey: Hashable {
  /// What was set.
  enum Content: Equatable {
    /// A paragraph's spans, style and link (its anchor does not change its lines).
    case paragraph(spans: [StyledSpan], style: ParagraphStyle, link: LinkItem.Target?)
    /// A table at a location: its slices name the location in their warnings and rows.
    case table(Table, location: String)
  }

  let content: Content
  /// The measure the content was set in.
  let width: Length
  /// The page content height a table's rows were fitted to (zero for paragraphs).
  let pageHeight: Length
  private let fingerprint: Int

  /// The key of a paragraph set `width` wide.
  init(paragraph: Paragraph, width: Length) {
    content = .paragraph(spans: paragraph.spans, style: paragraph.style, link: paragraph.link)
    self.width = width
    pageHeight = .zero
    var hasher = Hasher()
    hasher.combine(0)
    RepeatedLayoutKey.combine(paragraph.spans, into: &hasher)
    hasher.combine(width)
    fingerprint = hasher.finalize()
  }

  /// The key of `table` set at `location`, `width` wide, on pages `pageHeight` tall.
  init(table: Table, location: String, width: Length, pageHeight: Length) {
    content = .table(table, location: location)
    self.width = width
    self.pageHeight = pageHeight
    var hasher = Hasher()
    hasher.combine(1)
    hasher.combine(location)
    hasher.combine(table.columns.count)
    for rows in [table.headerRows, table.bodyRows, table.footerRows] {
      hasher.combine(rows.count)
      let ends = rows.count <= 2 * Self.fingerprintedRows
        ? [rows.indices] : [0..<Self.fingerprintedRows, (rows.count - Self.fingerprintedRows)..<rows.count]
      for range in ends {
        for row in rows[range] {
          hasher.combine(row.cells.count)
          for cell in row.cells { RepeatedLayoutKey.combine(cell.spans, into: &hasher) }
        }
      }
    }
    hasher.combine(width)
    hasher.combine(pageHeight)
    fingerprint = hasher.finalize()
  }

  /// The rows at each end of each table part that the fingerprint reads.
  static let fingerprintedRows = 8

  /// The span texts (not their styles: comparing keys checks those).
  private static func combine(_ spans: [StyledSpan], into hasher: inout Hasher) {
    hasher.combine(spans.count)
    for span in spans { hasher.combine(span.text) }
  }

  static func == (a: RepeatedLayoutKey, b: RepeatedLayoutKey) -> Bool {
    a.fingerprint == b.fingerprint && a.width == b.width && a.pageHeight == b.pageHeight && a.content == b.content
  }

  func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }
}
