/// One positional argument a command accepts.
public struct ArgumentSpec: Sendable, Hashable {
  /// The placeholder shown in usage, e.g. `CLAIM`.
  public var name: String
  /// One line of help.
  public var help: String
  /// Whether the argument may be left out.
  public var isOptional: Bool

  /// Creates an argument description.
  public init(_ name: String, help: String, isOptional: Bool = false) {
    self.name = name
    self.help = help
    self.isOptional = isOptional
  }
}
