import SettleClaim
import SettleModel
import SettleReport

/// `settle statement CLAIM -o statement.pdf`: the itemized statement of account as a PDF/A-2b file.
public enum StatementCommand: Command, RequiredOptions {
  public static let name = "statement"
  public static let abstract = "Write the itemized statement of account (PDF)"
  public static let discussion = """
    Writes the statement as of the as-of date: creditor and customer, the amount due, every charge, \
    payment, credit, late fee and interest line with its running balance, the account summary, the aging \
    by due date, each invoice's status, and how late fees and interest were charged. The account number \
    is masked to its last four digits. The file is PDF/A-2b and is replaced atomically; -o - writes it to \
    standard output. With --as-of (or SOURCE_DATE_EPOCH) the same claim gives byte-identical output.
    """
  public static let arguments = [ArgumentSpec("CLAIM", help: "The claim file, or the folder holding claim.json")]
  public static let options: [OptionSpec] = [CommonOptions.output]
  public static let requiredOptions = ["--output"]

  public static func run(_ arguments: ParsedArguments, _ io: inout CommandIO) throws(CommandFailure) {
    guard let output = arguments.value("--output") else { throw .usage("settle statement: missing -o FILE") }
    let (claim, loaded) = try ClaimLoading.loadValidClaim(arguments.positionals[0], io: io)
    let ledger = try ClaimLoading.ledger(claim, file: loaded.path, asOf: io.asOf)
    let bytes: [UInt8]
    do {
      bytes = try StatementDocument(claim: claim, ledger: ledger).renderPDF()
    } catch {
      throw .io("settle statement: \(error)")
    }
    try io.writeOutput(bytes, to: output)
  }
}
