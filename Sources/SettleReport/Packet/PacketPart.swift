/// A part of the packet: a top-level bookmark and a named destination.
public enum PacketPart: String, Sendable, Hashable, CaseIterable {
  case cover, collectionReport, statement, exhibitIndex, declaration, demand, exhibits, timeline

  /// The bookmark and contents title.
  public var title: String {
    switch self {
    case .cover: return "Cover"
    case .collectionReport: return "Collection report"
    case .statement: return "Statement of account"
    case .exhibitIndex: return "Exhibit index"
    case .declaration: return "Declaration of account"
    case .demand: return "Proof of pre-filing demand"
    case .exhibits: return "Exhibits"
    case .timeline: return "Timeline appendix"
    }
  }

  /// The named destination at the part's first page.
  public var anchor: String { "part-" + rawValue }
}
