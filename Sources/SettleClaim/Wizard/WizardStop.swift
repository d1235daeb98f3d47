/// Why the wizard stopped before writing anything.
public enum WizardStop: Error, Sendable, Hashable, CustomStringConvertible {
  /// The input ended (Ctrl-D, or the piped answers ran out) before the last question.
  case endOfInput
  /// The person typed `q` to leave.
  case quit
  /// The person answered "no" when asked to write the claim.
  case declined

  public var description: String {
    switch self {
    case .endOfInput: "the answers ended before the last question; nothing was written"
    case .quit: "left the wizard; nothing was written"
    case .declined: "the claim was not written"
    }
  }
}
