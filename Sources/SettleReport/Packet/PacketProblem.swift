/// A conformance problem found in the packet, with the part or exhibit it comes from.
public struct PacketProblem: Sendable, Hashable, CustomStringConvertible {
  /// Where the problem is: a part ("Collection report") or an exhibit ("Exhibit 2: Signed order").
  public var source: String
  /// What is wrong, in the renderer's or the importer's words.
  public var message: String

  /// Creates a problem.
  public init(source: String, message: String) {
    self.source = source
    self.message = message
  }

  public var description: String { source + ": " + message }
}
