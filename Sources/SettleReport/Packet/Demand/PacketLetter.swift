/// A letter in the packet (the pre-filing demand), in structured form: the notices module's
/// demand stage converted to plain values so the report library need not know the claim module.
public struct PacketLetter: Sendable, Hashable {
  /// One block of the letter's body.
  public enum Block: Sendable, Hashable {
    /// A section heading.
    case heading(String)
    /// Running text.
    case paragraph(String)
    /// Lines kept as written (an address).
    case lines([String])
    /// A bulleted list.
    case list([String])
    /// A table: header cells, whether each column is right-aligned, and the rows.
    case table(header: [String], rightAligned: [Bool], rows: [TableRow])
  }

  /// A row of a letter's table.
  public struct TableRow: Sendable, Hashable {
    /// The cells, one per column.
    public var cells: [String]
    /// Whether the row is a total (set in bold below a rule).
    public var isTotal: Bool

    /// Creates a row.
    public init(cells: [String], isTotal: Bool = false) {
      self.cells = cells
      self.isTotal = isTotal
    }
  }

  /// The sender's lines (name first), printed as the return address.
  public var sender: [String]
  /// The recipient's lines (name first), printed where a window envelope shows them.
  public var recipient: [String]
  /// The date as printed.
  public var dateLine: String
  /// The subject line.
  public var subject: String
  /// The body.
  public var blocks: [Block]

  /// Creates a letter.
  public init(sender: [String], recipient: [String], dateLine: String, subject: String, blocks: [Block]) {
    self.sender = sender
    self.recipient = recipient
    self.dateLine = dateLine
    self.subject = subject
    self.blocks = blocks
  }
}
