/// Why a file named in a claim (invoice, exhibit, logo) cannot be used.
public enum FileProblem: Error, Sendable, Hashable, CustomStringConvertible {
  /// Nothing exists at the path.
  case missing(path: String)
  /// The file exists but cannot be opened or read; `reason` is the system's message.
  case unreadable(path: String, reason: String)
  /// The file's bytes are not PDF, PNG or JPEG; `detected` says what it looks like, when known.
  case unsupportedType(path: String, detected: String?)
  /// A PDF lacks `%%EOF` or `startxref` near its end, as happens when a download or copy was cut short.
  case truncatedPDF(path: String)
  /// A PNG lacks its closing `IEND` chunk, as happens when a download or copy was cut short.
  case truncatedPNG(path: String)
  /// A PDF is encrypted (its trailer names `/Encrypt`) and may need a password to open.
  case encryptedPDF(path: String)
  /// The path leads outside the claim's folder (after resolving `..` and symbolic links) and outside files were not allowed.
  case outsideClaimFolder(path: String, resolved: String)

  /// The path as written in the claim.
  public var path: String {
    switch self {
    case .missing(let p), .unreadable(let p, _), .unsupportedType(let p, _), .truncatedPDF(let p), .truncatedPNG(let p),
      .encryptedPDF(let p), .outsideClaimFolder(let p, _):
      p
    }
  }

  /// The diagnostic kind `settle check` and `settle add` report this problem as.
  public var diagnosticKind: DiagnosticKind {
    switch self {
    case .missing: .fileMissing
    case .unreadable: .fileUnreadable
    case .unsupportedType: .fileUnsupportedType
    case .truncatedPDF, .truncatedPNG: .fileTruncated
    case .encryptedPDF: .fileEncrypted
    case .outsideClaimFolder: .fileOutsideFolder
    }
  }

  public var description: String {
    switch self {
    case .missing(let p): "file \"\(p)\" does not exist"
    case .unreadable(let p, let reason): "file \"\(p)\" cannot be read: \(reason)"
    case .unsupportedType(let p, let detected):
      "file \"\(p)\" is \(detected ?? "not a recognised type"); expected a PDF, PNG or JPEG file"
    case .truncatedPDF(let p): "file \"\(p)\" is a truncated PDF (no %%EOF or startxref at its end); copy it again"
    case .truncatedPNG(let p): "file \"\(p)\" is a truncated PNG (no IEND chunk at its end); copy it again"
    case .encryptedPDF(let p): "file \"\(p)\" is an encrypted PDF; save an unprotected copy"
    case .outsideClaimFolder(let p, let resolved):
      "file \"\(p)\" is outside the claim's folder (it resolves to \(resolved)); move it into the folder or pass --allow-outside"
    }
  }
}
