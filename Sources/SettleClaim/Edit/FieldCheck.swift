import SettleModel

/// Checks one value at a time with the code and the messages of `settle check`.
///
/// `settle new` checks each answer as it is typed and `settle add` each `--field`. Every method
/// hands the value to `ClaimDecoder` as it would stand in claim.json, so a refused value gets the
/// message `settle check` prints for it, without a file position (the value is not in a file yet).
/// Amounts and rates are first read the way people type them (`"$1,180.00"`, `"12 %"`), then in
/// the strict form, whose message is the one shown when neither reading works.
struct FieldCheck {
  /// The claim's currency, which amounts are read in; nil until known.
  var currency: Currency?

  /// Runs one decoder reader on `value` and turns its first diagnostic into a problem.
  private func decode<T>(
    _ value: JSONValue, _ path: JSONPath, _ read: (inout ClaimDecoder, JSONNode, JSONPath) -> T?
  ) -> Result<T, FieldProblem> {
    var decoder = ClaimDecoder(file: "claim.json")
    decoder.currency = currency
    let result = read(&decoder, JSONNode(value: value, range: .none), path)
    if let first = decoder.diagnostics.first(where: { $0.severity == .error }) {
      return .failure(
        FieldProblem(path: path, message: FieldCheck.withoutRepeatedValue(first.message, value), kind: first.kind))
    }
    guard let result else { return .failure(FieldProblem(path: path, message: "is not a valid value")) }
    return .success(result)
  }

  /// The message without a leading quoted value that the rest of the message quotes again
  /// (`"03/02/2026": "03/02/2026" is not a date …` reads `"03/02/2026" is not a date …`).
  static func withoutRepeatedValue(_ message: String, _ value: JSONValue) -> String {
    guard case .string(let text) = value else { return message }
    let quoted = JSONWriter.quoted(text)
    let prefix = quoted + ": "
    if message.hasPrefix(prefix + quoted) { return String(message.dropFirst(prefix.count)) }
    return message
  }

  /// Text that must hold something other than spaces (names, descriptions, ids).
  func text(_ answer: String, at path: JSONPath) -> Result<String, FieldProblem> {
    decode(.string(answer), path) { d, n, p in d.text(n, p) }
  }

  /// Any string, possibly empty (an unknown phone number).
  func string(_ answer: String, at path: JSONPath) -> Result<String, FieldProblem> {
    decode(.string(answer), path) { d, n, p in d.string(n, p) }
  }

  /// An ISO 8601 date, strictly (`2026-02-30` is refused with the reason).
  func date(_ answer: String, at path: JSONPath) -> Result<CivilDate, FieldProblem> {
    decode(.string(answer.trimmingSpaces), path) { d, n, p in d.date(n, p) }
  }

  /// A positive amount in the claim's currency, typed as people do (`"$1,180.00"`, `"1.180,00 €"`).
  ///
  /// The strict claim form is tried first, then `Money.parseHumanInput`; when both refuse, the
  /// strict reader's message is returned, which is what `settle check` says about the same text.
  func amount(_ answer: String, at path: JSONPath) -> Result<Money, FieldProblem> {
    let strict = decode(.string(answer), path) { d, n, p in d.amount(n, p, positive: true) }
    guard case .failure(let problem) = strict, let currency else { return strict }
    switch Money.parseHumanInput(answer, currency: currency) {
    case .success(let money):
      // A zero amount is refused in the strict reader's words for the normal form.
      return decode(.string(money.description), path) { d, n, p in d.amount(n, p, positive: true) }
    case .failure(let error):
      // Signs, surplus decimals and other currencies are explained best by the strict reader; for
      // text only the lenient reader could have read ("$1,18"), its reason is the useful one.
      if problem.kind == .invalidAmount && answer.contains(where: { $0.isASCII && $0.isNumber }) {
        return .failure(
          FieldProblem(path: path, message: "\(JSONWriter.quoted(answer)): \(error)", kind: .invalidAmount))
      }
      return strict
    }
  }

  /// A rate in percent (`"12"`, `"10.27"`, also `"12 %"` as typed).
  func rate(_ answer: String, at path: JSONPath) -> Result<Rate, FieldProblem> {
    var text = answer.trimmingSpaces
    if text.hasSuffix("%") { text = String(text.dropLast()).trimmingSpaces }
    return decode(.string(text), path) { d, n, p in d.rate(n, p) }
  }

