import SettleClaim
import SettleModel

/// `settle add charge|payment|credit|exhibit CLAIM [--field value …]`: add one entry to a claim.
public enum AddCommand: Command {
  public static let name = "add"
  public static let abstract = "Add one charge, payment, credit or exhibit to a claim"
  public static let discussion = """
    Fields are named like the claim's JSON keys. A charge takes --id, --date, --description and --amount, \
    and optionally --dueDate and --invoice FILE; a payment takes --date, --amount and --method, and \
    optionally --reference and --appliesTo ID; a credit takes --date, --amount and --reason, and optionally \
    --appliesTo ID; an exhibit takes --title and --file FILE, and optionally --date DATE.

    Amounts may be typed as people write them ("1,180.00", "$1,180.00"); they are written as "1180.00". A \
    charge without --dueDate is due --date plus the claim's net days, written out. FILE is relative to the \
    current directory; a file outside the claim's folder is copied into it (invoices/ID.pdf, exhibits/TITLE.pdf).

    Each field is checked as `settle check` checks it, and the claim with the new entry must still check clean \
    (unique invoice numbers, appliesTo naming a charge, files that open). The file is locked (claim.json.lock), \
    re-read, edited as text and replaced atomically, like `settle log`: every other byte stays as it was, and \
    a claim made by `settle new` grows exactly as if `settle new` had been given the entry.
    """
  public static let arguments = [
    ArgumentSpec("KIND", help: "What to add: charge, payment, credit or exhibit"),
    ArgumentSpec("CLAIM", help: "The claim file, or the folder holding claim.json"),
  ]
  public static let options: [OptionSpec] = [
    .value("--id", "ID", help: "charge: the invoice number"),
    .value("--date", "DATE", help: "the date, YYYY-MM-DD"),
    .value("--dueDate", "DATE", help: "charge: the due date (default: --date plus the claim's net days)"),
    .value("--description", "TEXT", help: "charge: what it was for"),
    .value("--amount", "AMOUNT", help: "charge, payment, credit: the amount in the claim's currency"),
    .value("--invoice", "FILE", help: "charge: the invoice (PDF, PNG or JPEG)"),
    .value("--method", "TEXT", help: "payment: how it was paid (check, card, bank transfer, …)"),
    .value("--reference", "TEXT", help: "payment: a check number or transaction reference"),
    .value("--reason", "TEXT", help: "credit: why it was given"),
    .value("--appliesTo", "ID", help: "payment, credit: the invoice it is for (default: oldest first)"),
    .value("--title", "TEXT", help: "exhibit: what it shows"),
    .value("--file", "FILE", help: "exhibit: the file (PDF, PNG or JPEG)"),
  ]

  public static func run(_ arguments: ParsedArguments, _ io: inout CommandIO) throws(CommandFailure) {
    let kindText = arguments.positionals[0]
    guard let kind = ClaimItemKind(rawValue: kindText) else {
      let kinds = ClaimItemKind.allCases.map(\.rawValue)
      var message = "settle add: '\(kindText)' is not something to add; expected " + kinds.joined(separator: ", ")
      if let near = ArgumentParser.nearest(kindText, kinds) { message += "; did you mean '\(near)'?" }
      throw .usage(message)
    }
    var fields: [String: String] = [:]
    for option in options {
      if let value = arguments.value(option.name) { fields[String(option.name.dropFirst(2))] = value }
    }
    let command = "settle add \(kind.rawValue)"
    // Problems are printed only when the claim cannot be added to; its warnings (such as "no
    // charges" before the first charge is added) are for `settle check`.
    let loaded = ClaimFile.load(arguments.positionals[1])
    if loaded.diagnostics.containsErrors {
      for d in loaded.diagnostics { io.printError(d.description) }
      throw .invalidInput("\(command): \(ClaimLoading.summary(loaded.diagnostics))")
    }
    do {
      let added = try ClaimEdit.append(
        ItemDraft(kind: kind, fields: fields), toClaimAt: loaded.path, workingDirectory: ".")
      var line = "\(added.claimPath): added \(kind.rawValue) \(label(added.item)) as $.\(kind.listKey)[\(added.index)]"
      if let copied = added.copiedFile { line += "; copied the file to \(copied)" }
      io.print(line)
    } catch {
      switch error {
      case .file(let e): throw .io("\(command): \(e)")
      case .unknownField, .missingField: throw .usage("\(command): \(error) (see settle add --help)")
      case .invalidField(let field, let problem): throw .usage("\(command): --\(field): \(problem.message)")
      case .invalidClaim(let diagnostics), .rejected(let diagnostics):
        for d in diagnostics { io.printError(d.description) }
        let what =
          if case .rejected = error {
            "the claim would not check clean with this \(kind.rawValue); nothing was added"
          } else {
            "the claim has errors"
          }
        throw .invalidInput("\(command): \(what) (\(ClaimLoading.summary(diagnostics)))")
      case .edit(let e): throw .invalidInput("\(command): \(loaded.path): \(e)")
      }
    }
  }

  private static func label(_ item: ClaimItem) -> String {
    switch item {
    case .charge(let c): "\(c.id) (\(c.amount) \(c.amount.currency.code))"
    case .payment(let p): "of \(p.amount) \(p.amount.currency.code) on \(p.date)"
    case .credit(let c): "of \(c.amount) \(c.amount.currency.code) on \(c.date)"
    case .exhibit(let e): "\"\(e.title)\""
    }
  }
}
