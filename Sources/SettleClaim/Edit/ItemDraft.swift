import SettleModel

/// A list entry as given on the command line (`settle add charge --amount "1,180.00" …`): field
/// values as typed, keyed by their claim.json names, not yet checked.
public struct ItemDraft: Sendable, Hashable {
  /// Which list the entry goes to.
  public var kind: ClaimItemKind
  /// The values by field name (`"id"`, `"dueDate"`, `"amount"`, …). Amounts may be typed as people
  /// do (`"$1,180.00"`); a file field names a file relative to the working directory.
  public var fields: [String: String]

  /// Creates a draft.
  public init(kind: ClaimItemKind, fields: [String: String]) {
    self.kind = kind
    self.fields = fields
  }

  /// Checks every field against `claim` and builds the entry.
  ///
  /// Unknown and missing fields are refused first; then each value is checked in `settle check`'s
  /// words (`FieldCheck`), and a file is inspected and planned into the claim's folder
  /// (`EvidenceImport`, not copied yet). A charge without `dueDate` gets its date plus the claim's
  /// net days. References between items (`appliesTo`, duplicate ids) are left to the check of the
  /// whole resulting claim.
  /// - Parameters:
  ///   - claim: the claim the entry is added to (its currency and terms).
  ///   - claimFolder: the claim's folder.
  ///   - workingDirectory: the folder a relative file path starts from.
  /// - Returns: the entry and, for an invoice or exhibit, where its file goes.
  /// - Throws: `ClaimEditError.unknownField`, `.missingField` or `.invalidField`.
  func resolve(against claim: Claim, claimFolder: String, workingDirectory: String) throws(ClaimEditError) -> (
    ClaimItem, EvidenceImport?
  ) {
    for name in fields.keys.sorted() where !kind.fields.contains(name) {
      throw .unknownField(kind: kind, field: name, suggestion: Suggestion.nearest(to: name, in: kind.fields))
    }
    for name in kind.requiredFields where fields[name] == nil {
      throw .missingField(kind: kind, field: name)
    }
    let index: Int
    switch kind {
    case .charge: index = claim.charges.count
    case .payment: index = claim.payments.count
    case .credit: index = claim.credits.count
    case .exhibit: index = claim.exhibits.count
    }
    let check = FieldCheck(currency: claim.currency)
    let base = JSONPath.root.appending(kind.listKey).appending(index)
    func get<T>(_ name: String, _ read: (String, JSONPath) -> Result<T, FieldProblem>) throws(ClaimEditError) -> T? {
      guard let text = fields[name] else { return nil }
      switch read(text, base.appending(name)) {
      case .success(let value): return value
      case .failure(let problem): throw .invalidField(field: name, problem)
      }
    }
    func need<T>(_ name: String, _ read: (String, JSONPath) -> Result<T, FieldProblem>) throws(ClaimEditError) -> T {
      guard let value = try get(name, read) else { throw .missingField(kind: kind, field: name) }
      return value
    }
    func file(_ name: String, titled title: String) throws(ClaimEditError) -> EvidenceImport? {
      guard
        let inspected = try get(
          name, { text, path in check.evidenceFile(text, workingDirectory: workingDirectory, at: path) })
      else { return nil }
      return EvidenceImport.plan(inspected, name: title, subfolder: kind.evidenceFolder, claimFolder: claimFolder)
    }

    switch kind {
    case .charge:
      let id = try need("id", check.text)
      let date = try need("date", check.date)
      let due = try get("dueDate", check.date) ?? date.adding(days: claim.terms.netDays)
      let description = try need("description", check.text)
      let amount = try need("amount", check.amount)
      let evidence = try file("invoice", titled: id)
      let charge = Charge(
        id: id, date: date, dueDate: due, description: description, amount: amount, invoice: evidence?.relativePath)
      return (.charge(charge), evidence)
    case .payment:
      let payment = Payment(
        date: try need("date", check.date), amount: try need("amount", check.amount),
        method: try need("method", check.text),
        reference: try get("reference", check.string), appliesTo: try get("appliesTo", check.text))
      return (.payment(payment), nil)
    case .credit:
      let credit = Credit(
        date: try need("date", check.date), amount: try need("amount", check.amount),
        reason: try need("reason", check.text),
        appliesTo: try get("appliesTo", check.text))
      return (.credit(credit), nil)
    case .exhibit:
      let title = try need("title", check.text)
      let date = try get("date", check.date)
      guard let evidence = try file("file", titled: title) else { throw .missingField(kind: kind, field: "file") }
      return (.exhibit(Exhibit(title: title, file: evidence.relativePath, date: date)), evidence)
    }
  }
}
