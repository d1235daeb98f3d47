import SettleModel

/// Reads `claim.json` files: parse, decode and validate, collecting every problem.
public enum ClaimFile {
  /// Reads and checks the claim file at `path`.
  /// - Parameters:
  ///   - path: the claim file (or a folder holding `claim.json`).
  ///   - allowsOutside: whether invoices and exhibits may lie outside the claim's folder.
  ///   - verifiesChain: whether to check the event log's hash chain (`settle log` skips it here
  ///     because the append verifies the chain again under the lock).
  /// - Returns: the claim (nil on any error) and all diagnostics, in file order.
  public static func load(_ path: String, allowsOutside: Bool = false, verifiesChain: Bool = true) -> LoadedClaim {
    var file = path
    if isDirectory(path) { file = (path.hasSuffix("/") ? path : path + "/") + "claim.json" }
    let folder = FileSystem.directory(of: file)
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.readAll(file, limit: JSONLimits.standard.maxBytes)
    } catch {
      let kind: DiagnosticKind
      let message: String
      switch error {
      case .notFound:
        kind = .claimFileMissing
        message = "no such file; expected a claim file (claim.json)"
      case .tooLarge(_, let size, let limit):
        kind = .claimFileUnreadable
        message = "file is \(size) bytes; the limit is \(limit) bytes"
      case .unreadable(_, let reason), .unwritable(_, let reason), .lockFailed(_, let reason):
        kind = .claimFileUnreadable
        message = "cannot read: \(reason)"
      }
      return LoadedClaim(
        claim: nil, diagnostics: [Diagnostic(.error, kind, file: file, location: nil, path: nil, message: message)],
        root: nil,
        path: file, folder: folder)
    }
    return decode(bytes, file: file, folder: folder, allowsOutside: allowsOutside, verifiesChain: verifiesChain)
  }

  /// Checks claim bytes already read.
  /// - Parameters:
  ///   - bytes: the file's content.
  ///   - file: the name used in diagnostics.
  ///   - folder: the folder relative file paths start from.
  ///   - allowsOutside: whether files outside `folder` are accepted.
  ///   - verifiesChain: whether to check the event log's hash chain.
  public static func decode(
    _ bytes: [UInt8], file: String, folder: String, allowsOutside: Bool = false, verifiesChain: Bool = true
  ) -> LoadedClaim {
    if let kind = EvidenceFileKind.detect(Array(bytes.prefix(16))) {
      let d = Diagnostic(
        .error, .malformedJSON, file: file, location: nil, path: nil,
        message:
          "this is a \(kind.rawValue.uppercased()) file, not a claim; expected JSON with \"schema\": \"\(ClaimSchema.identifier)\""
      )
      return LoadedClaim(claim: nil, diagnostics: [d], root: nil, path: file, folder: folder)
    }
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      let d = Diagnostic(
        .error, .malformedJSON, file: file, location: error.location, path: nil, message: error.message)
      return LoadedClaim(claim: nil, diagnostics: [d], root: nil, path: file, folder: folder)
    }
    var decoder = ClaimDecoder(file: file)
    var claim = decoder.decodeClaim(root)
    var validator = ClaimValidator(
      file: file, folder: folder, allowsOutside: allowsOutside, verifiesChain: verifiesChain)
    validator.validate(root)
    let diagnostics = (decoder.diagnostics + validator.diagnostics).sortedByLocation
    if diagnostics.containsErrors { claim = nil }
    return LoadedClaim(claim: claim, diagnostics: diagnostics, root: root, path: file, folder: folder)
  }

  private static func isDirectory(_ path: String) -> Bool {
    guard let resolved = FileSystem.resolved(path) else { return false }
    return FileSystem.isDirectory(resolved)
  }
}
