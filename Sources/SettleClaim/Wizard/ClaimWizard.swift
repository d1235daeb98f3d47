import SettleModel

/// `settle new`: asks, one question at a time, for everything a claim needs, and returns the
/// claim ready to write.
///
/// The order follows a web claim wizard, with the net days moved before the charges so each
/// invoice's due date can default to its date plus the terms:
/// 1. your business (the creditor), then the claim's currency, reference, jurisdiction (for Texas
///    also who signs the declaration) and folder;
/// 2. the customer; 3. what was provided and why it is owed; 4. the payment terms (net days);
/// 5. the outstanding charges with their invoice files; 6. payments received, with the balance
///    left after each; 7. a late fee and interest, only when agreed in writing; 8. a review with
///    the itemized balance, and the question whether to write it.
///
/// Every answer is checked as it is given with `settle check`'s own code and words
/// (`FieldCheck`) and asked again when refused. `q` or the end of input stops the wizard with
/// `WizardStop`, and nothing is written. The wizard itself never writes: `ClaimFolder.write` does.
public struct ClaimWizard {
  /// Where questions are asked and answers read.
  public var console: any WizardConsole
  /// "Today": the default claim year, the date no invoice or payment may be after, and the
  /// date the review's balance is computed for.
  public var asOf: CivilDate
  /// The folder to create; nil to ask for it (the default is the claim reference).
  public var folder: String?
  /// Where relative invoice paths start (the current directory).
  public var workingDirectory: String
  /// The home folder, for invoice paths typed as `~/…`.
  public var homeDirectory: String?

  /// Creates a wizard.
  public init(
    console: any WizardConsole, asOf: CivilDate, folder: String?, workingDirectory: String = ".",
    homeDirectory: String? = nil
  ) {
    self.console = console
    self.asOf = asOf
    self.folder = folder
    self.workingDirectory = workingDirectory
    self.homeDirectory = homeDirectory
  }

  /// Asks every question and returns the finished claim.
  /// - Throws: `WizardStop` when the person leaves (`q`), the input ends, or they decline to write.
  public func run() throws(WizardStop) -> ClaimDraft {
    let session = WizardSession(wizard: self)
    return try session.run()
  }
}

/// The state of one run of the wizard.
final class WizardSession {
  let wizard: ClaimWizard
  let io: Interviewer
  var check = FieldCheck(currency: nil)
  var charges: [Charge] = []
  var payments: [Payment] = []
  var imports: [EvidenceImport] = []

  init(wizard: ClaimWizard) {
    self.wizard = wizard
    self.io = Interviewer(console: wizard.console)
  }

  var asOf: CivilDate { wizard.asOf }

