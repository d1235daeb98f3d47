/// A position in a text where a new line may start (UAX #14).
public struct LineBreakOpportunity: Sendable, Hashable {
  /// The UTF-8 byte offset in the text where the new line would start.
  public var offset: Int

  /// Whether the break is required: after BK, CR LF, CR, LF or NL, and at the end of the text.
  public var isMandatory: Bool

  /// Creates an opportunity at `offset`.
  public init(offset: Int, isMandatory: Bool) {
    self.offset = offset
    self.isMandatory = isMandatory
  }
}
