import SettleModel

/// Checks a claim as a whole: charge ids, `appliesTo` references, the files it names, the
/// declarant a Texas jurat needs, and the event log's hash chain.
///
/// Works on the JSON tree rather than the decoded `Claim`, so these problems are reported even
/// when other fields failed to decode.
struct ClaimValidator {
  let file: String
  let folder: String
  let allowsOutside: Bool
  let verifiesChain: Bool
  var diagnostics: [Diagnostic] = []

  init(file: String, folder: String, allowsOutside: Bool, verifiesChain: Bool = true) {
    self.file = file
    self.folder = folder
    self.allowsOutside = allowsOutside
    self.verifiesChain = verifiesChain
  }

  mutating func validate(_ root: JSONNode) {
    let (chargeIDs, firstSeen) = checkChargeIDs(root)
    checkReferences(root, key: "payments", chargeIDs: chargeIDs, known: firstSeen)
    checkReferences(root, key: "credits", chargeIDs: chargeIDs, known: firstSeen)
    checkFiles(root)
    checkDeclarant(root)
    if verifiesChain { checkChain(root) }
  }

  private mutating func report(
    _ severity: Diagnostic.Severity, _ kind: DiagnosticKind, _ node: JSONNode, _ path: JSONPath, _ message: String,
    found: String? = nil, expected: String? = nil
  ) {
    diagnostics.append(
      Diagnostic(
        severity, kind, file: file, location: node.range.start, path: path, message: message, found: found,
        expected: expected))
  }

  private static func elements(_ root: JSONNode, _ key: String) -> [JSONNode] {
    if case .array(let e)? = root[key]?.value { return e }
    return []
  }

  private static func stringValue(_ node: JSONNode?) -> String? {
    if case .string(let s)? = node?.value { return s }
    return nil
  }

  /// Reports duplicate ids; returns the ids in file order and where each was first written.
  private mutating func checkChargeIDs(_ root: JSONNode) -> ([String], [String: SourceLocation]) {
    let charges = ClaimValidator.elements(root, "charges")
    var firstSeen: [String: SourceLocation] = [:]
    firstSeen.reserveCapacity(charges.count)
    var ids: [String] = []
    ids.reserveCapacity(charges.count)
    if root["charges"] != nil && charges.isEmpty, case .array? = root["charges"]?.value, let node = root["charges"] {
      report(
        .warning, .noCharges, node, JSONPath.root.appending("charges"), "the claim has no charges, so nothing is owed")
    }
    for (i, charge) in charges.enumerated() {
      guard let idNode = charge["id"], let id = ClaimValidator.stringValue(idNode) else { continue }
      if let first = firstSeen[id] {
        report(
          .error, .duplicateChargeID, idNode, JSONPath.root.appending("charges").appending(i).appending("id"),
          "charge id \(JSONWriter.quoted(id)) is used twice (first at \(first)); each invoice needs its own id",
          found: id,
          expected: "a unique charge id")
      } else {
        firstSeen[id] = idNode.range.start
        ids.append(id)
      }
    }
    return (ids, firstSeen)
  }

  private mutating func checkReferences(
    _ root: JSONNode, key: String, chargeIDs: [String], known: [String: SourceLocation]
  ) {
    for (i, item) in ClaimValidator.elements(root, key).enumerated() {
      guard let node = item["appliesTo"], let target = ClaimValidator.stringValue(node) else { continue }
      if known[target] != nil { continue }
      var message = "appliesTo \(JSONWriter.quoted(target)) names no charge"
      if let near = Suggestion.nearest(to: target, in: chargeIDs) {
        message += "; did you mean '\(near)'?"
      } else if !chargeIDs.isEmpty {
        message +=
          "; charge ids are " + chargeIDs.prefix(10).map { "\"\($0)\"" }.joined(separator: ", ")
          + (chargeIDs.count > 10 ? ", …" : "")
      }
      report(
        .error, .unknownChargeReference, node, JSONPath.root.appending(key).appending(i).appending("appliesTo"),
        message, found: target, expected: "a charge id")
    }
  }

  private mutating func checkFiles(_ root: JSONNode) {
    for (i, charge) in ClaimValidator.elements(root, "charges").enumerated() {
      if let node = charge["invoice"], let path = ClaimValidator.stringValue(node), !path.isEmpty {
        checkFile(
          path, node, JSONPath.root.appending("charges").appending(i).appending("invoice"),
          allowed: [.pdf, .png, .jpeg])
      }
    }
    for (i, exhibit) in ClaimValidator.elements(root, "exhibits").enumerated() {
      if let node = exhibit["file"], let path = ClaimValidator.stringValue(node), !path.isEmpty {
        checkFile(
          path, node, JSONPath.root.appending("exhibits").appending(i).appending("file"), allowed: [.pdf, .png, .jpeg])
      }
    }
    if let node = root["creditor"]?["logo"], let path = ClaimValidator.stringValue(node), !path.isEmpty {
      checkFile(path, node, JSONPath.root.appending("creditor").appending("logo"), allowed: [.png, .jpeg])
    }
  }

  private mutating func checkFile(_ path: String, _ node: JSONNode, _ jsonPath: JSONPath, allowed: [EvidenceFileKind]) {
    switch FileInspector.inspect(path, claimFolder: folder, allowsOutside: allowsOutside) {
    case .success(let inspected):
      if !allowed.contains(inspected.kind) {
        report(
          .error, .fileUnsupportedType, node, jsonPath,
          "file \"\(path)\" is a \(inspected.kind.rawValue.uppercased()); expected "
            + allowed.map { $0.rawValue.uppercased() }.joined(separator: " or "),
          found: inspected.kind.rawValue, expected: allowed.map(\.rawValue).joined(separator: ", "))
      }
    case .failure(let problem):
      report(.error, problem.diagnosticKind, node, jsonPath, problem.description, found: path)
    }
  }

  private mutating func checkDeclarant(_ root: JSONNode) {
    guard ClaimValidator.stringValue(root["jurisdiction"]) == Jurisdiction.usTX.rawValue,
      let jurisdiction = root["jurisdiction"]
    else { return }
    guard let declarant = root["declarant"] else {
      report(
        .warning, .declarantIncomplete, jurisdiction, JSONPath.root.appending("jurisdiction"),
        "a Texas unsworn declaration states the declarant's address and date of birth; add \"declarant\" with \"address\" and \"birthDate\""
      )
      return
    }
    var missing: [String] = []
    if declarant["address"] == nil { missing.append("address") }
    if declarant["birthDate"] == nil { missing.append("birthDate") }
    if !missing.isEmpty {
      report(
        .warning, .declarantIncomplete, declarant, JSONPath.root.appending("declarant"),
        "a Texas unsworn declaration states the declarant's address and date of birth; add "
          + missing.map { "\"\($0)\"" }.joined(separator: " and "))
    }
  }

  private mutating func checkChain(_ root: JSONNode) {
    let events = ClaimValidator.elements(root, "events")
    guard let broken = EventLog.verify(events) else { return }
    // A log written entirely by hand (no chain at all) is a softer case than an edited one.
    let path = JSONPath.root.appending("events").appending(broken.index).appending("chain")
    diagnostics.append(
      Diagnostic(
        .warning, .brokenChain, file: file, location: broken.location, path: path,
        message: broken.description + "; the timeline will show the log as unverified", found: broken.found,
        expected: broken.expected))
  }
}