  func run() throws(WizardStop) -> ClaimDraft {
    io.say(io.style.heading("New claim"))
    io.say("Answer each question and press Enter. A value in [brackets] is the default: Enter takes it.")
    io.say("Type q (or press Ctrl-D) to leave at any time; nothing is written until you confirm at the end.")

    // 1. The creditor and the claim.
    io.section("1. Your business (the creditor)")
    let creditor = Creditor(
      name: try askText("Business name", at: path("creditor", "name")),
      contact: try askText("Contact person (signs your letters)", at: path("creditor", "contact")),
      email: try askEmail("Email", at: path("creditor", "email"), optional: false),
      phone: try askText("Phone", at: path("creditor", "phone")),
      address: try askAddress("Postal address", at: path("creditor", "address")))
    let currency = try io.ask("Currency (ISO 4217 code)", default: "USD") {
      check.currencyCode($0, at: path("currency")).asAnswer
    }
    check.currency = currency
    let id = try askText("Claim reference", default: "CLM-\(asOf.year)-0001", at: path("id"))
    io.say(io.style.hint("Where a claim would be filed: US (federal forms), US-CA, US-NY or US-TX."))
    let jurisdiction = try io.ask("Jurisdiction", default: Jurisdiction.us.rawValue) {
      check.word($0.allSatisfy(\.isASCII) ? $0.uppercased() : $0, as: Jurisdiction.self, at: path("jurisdiction"))
        .asAnswer
    }
    var declarant: Declarant?
    if jurisdiction == .usTX {
      io.say(io.style.hint("A Texas declaration of account names who signs it, with their address and date of birth."))
      let name = try askText("Who signs the declaration", default: creditor.contact, at: path("declarant", "name"))
      let title = try askText("Their title (Owner, Manager, …)", at: path("declarant", "title"))
      let address =
        try io.askYesNo("Is their address the business address?", default: true)
        ? creditor.address : try askAddress("Their postal address", at: path("declarant", "address"))
      let birthDate = try askDate("Their date of birth (YYYY-MM-DD)", at: path("declarant", "birthDate"))
      declarant = Declarant(name: name, title: title, address: address, birthDate: birthDate)
    }
    let folder: String
    if let given = wizard.folder {
      folder = given
    } else {
      folder = try io.ask("Folder to create for the claim", default: EvidenceImport.fileName(for: id)) { answer in
        let typed = TypedPath.normalized(answer, homeDirectory: wizard.homeDirectory)
        if let problem = ClaimFolder.problem(with: typed) { return .failure(AnswerProblem(problem)) }
        return .success(typed)
      }
    }

    // 2. The customer.
    io.section("2. The customer")
    let business = try io.ask(
      "Customer's business name " + io.style.hint("(Enter if the customer is a private person)"), default: ""
    ) {
      answer -> Result<String?, AnswerProblem> in
      answer.isEmpty ? .success(nil) : check.text(answer, at: path("customer", "businessName")).asAnswer.map { $0 }
    }
    let customer = Customer(
      businessName: business,
      contactName: try askText(
        business.map { "Contact person at \($0)" } ?? "Customer's full name", at: path("customer", "contactName")),
      email: try askEmail("Customer's email", at: path("customer", "email"), optional: true),
      phone: try io.ask("Customer's phone " + io.style.hint("(Enter if unknown)"), default: "") {
        check.string($0, at: path("customer", "phone")).asAnswer
      },
      address: try askAddress("Customer's postal address", at: path("customer", "address")),
      accountNumber: try askText("Customer's account number with you", at: path("customer", "accountNumber")))

    // 3. What happened.
    io.section("3. What you provided and why it is owed")
    let narrativeLines = try io.askLines(
      "In a few sentences: what did you provide, and why is the balance owed?", minimum: 1)
    let narrative = narrativeLines.joined(separator: "\n")

    // 4. The payment terms that due dates follow.
    io.section("4. Payment terms")
    let netDays = try io.ask("Invoices are due how many days after their date (net days)", default: "30") {
      check.count($0, in: 0...3650, example: "30", at: path("terms", "netDays")).asAnswer
    }

    // 5. The charges.
    io.section("5. Outstanding charges (invoices)")
    io.say(
      "Enter each unpaid or partly paid invoice. Amounts may be typed as you write them: 1180, 1,180.00, $1,180.00.")
    while let charge = try askCharge(netDays: netDays, folder: folder) {
      charges.append(charge)
      io.say(
        "  "
          + io.style.success(
            "Added \(charge.id): \(MoneyText.plain(charge.amount)), due \(charge.dueDate?.description ?? "")."))
    }

    // 6. Payments received.
    io.section("6. Payments received")
    io.say("Enter each payment the customer already made on these invoices.")
    while let payment = try askPayment() {
      payments.append(payment)
      let terms = Terms(netDays: netDays)
      let draft = makeClaim(
        id: id, currency: currency, creditor: creditor, customer: customer, narrative: narrative, terms: terms,
        jurisdiction: jurisdiction,
        declarant: declarant)
      if let ledger = try? Ledger.compute(draft, asOf: asOf) {
        let words = ledger.isCreditBalance ? "Credit balance (owed to the customer)" : "Remaining balance"
        io.say("  " + io.style.success("\(words): \(MoneyText.plain(MoneyText.magnitude(ledger.balance)))"))
      }
    }

    // 7. Late fee and interest, only as agreed.
    io.section("7. Late fee and interest")
    io.say("Only if the customer agreed to them in writing (on the invoice, the order or a contract).")
    var lateFee: LateFee?
    if try io.askYesNo("Did the customer agree in writing to a late fee?", default: false) {
      io.say(io.style.hint("A fixed amount per invoice (25.00) or a percent of each invoice (1.5%), charged once."))
      lateFee = try io.ask("Late fee") { answer in self.lateFee(answer) }
    }
    var interest: InterestTerms?
    if try io.askYesNo("Did the customer agree in writing to interest on overdue invoices?", default: false) {
      interest = InterestTerms(
        annualPercent: try io.ask("Interest rate, percent per year (simple)") {
          check.rate($0, at: path("terms", "interest", "annualPercent")).asAnswer
        })
    }
    let terms = Terms(netDays: netDays, lateFee: lateFee, interest: interest)
    let claim = makeClaim(
      id: id, currency: currency, creditor: creditor, customer: customer, narrative: narrative, terms: terms,
      jurisdiction: jurisdiction,
      declarant: declarant)

    // 8. Review.
    io.section("8. Review")
    io.say(ClaimReview.text(of: claim, asOf: asOf, folder: folder, style: io.style))
    guard try io.askYesNo("Write the claim to \(ClaimFolder.claimPath(in: folder))?", default: true) else {
      throw .declined
    }
    return ClaimDraft(claim: claim, folder: folder, imports: imports)
  }

