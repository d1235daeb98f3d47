import SettleModel

/// Adds entries to an existing claim file as text edits, so the rest of the file keeps its bytes.
///
/// `settle add` uses `append(_:toClaimAt:workingDirectory:)`: under the claim's lock
/// (`ClaimUpdate`, the same as `settle log`) it re-reads the file, refuses a claim that already has
/// errors, checks the new entry's fields, copies its file into the claim's folder, appends the
/// entry, checks the whole resulting claim and only then replaces the file atomically.
public enum ClaimEdit {
  /// The claim text with `item` appended to its list.
  ///
  /// An existing list grows by one element written in the file's own style; a missing list is
  /// created at its place in the schema's key order (`payments` right after `charges`). Written
  /// with `ClaimFormatter`'s rules, a claim built by appending equals the same claim formatted whole.
  /// - Returns: the new bytes and the item's index in its list.
  /// - Throws: `JSONEditError` when the text does not parse or its list is not an array.
  public static func appending(_ item: ClaimItem, to bytes: [UInt8]) throws(JSONEditError) -> (
    bytes: [UInt8], index: Int
  ) {
    let root: JSONNode
    do { root = try JSONParser.parse(bytes) } catch { throw .syntax(error) }
    let path = JSONPath.root.appending(item.listKey)
    let order = item.kind.fields
    if let list = root[item.listKey] {
      guard case .array(let elements) = list.value else {
        throw .wrongType(path, expected: "an array", found: list.value.typeName)
      }
      return (try JSONTextEdit.appending(item.jsonValue, toArrayAt: path, in: bytes, keyOrder: order), elements.count)
    }
    let edited = try JSONTextEdit.insertingMember(
      item.listKey, .makeArray([item.jsonValue]), intoObjectAt: .root, memberOrder: ClaimSchema.claim, in: bytes,
      keyOrder: order)
    return (edited, 0)
  }

  /// What `append` added.
  public struct Added: Sendable, Hashable {
    /// The claim file that was changed.
    public var claimPath: String
    /// The entry as written.
    public var item: ClaimItem
    /// Its index in its list.
    public var index: Int
    /// The file copied into the claim's folder, relative to it, when one was.
    public var copiedFile: String?
  }

  /// Adds one entry to the claim file at `path`, safely against concurrent writers and crashes.
  /// - Parameters:
  ///   - draft: the entry's fields as given.
  ///   - path: the claim file, or the folder holding `claim.json`.
  ///   - workingDirectory: where a relative invoice or exhibit path starts.
  /// - Returns: what was added.
  /// - Throws: `ClaimEditError`; the claim file is then unchanged and no copy is left behind.
  public static func append(_ draft: ItemDraft, toClaimAt path: String, workingDirectory: String) throws(ClaimEditError)
    -> Added
  {
    let file = FileSystem.isDirectory(path) ? (path.hasSuffix("/") ? path : path + "/") + "claim.json" : path
    let folder = FileSystem.directory(of: file)
    var copy: EvidenceImport?
    do throws(ClaimUpdateError<ClaimEditError>) {
      return try ClaimUpdate.apply(toClaimAt: file) {
        (bytes: [UInt8]) throws(ClaimEditError) -> (bytes: [UInt8], output: Added) in
        let before = ClaimFile.decode(bytes, file: file, folder: folder)
        guard let claim = before.claim else { throw .invalidClaim(before.diagnostics) }
        let (item, evidence) = try draft.resolve(
          against: claim, claimFolder: folder, workingDirectory: workingDirectory)
        if let evidence {
          do throws(FileAccessError) {
            if try evidence.perform(claimFolder: folder) { copy = evidence }
          } catch {
            throw .file(error)
          }
        }
        let edited: (bytes: [UInt8], index: Int)
        do throws(JSONEditError) { edited = try appending(item, to: bytes) } catch { throw .edit(error) }
        let after = ClaimFile.decode(edited.bytes, file: file, folder: folder)
        if after.diagnostics.containsErrors {
          let itemPath = JSONPath.root.appending(item.listKey).appending(edited.index)
          throw .rejected(
            after.errors.map { d in
              var d = d
              // Positions inside the new entry point into a file that was never written.
              if let p = d.path, p.components.starts(with: itemPath.components) { d.location = nil }
              return d
            })
        }
        return (edited.bytes, Added(claimPath: file, item: item, index: edited.index, copiedFile: copy?.relativePath))
      }
    } catch {
      copy?.undo(claimFolder: folder)
      switch error {
      case .file(let e): throw .file(e)
      case .transform(let e): throw e
      }
    }
  }
}
