import SettleClaim
import SettleModel
import SettleReport
import Typeset

/// `settle demo [-o DIR]`: the built-in example's claim folder, packet (filing and archive),
/// statement and the text of every notice stage, written to DIR (default `out/`).
public enum DemoCommand: Command {
  public static let name = "demo"
  public static let abstract = "Write the built-in example's packet, archive copy, statement and notices"
  public static let discussion = """
    Needs no files: the example claim is built in and its invoices are made as small PDFs by Settle itself. \
    Writes DIR/claim/ (claim.json with a hash-chained log, invoices/), DIR/packet.pdf (filing copy, PDF/A-2b), \
    DIR/packet-archive.pdf (PDF/A-3b with the originals attached), DIR/statement.pdf and \
    DIR/notices/<stage>.txt for reminder, follow-up, final and demand. Use --as-of \(DemoClaim.suggestedAsOf) \
    (as `make demo` does) for the dates the example was written for.
    """
  public static let arguments: [ArgumentSpec] = []
  public static let options: [OptionSpec] = [
    .value("--output", short: "-o", "DIR", help: "The folder to write into (default out)")
  ]

  public static func run(_ arguments: ParsedArguments, _ io: inout CommandIO) throws(CommandFailure) {
    let folder = arguments.value("--output") ?? "out"
    guard folder != "-" else { throw .usage("settle demo: -o takes a folder, not -") }
    let fontBook: FontBook
    do { fontBook = try FontBook.standard() } catch { throw .io("settle demo: fonts: \(error)") }
    let claimPath = try writeClaimFolder(into: folder + "/claim", fontBook: fontBook, io: io)

    for copy in PacketCopy.allCases {
      let packet = try PacketAssembly.packet(
        claimPath: claimPath, asOf: io.asOf, options: PacketOptions(copy: copy), diagnostics: { [io] in io.printError($0) })
      let rendered = try PacketCommand.render(packet, fontBook: fontBook)
      let path = folder + (copy == .filing ? "/packet.pdf" : "/packet-archive.pdf")
      try io.writeOutput(rendered.bytes, to: path)
      io.print("\(path): \(rendered.layout.pages.count) pages, \(rendered.bytes.count) bytes, \(rendered.conformance)")
    }

    let (claim, loaded) = try ClaimLoading.loadValidClaim(claimPath, io: io)
    let ledger = try ClaimLoading.ledger(claim, file: loaded.path, asOf: io.asOf)
    do {
      let statement = try StatementDocument(claim: claim, ledger: ledger).renderPDF(fontBook: fontBook)
      try io.writeOutput(statement, to: folder + "/statement.pdf")
      io.print("\(folder)/statement.pdf: \(statement.count) bytes")
    } catch {
      throw .io("settle demo: statement: \(error)")
    }
    let templates: NoticeTemplateSet
    do { templates = try NoticeTemplateSet.builtIn() } catch { throw .io("settle demo: \(error)") }
    for kind in NoticeKind.stages {
      do {
        let notice = try NoticeComposer.compose(kind, claim: claim, options: NoticeOptions(asOf: io.asOf), templates: templates)
        if notice.isBlocked {
          io.printError("settle demo: the \(kind.rawValue) notice is blocked by wording rules; not written")
          continue
        }
        let path = folder + "/notices/" + kind.fileName
        try FileManagerDirectories.create(folder + "/notices")
        try io.writeOutput(Array(notice.text().utf8), to: path)
        io.print(path)
      } catch let failure as CommandFailure {
        throw failure
      } catch {
        io.printError("settle demo: \(kind.rawValue) notice: \(error)")
      }
    }
  }

  /// Writes `claim.json` (the log appended event by event, so its chain is `EventLog`'s own) and
  /// the generated invoice PDFs into `folder`.
  /// - Returns: the claim file's path.
  static func writeClaimFolder(into folder: String, fontBook: FontBook, io: CommandIO) throws(CommandFailure) -> String {
    var bytes = Array(DemoClaim.json.utf8)
    for draft in DemoClaim.events {
      do { bytes = try EventLog.appending(draft, to: bytes, path: "claim.json").bytes } catch {
        throw .io("settle demo: the built-in log: \(error)")
      }
    }
    let decoded = ClaimFile.decode(
      Array(DemoClaim.jsonWithoutInvoices.utf8), file: folder + "/claim.json", folder: folder, verifiesChain: false)
    guard let values = decoded.claim else {
      throw .io(
        "settle demo: the built-in claim is invalid:\n" + decoded.diagnostics.map(\.description).joined(separator: "\n"))
    }
    do { try FileManagerDirectories.create(folder + "/invoices") } catch { throw .io("settle demo: \(folder): \(error)") }
    for charge in values.charges {
      let pdf: [UInt8]
      do { pdf = try DemoInvoice.pdf(for: charge, claim: values, fontBook: fontBook) } catch {
        throw .io("settle demo: invoice \(charge.id): \(error)")
      }
      try io.writeOutput(pdf, to: folder + "/invoices/" + charge.id + ".pdf")
    }
    try io.writeOutput(bytes, to: folder + "/claim.json")
    return folder + "/claim.json"
  }
}
