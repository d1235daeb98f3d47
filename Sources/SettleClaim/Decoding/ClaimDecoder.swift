import SettleModel

/// Maps a parsed `claim.json` to a `Claim`, collecting every problem instead of stopping at the first.
///
/// Decoding checks each value's type and form (strict amounts, dates, instants and rates, known
/// fields only); `ClaimValidator` then checks the claim as a whole (ids, references, files, chain).
struct ClaimDecoder {
  /// The file name used in diagnostics.
  let file: String
  /// Every problem found so far.
  var diagnostics: [Diagnostic] = []
  /// The claim's currency once read; amounts are parsed in it.
  var currency: Currency?

  init(file: String) { self.file = file }

  // MARK: Reporting

  mutating func error(
    _ kind: DiagnosticKind, _ node: JSONNode?, _ path: @autoclosure () -> JSONPath, _ message: String,
    found: String? = nil,
    expected: String? = nil
  ) {
    diagnostics.append(
      Diagnostic(
        .error, kind, file: file, location: node?.range.start, path: path(), message: message, found: found,
        expected: expected))
  }

  mutating func warning(
    _ kind: DiagnosticKind, _ node: JSONNode?, _ path: @autoclosure () -> JSONPath, _ message: String
  ) {
    diagnostics.append(
      Diagnostic(.warning, kind, file: file, location: node?.range.start, path: path(), message: message))
  }

  // MARK: The claim

  mutating func decodeClaim(_ root: JSONNode) -> Claim? {
    let path = JSONPath.root
    guard let fields = object(root, path, allowed: ClaimSchema.claim, required: []) else { return nil }
    let errorsBefore = diagnostics.filter { $0.severity == .error }.count

    // Schema first: a file for another tool or version explains everything that follows.
    if let node = fields["schema"] {
      if case .string(let s) = node.value {
        if s != ClaimSchema.identifier {
          error(
            .unsupportedSchema, node, path.appending("schema"),
            "unsupported schema \(JSONWriter.quoted(s)); this version of settle reads \"\(ClaimSchema.identifier)\"",
            found: s, expected: ClaimSchema.identifier)
        }
      } else {
        wrongType(node, path.appending("schema"), expected: "the string \"\(ClaimSchema.identifier)\"")
      }
    } else {
      error(
        .missingSchema, root, path,
        "missing \"schema\"; expected \"schema\": \"\(ClaimSchema.identifier)\" as the first field",
        expected: ClaimSchema.identifier)
    }
    for key in ClaimSchema.claimRequired where key != "schema" && fields[key] == nil {
      missing(key, in: root, path)
    }

    let id = fields.read("id") { text($0, path.appending("id")) }
    if let node = fields["currency"] { currency = decodeCurrency(node, path.appending("currency")) }
    let creditor = fields.read("creditor") { decodeCreditor($0, path.appending("creditor")) }
    let customer = fields.read("customer") { decodeCustomer($0, path.appending("customer")) }
    let purpose = fields.read("purpose") { word($0, path.appending("purpose"), as: Purpose.self) }
    let narrative = fields.read("narrative") { text($0, path.appending("narrative")) }
    let terms = fields.read("terms") { decodeTerms($0, path.appending("terms")) }
    let charges = list(fields["charges"], path.appending("charges")) { d, n, p in d.decodeCharge(n, p()) }
    let payments = list(fields["payments"], path.appending("payments")) { d, n, p in d.decodePayment(n, p()) }
    let credits = list(fields["credits"], path.appending("credits")) { d, n, p in d.decodeCredit(n, p()) }
    let exhibits = list(fields["exhibits"], path.appending("exhibits")) { d, n, p in d.decodeExhibit(n, p()) }
    let events = list(fields["events"], path.appending("events")) { d, n, p in d.decodeEvent(n, p()) }
    let plan = fields.read("paymentPlan") { decodePlan($0, path.appending("paymentPlan")) }
    let intent = fields["intent"].map { decodeIntent($0, path.appending("intent")) } ?? Intent()
    let jurisdiction =
      fields["jurisdiction"].map { word($0, path.appending("jurisdiction"), as: Jurisdiction.self) } ?? .us
    let declarant = fields.read("declarant") { decodeDeclarant($0, path.appending("declarant")) }

    guard diagnostics.filter({ $0.severity == .error }).count == errorsBefore,
      let id, let currency, let creditor, let customer, let purpose, let narrative, let terms, let charges,
      let payments,
      let credits, let exhibits, let events, let jurisdiction
    else { return nil }
    if fields["paymentPlan"] != nil && plan == nil { return nil }
    if fields["declarant"] != nil && declarant == nil { return nil }
    return Claim(
      id: id, currency: currency, creditor: creditor, customer: customer, purpose: purpose, narrative: narrative,
      terms: terms, charges: charges, payments: payments, credits: credits, exhibits: exhibits, events: events,
      paymentPlan: plan, intent: intent, jurisdiction: jurisdiction, declarant: declarant)
  }

