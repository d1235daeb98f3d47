import TypesetCore

/// The unit of pagination: a piece of a block that is never broken (a paragraph line, a table
/// row, a rule), a zero-height marker, or an instruction (page break, full-page exhibit).
struct FlowSlice {
  enum Content {
    /// Items to place, `frame.size.height` tall.
    case frame(Frame)
    /// A marker placed at the top of the next content slice.
    case marker(FlowMarker)
    case pageBreak
    case embeddedPage(EmbeddedPageBlock)
  }

  var content: Content
  /// Space above the slice; dropped at the top of a page.
  var spaceBefore: Length = .zero
  /// How strongly the slice holds to the one before it (see `FlowSlice.Glue`).
  var glue: Int = Glue.none
  /// Rows to repeat above this slice when it starts a page (a table's header).
  var repeatedHeader: RepeatedHeader? = nil
  /// Placed as one nested group rather than flattened (table rows: cheaper for large tables).
  var isGroup = false
  /// Names the slice's block in warnings.
  var location: FlowLocation

  /// Strengths of the bond between a slice and its predecessor. Pagination first keeps every
  /// bond of strength ≥ `weak` together; when such a chain is taller than a page, it retries
  /// with ≥ `strong`, then ≥ `marker` (everything else may break).
  enum Glue {
    /// A page may break here.
    static let none = 0
    /// Keep-together groups and keep-with-next headings: given up when the chain is too tall.
    static let weak = 1
    /// Widow/orphan lines, a table header and its first row, totals and the last row.
    static let strong = 2
    /// A marker and the content it marks: never separated.
    static let marker = 3
  }

  var height: Length {
    if case .frame(let frame) = content { return frame.size.height }
    return .zero
  }
}

/// A marker recorded where it lands.
enum FlowMarker {
  case anchor(String)
  case outline(OutlineMarker)
  case pageLabels(PageLabelStyle?)
}

/// Header rows repeated when a table continues on a new page.
struct RepeatedHeader {
  var frame: Frame
  var height: Length { frame.size.height }
}

/// Where a slice comes from, formatted only when a warning needs it (tables have many rows).
struct FlowLocation {
  /// The block, e.g. "block 4".
  var block: String
  /// For table rows: the part ("header", "body", "footer") and the 1-based row number.
  var row: (part: StaticString, number: Int)? = nil

  init(_ block: String) { self.block = block }
  init(block: String, part: StaticString, row: Int) {
    self.block = block
    self.row = (part, row)
  }

  /// E.g. "block 4 (table), body row 17".
  var text: String {
    guard let row else { return block }
    return "\(block) (table), \(row.part) row \(row.number)"
  }
}