  func makeClaim(
    id: String, currency: Currency, creditor: Creditor, customer: Customer, narrative: String, terms: Terms,
    jurisdiction: Jurisdiction,
    declarant: Declarant?
  ) -> Claim {
    Claim(
      id: id, currency: currency, creditor: creditor, customer: customer, purpose: .customerCollection,
      narrative: narrative, terms: terms,
      charges: charges, payments: payments, credits: [], exhibits: [], events: [], paymentPlan: nil, intent: Intent(),
      jurisdiction: jurisdiction, declarant: declarant)
  }

  // MARK: Steps

  /// One charge, or nil when the person is done.
  func askCharge(netDays: Int, folder: String) throws(WizardStop) -> Charge? {
    let index = charges.count
    let base = JSONPath.root.appending("charges").appending(index)
    io.say()
    let hint = charges.isEmpty ? "(Enter if there are none)" : "(Enter when there are no more)"
    let id = try io.ask("Invoice number " + io.style.hint(hint), default: "") {
      answer -> Result<String?, AnswerProblem> in
      if answer.isEmpty { return .success(nil) }
      if let other = charges.firstIndex(where: { $0.id == answer }) {
        return .failure(
          AnswerProblem(
            "invoice number \(JSONWriter.quoted(answer)) is already used by charge \(other + 1); each invoice needs its own number"
          ))
      }
      return check.text(answer, at: base.appending("id")).asAnswer.map { $0 }
    }
    guard let id else { return nil }
    let date = try askDate("Invoice date (YYYY-MM-DD)", at: base.appending("date"))
    let due = try io.ask("Due date", default: date.adding(days: netDays).description) {
      check.dueDate($0, of: date, at: base.appending("dueDate")).asAnswer
    }
    let description = try askText("What was it for (description)", at: base.appending("description"))
    let amount = try io.ask("Amount") { check.amount($0, at: base.appending("amount")).asAnswer }
    let evidence = try io.ask(
      "Invoice file: PDF, PNG or JPEG " + io.style.hint("(Enter if you have none)"), default: ""
    ) {
      answer -> Result<EvidenceImport?, AnswerProblem> in
      if answer.isEmpty { return .success(nil) }
      let typed = TypedPath.normalized(answer, homeDirectory: wizard.homeDirectory)
      return check.evidenceFile(typed, workingDirectory: wizard.workingDirectory, at: base.appending("invoice"))
        .asAnswer.map { file in
          EvidenceImport.plan(
            file, name: id, subfolder: "invoices", claimFolder: folder, reserved: Set(imports.map(\.relativePath)))
        }
    }
    if let evidence, evidence.needsCopy { imports.append(evidence) }
    return Charge(
      id: id, date: date, dueDate: due, description: description, amount: amount, invoice: evidence?.relativePath)
  }