  // MARK: Sections

  mutating func decodeCurrency(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> Currency? {
    guard let code = string(node, path()) else { return nil }
    if let c = Currency(code: code) { return c }
    let upper = code.uppercased()
    var message =
      "unknown currency \(JSONWriter.quoted(code)); expected an ISO 4217 code such as \"USD\", \"EUR\" or \"JPY\""
    if upper != code, Currency(code: upper) != nil {
      message += " (did you mean \"\(upper)\"? codes are upper case)"
    } else if let near = Suggestion.nearest(to: upper, in: Currency.allKnown.map(\.code)), near.count == 3 {
      message += " (did you mean \"\(near)\"?)"
    }
    error(.unknownCurrency, node, path(), message, found: code, expected: "an ISO 4217 currency code")
    return nil
  }

  mutating func decodeCreditor(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> Creditor? {
    guard let f = object(node, path(), allowed: ClaimSchema.creditor, required: ClaimSchema.creditorRequired) else {
      return nil
    }
    let name = f.read("name") { text($0, path().appending("name")) }
    let contact = f.read("contact") { text($0, path().appending("contact")) }
    let email = f.read("email") { string($0, path().appending("email")) }
    let phone = f.read("phone") { string($0, path().appending("phone")) }
    let address = f.read("address") { lines($0, path().appending("address")) }
    let logo = f.read("logo") { text($0, path().appending("logo")) }
    guard let name, let contact, let email, let phone, let address else { return nil }
    if f["logo"] != nil && logo == nil { return nil }
    return Creditor(name: name, contact: contact, email: email, phone: phone, address: address, logo: logo)
  }

  mutating func decodeCustomer(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> Customer? {
    guard let f = object(node, path(), allowed: ClaimSchema.customer, required: ClaimSchema.customerRequired) else {
      return nil
    }
    let business = f.read("businessName") { text($0, path().appending("businessName")) }
    let contact = f.read("contactName") { text($0, path().appending("contactName")) }
    let email = f.read("email") { string($0, path().appending("email")) }
    let phone = f.read("phone") { string($0, path().appending("phone")) }
    let address = f.read("address") { lines($0, path().appending("address")) }
    let account = f.read("accountNumber") { text($0, path().appending("accountNumber")) }
    guard let contact, let email, let phone, let address, let account else { return nil }
    if f["businessName"] != nil && business == nil { return nil }
    return Customer(
      businessName: business, contactName: contact, email: email, phone: phone, address: address, accountNumber: account
    )
  }

  mutating func decodeTerms(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> Terms? {
    guard let f = object(node, path(), allowed: ClaimSchema.terms, required: ["netDays"]) else { return nil }
    let netDays = f.read("netDays") { count($0, path().appending("netDays"), in: 0...3650, example: "30") }
    var lateFee: LateFee?
    var lateFeeFailed = false
    if let feeNode = f["lateFee"] {
      let feePath = path().appending("lateFee")
      if let ff = object(feeNode, feePath, allowed: ClaimSchema.lateFee, required: []) {
        switch (ff["flat"], ff["percent"]) {
        case (let flat?, nil):
          if let m = amount(flat, feePath.appending("flat"), positive: true) {
            lateFee = .flat(m)
          } else {
            lateFeeFailed = true
          }
        case (nil, let percent?):
          if let r = rate(percent, feePath.appending("percent")) { lateFee = .percent(r) } else { lateFeeFailed = true }
        case (.some, .some):
          error(
            .invalidValue, feeNode, feePath, "has both \"flat\" and \"percent\"; a late fee is one or the other",
            expected: "\"flat\" or \"percent\"")
          lateFeeFailed = true
        case (nil, nil):
          error(
            .missingField, feeNode, feePath, "needs \"flat\" (an amount) or \"percent\" (a rate)",
            expected: "\"flat\" or \"percent\"")
          lateFeeFailed = true
        }
      } else {
        lateFeeFailed = true
      }
    }
    var interest: InterestTerms?
    var interestFailed = false
    if let iNode = f["interest"] {
      let iPath = path().appending("interest")
      if let fi = object(iNode, iPath, allowed: ClaimSchema.interest, required: ClaimSchema.interest),
        let r = fi["annualPercent"].flatMap({ rate($0, iPath.appending("annualPercent")) })
      {
        interest = InterestTerms(annualPercent: r)
      } else {
        interestFailed = true
      }
    }
    guard let netDays, !lateFeeFailed, !interestFailed else { return nil }
    return Terms(netDays: netDays, lateFee: lateFee, interest: interest)
  }

  mutating func decodeCharge(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> Charge? {
    guard let f = object(node, path(), allowed: ClaimSchema.charge, required: ClaimSchema.chargeRequired) else {
      return nil
    }
    let id = f.read("id") { text($0, path().appending("id")) }
    let date = f.read("date") { self.date($0, path().appending("date")) }
    let due = f.read("dueDate") { self.date($0, path().appending("dueDate")) }
    let description = f.read("description") { text($0, path().appending("description")) }
    let amount = f.read("amount") { self.amount($0, path().appending("amount"), positive: true) }
    let invoice = f.read("invoice") { text($0, path().appending("invoice")) }
    if let date, let due, due < date, let dueNode = f["dueDate"] {
      error(
        .dueDateBeforeDate, dueNode, path().appending("dueDate"),
        "due date \(due) is before the charge's date \(date); a charge cannot fall due before it is made",
        found: due.description, expected: "a date on or after \(date)")
      return nil
    }
    guard let id, let date, let description, let amount else { return nil }
    if (due == nil && f.contains("dueDate")) || (invoice == nil && f.contains("invoice")) { return nil }
    return Charge(id: id, date: date, dueDate: due, description: description, amount: amount, invoice: invoice)
  }

  mutating func decodePayment(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> Payment? {
    guard let f = object(node, path(), allowed: ClaimSchema.payment, required: ClaimSchema.paymentRequired) else {
      return nil
    }
    let date = f.read("date") { self.date($0, path().appending("date")) }
    let amount = f.read("amount") { self.amount($0, path().appending("amount"), positive: true) }
    let method = f.read("method") { text($0, path().appending("method")) }
    let reference = f.read("reference") { string($0, path().appending("reference")) }
    let appliesTo = f.read("appliesTo") { text($0, path().appending("appliesTo")) }
    guard let date, let amount, let method else { return nil }
    if (reference == nil && f.contains("reference")) || (appliesTo == nil && f.contains("appliesTo")) { return nil }
    return Payment(date: date, amount: amount, method: method, reference: reference, appliesTo: appliesTo)
  }

  mutating func decodeCredit(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> Credit? {
    guard let f = object(node, path(), allowed: ClaimSchema.credit, required: ClaimSchema.creditRequired) else {
      return nil
    }
    let date = f.read("date") { self.date($0, path().appending("date")) }
    let amount = f.read("amount") { self.amount($0, path().appending("amount"), positive: true) }
    let reason = f.read("reason") { text($0, path().appending("reason")) }
    let appliesTo = f.read("appliesTo") { text($0, path().appending("appliesTo")) }
    guard let date, let amount, let reason else { return nil }
    if appliesTo == nil && f.contains("appliesTo") { return nil }
    return Credit(date: date, amount: amount, reason: reason, appliesTo: appliesTo)
  }

  mutating func decodeExhibit(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> Exhibit? {
    guard let f = object(node, path(), allowed: ClaimSchema.exhibit, required: ClaimSchema.exhibitRequired) else {
      return nil
    }
    let title = f.read("title") { text($0, path().appending("title")) }
    let file = f.read("file") { text($0, path().appending("file")) }
    let date = f.read("date") { self.date($0, path().appending("date")) }
    guard let title, let file else { return nil }
    if f["date"] != nil && date == nil { return nil }
    return Exhibit(title: title, file: file, date: date)
  }

  mutating func decodeEvent(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> Event? {
    guard let f = object(node, path(), allowed: ClaimSchema.event, required: ClaimSchema.eventRequired) else {
      return nil
    }
    let at = f.read("at") { instant($0, path().appending("at")) }
    let kind = f.read("kind") { word($0, path().appending("kind"), as: EventKind.self) }
    let channel = f.read("channel") { text($0, path().appending("channel")) }
    let summary = f.read("summary") { text($0, path().appending("summary")) }
    var chain: String?
    if let chainNode = f["chain"] {
      chain = string(chainNode, path().appending("chain"))
      if let c = chain,
        c.utf8.count != 64 || !c.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) })
      {
        error(
          .invalidValue, chainNode, path().appending("chain"),
          "chain must be 64 lowercase hex digits (written by `settle log`)", found: c)
        return nil
      }
    }
    guard let at, let kind, let summary else { return nil }
    if (f["channel"] != nil && channel == nil) || (f["chain"] != nil && chain == nil) { return nil }
    return Event(at: at, kind: kind, channel: channel, summary: summary, chain: chain)
  }

  mutating func decodePlan(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> PaymentPlanTerms? {
    guard let f = object(node, path(), allowed: ClaimSchema.paymentPlan, required: ClaimSchema.paymentPlan) else {
      return nil
    }
    let n = f.read("installments") { count($0, path().appending("installments"), in: 1...600, example: "6") }
    let first = f.read("firstDue") { date($0, path().appending("firstDue")) }
    let frequency = f.read("frequency") { word($0, path().appending("frequency"), as: PlanFrequency.self) }
    guard let n, let first, let frequency else { return nil }
    return PaymentPlanTerms(installments: n, firstDue: first, frequency: frequency)
  }

  mutating func decodeIntent(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> Intent {
    guard let f = object(node, path(), allowed: ClaimSchema.intent, required: []) else { return Intent() }
    let court = f.read("smallClaimsCourt") { text($0, path().appending("smallClaimsCourt")) }
    let agency = f.read("collectionAgency") { bool($0, path().appending("collectionAgency")) } ?? false
    let hold = f.read("creditHold") { bool($0, path().appending("creditHold")) } ?? false
    return Intent(smallClaimsCourt: court, collectionAgency: agency, creditHold: hold)
  }

  mutating func decodeDeclarant(_ node: JSONNode, _ path: @autoclosure () -> JSONPath) -> Declarant? {
    guard let f = object(node, path(), allowed: ClaimSchema.declarant, required: ClaimSchema.declarantRequired) else {
      return nil
    }
    let name = f.read("name") { text($0, path().appending("name")) }
    let title = f.read("title") { text($0, path().appending("title")) }
    let address = f.read("address") { lines($0, path().appending("address")) }
    let birth = f.read("birthDate") { date($0, path().appending("birthDate")) }
    guard let name, let title else { return nil }
    if (f["address"] != nil && address == nil) || (f["birthDate"] != nil && birth == nil) { return nil }
    return Declarant(name: name, title: title, address: address ?? [], birthDate: birth)
  }
}
