import SettleModel

/// The result of reading a claim file: the claim when it is usable, and every problem found.
public struct LoadedClaim: Sendable {
  /// The claim, or nil when any error was found.
  public var claim: Claim?
  /// Every problem found, in file order.
  public var diagnostics: [Diagnostic]
  /// The parsed JSON, when the file parsed.
  public var root: JSONNode?
  /// The claim file's path as given.
  public var path: String
  /// The folder holding the claim file; relative paths in the claim are relative to it.
  public var folder: String

  /// Creates a result.
  public init(claim: Claim?, diagnostics: [Diagnostic], root: JSONNode?, path: String, folder: String) {
    self.claim = claim
    self.diagnostics = diagnostics
    self.root = root
    self.path = path
    self.folder = folder
  }

  /// The errors only.
  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
  /// The warnings only.
  public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}