  /// One payment, or nil when the person is done.
  func askPayment() throws(WizardStop) -> Payment? {
    let base = JSONPath.root.appending("payments").appending(payments.count)
    io.say()
    let hint = payments.isEmpty ? "(Enter if none was received)" : "(Enter when there are no more)"
    let date = try io.ask("Payment date, YYYY-MM-DD " + io.style.hint(hint), default: "") {
      answer -> Result<CivilDate?, AnswerProblem> in
      answer.isEmpty ? .success(nil) : self.notFuture(check.date(answer, at: base.appending("date"))).map { $0 }
    }
    guard let date else { return nil }
    let amount = try io.ask("Amount received") { check.amount($0, at: base.appending("amount")).asAnswer }
    let method = try askText("How was it paid (check, card, bank transfer, cash, …)", at: base.appending("method"))
    let reference = try io.ask("Reference, e.g. check number " + io.style.hint("(Enter if none)"), default: "") {
      answer -> Result<String?, AnswerProblem> in
      answer.isEmpty ? .success(nil) : check.string(answer, at: base.appending("reference")).asAnswer.map { $0 }
    }
    var appliesTo: String?
    if charges.count > 1 {
      let ids = charges.map(\.id)
      io.say(
        io.style.hint(
          "Invoices: " + ids.joined(separator: ", ") + ". Without one, the payment goes to the oldest invoices first."))
      appliesTo = try io.ask("Which invoice did it pay " + io.style.hint("(Enter for oldest first)"), default: "") {
        answer -> Result<String?, AnswerProblem> in
        answer.isEmpty
          ? .success(nil)
          : check.chargeReference(answer, chargeIDs: ids, at: base.appending("appliesTo")).asAnswer.map { $0 }
      }
    }
    return Payment(date: date, amount: amount, method: method, reference: reference, appliesTo: appliesTo)
  }

  /// A late fee typed as an amount (`25`, `$25.00`) or a percent (`1.5%`).
  func lateFee(_ answer: String) -> Result<LateFee, AnswerProblem> {
    let feePath = path("terms", "lateFee")
    if answer.hasSuffix("%") {
      return check.rate(answer, at: feePath.appending("percent")).asAnswer.map { .percent($0) }
    }
    return check.amount(answer, at: feePath.appending("flat")).asAnswer.map { .flat($0) }
  }

  // MARK: Question kinds

  func path(_ keys: String...) -> JSONPath { keys.reduce(JSONPath.root) { $0.appending($1) } }

  func askText(_ question: String, default defaultAnswer: String? = nil, at path: JSONPath) throws(WizardStop) -> String
  {
    try io.ask(question, default: defaultAnswer) { check.text($0, at: path).asAnswer }
  }

  func askDate(_ question: String, at path: JSONPath) throws(WizardStop) -> CivilDate {
    try io.ask(question) { notFuture(check.date($0, at: path)) }
  }

  /// A date on or before the as-of date: invoices and payments are in the past.
  func notFuture(_ result: Result<CivilDate, FieldProblem>) -> Result<CivilDate, AnswerProblem> {
    result.asAnswer.flatMap { date in
      date > asOf
        ? .failure(AnswerProblem("\(date) is after today (\(asOf)); enter a date that has passed")) : .success(date)
    }
  }

  func askEmail(_ question: String, at path: JSONPath, optional: Bool) throws(WizardStop) -> String {
    let prompt = optional ? question + " " + io.style.hint("(Enter if unknown)") : question
    return try io.ask(prompt, default: optional ? "" : nil) { answer in
      let checked = optional ? check.string(answer, at: path) : check.text(answer, at: path)
      return checked.asAnswer.flatMap { text in
        if text.isEmpty { return .success(text) }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        if parts.count != 2 || parts[0].isEmpty || !parts[1].contains(".") || text.contains(where: \.isWhitespace) {
          return .failure(
            AnswerProblem("\(JSONWriter.quoted(text)) does not look like an email address (name@example.com)"))
        }
        return .success(text)
      }
    }
  }

  func askAddress(_ question: String, at path: JSONPath) throws(WizardStop) -> [String] {
    try io.askLines(question + ", one line at a time", minimum: 1)
  }
}