  /// A whole number in `range` (`netDays`).
  func count(_ answer: String, in range: ClosedRange<Int>, example: String, at path: JSONPath) -> Result<
    Int, FieldProblem
  > {
    let text = answer.trimmingSpaces
    return decode(.number(text.isEmpty ? "\"\"" : text), path) { d, n, p in d.count(n, p, in: range, example: example) }
  }

  /// One of an enumeration's raw values, with "did you mean" for a typo.
  func word<E: RawRepresentable & CaseIterable>(_ answer: String, as type: E.Type, at path: JSONPath) -> Result<
    E, FieldProblem
  >
  where E.RawValue == String {
    decode(.string(answer.trimmingSpaces), path) { d, n, p in d.word(n, p, as: type) }
  }

  /// An ISO 4217 currency code; lower case is accepted as typed and written in upper case.
  func currencyCode(_ answer: String, at path: JSONPath) -> Result<Currency, FieldProblem> {
    let text = answer.trimmingSpaces
    let upper = text.allSatisfy({ $0.isASCII }) ? text.uppercased() : text
    return decode(.string(upper), path) { d, n, p in d.decodeCurrency(n, p) }
  }

  /// A charge's due date, which must be a valid date on or after the charge's `date`.
  ///
  /// Checked by decoding the charge as `settle check` does, so the refusal reads the same.
  /// - Parameter path: the due date's path, e.g. `$.charges[0].dueDate`.
  func dueDate(_ answer: String, of date: CivilDate, at path: JSONPath) -> Result<CivilDate, FieldProblem> {
    let charge = JSONValue.makeObject([
      ("id", .string("-")), ("date", .string(date.description)), ("dueDate", .string(answer.trimmingSpaces)),
      ("description", .string("-")), ("amount", .string("1")),
    ])
    let chargePath = JSONPath(components: Array(path.components.dropLast()))
    switch decode(charge, chargePath, { d, n, p in d.decodeCharge(n, p) }) {
    case .success(let decoded):
      return .success(decoded.dueDate ?? date)
    case .failure(var problem):
      problem.path = path
      return .failure(problem)
    }
  }

  /// A payment's or credit's `appliesTo`: one of `chargeIDs`, with `settle check`'s message
  /// (and its "did you mean") for any other.
  /// - Parameter path: the reference's path, e.g. `$.payments[1].appliesTo`.
  func chargeReference(_ answer: String, chargeIDs: [String], at path: JSONPath) -> Result<String, FieldProblem> {
    let text = answer.trimmingSpaces
    if case .failure(let problem) = self.text(text, at: path) { return .failure(problem) }
    let root = JSONValue.makeObject([
      ("charges", .makeArray(chargeIDs.map { JSONValue.makeObject([("id", .string($0))]) })),
      ("payments", .makeArray([.makeObject([("appliesTo", .string(text))])])),
    ])
    var validator = ClaimValidator(file: "claim.json", folder: ".", allowsOutside: true)
    validator.validate(JSONNode(value: root, range: .none))
    if let refusal = validator.diagnostics.first(where: { $0.kind == .unknownChargeReference }) {
      return .failure(FieldProblem(path: path, message: refusal.message, kind: refusal.kind))
    }
    return .success(text)
  }

  /// An evidence file (invoice or exhibit) before it is copied into the claim: it exists, it is a
  /// PDF, PNG or JPEG by its bytes, and it is complete and unencrypted (`FileInspector`).
  /// - Parameters:
  ///   - answer: the path as typed (relative to `workingDirectory`, or absolute).
  ///   - workingDirectory: the folder relative paths start from.
  func evidenceFile(_ answer: String, workingDirectory: String, at path: JSONPath) -> Result<
    InspectedFile, FieldProblem
  > {
    switch FileInspector.inspect(answer, claimFolder: workingDirectory, allowsOutside: true) {
    case .success(let file): return .success(file)
    case .failure(let problem):
      return .failure(FieldProblem(path: path, message: problem.description, kind: problem.diagnosticKind))
    }
  }
}
