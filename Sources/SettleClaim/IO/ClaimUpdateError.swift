/// Why a locked claim update failed.
public enum ClaimUpdateError<Failure: Error>: Error, CustomStringConvertible {
  /// Locking, reading or writing the file failed; the file is unchanged.
  case file(FileAccessError)
  /// The transform refused the current content; the file is unchanged.
  case transform(Failure)

  public var description: String {
    switch self {
    case .file(let e): e.description
    case .transform(let e): String(describing: e)
    }
  }
}
