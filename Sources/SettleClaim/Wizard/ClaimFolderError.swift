/// Why a claim folder was not written. Nothing the attempt wrote is left behind.
public enum ClaimFolderError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The folder cannot take a new claim: it is a file, or it already holds `claim.json`.
  case unusable(folder: String, reason: String)
  /// Creating the folder, copying an invoice or writing `claim.json` failed.
  case file(FileAccessError)
  /// The finished claim does not check clean (a bug in the wizard, or a file changed meanwhile).
  case invalid([Diagnostic])

  public var description: String {
    switch self {
    case .unusable(_, let reason): reason
    case .file(let e): e.description
    case .invalid(let diagnostics):
      "the claim does not check clean:\n" + diagnostics.map(\.description).joined(separator: "\n")
    }
  }
}
