import SettleClaim
import SettleModel
import SettleReport
import Typeset

/// `settle packet CLAIM -o packet.pdf [--copy filing|archive] [--bates PREFIX] [--split-mb N]
/// [--exhibits-dir DIR] [--allow-non-pdfa]`: the court-ready packet.
public enum PacketCommand: Command, RequiredOptions {
  public static let name = "packet"
  public static let abstract = "Write the court-ready packet (PDF/A): report, statement, declaration, demand, exhibits, log"
  public static let discussion = """
    Parts: cover, collection report, itemized statement, exhibit index (page and Bates ranges, SHA-256 of \
    each original), declaration of account in the claim's jurisdiction's form, proof of the pre-filing demand, \
    every exhibit behind a tab sheet with its stamp, and the timeline appendix with the log's hash chain \
    checked (a broken chain is printed as broken). Every page has a consecutive number and a Bates number; \
    every part and exhibit has a bookmark, shown on opening.

    The filing copy (default) is PDF/A-2b, Letter, nothing attached, account numbers masked to the last four \
    digits. --copy archive writes PDF/A-3b with every original file attached and full account numbers. \
    --split-mb N writes volumes under N × 1,000,000 bytes as NAME-1.pdf, NAME-2.pdf, … beside -o, split at \
    parts and exhibits. --exhibits-dir DIR also writes each exhibit as its own PDF/A file. A packet that \
    cannot be PDF/A fails (exit 1) listing every problem, unless --allow-non-pdfa is given.
    """
  public static let arguments = [ArgumentSpec("CLAIM", help: "The claim file, or the folder holding claim.json")]
  public static let options: [OptionSpec] = [
    CommonOptions.output,
    .value("--copy", "COPY", help: "filing (PDF/A-2b, default) or archive (PDF/A-3b with originals)", allowed: ["filing", "archive"]),
    .value("--bates", "PREFIX", help: "Bates prefix; default from the creditor's initials"),
    .value("--split-mb", "N", help: "Write volumes under N × 1,000,000 bytes as NAME-1.pdf, NAME-2.pdf, …"),
    .value("--exhibits-dir", "DIR", help: "Also write each exhibit as its own PDF/A file into DIR"),
    .flag("--allow-non-pdfa", help: "Write a packet that cannot be PDF/A anyway (its XMP then claims no PDF/A part)"),
  ]
  public static let requiredOptions = ["--output"]

  public static func run(_ arguments: ParsedArguments, _ io: inout CommandIO) throws(CommandFailure) {
    guard let output = arguments.value("--output") else { throw .usage("settle packet: missing -o FILE") }
    let options = try packetOptions(arguments)
    let splitMB = try arguments.integer("--split-mb", in: 1...100_000)
    if splitMB != nil && output == "-" { throw .usage("settle packet: --split-mb needs -o FILE, not -") }
    let packet = try PacketAssembly.packet(
      claimPath: arguments.positionals[0], asOf: io.asOf, options: options, diagnostics: { [io] in io.printError($0) })
    let rendered = try render(packet)
    for problem in rendered.problems { io.printError("warning: not PDF/A: \(problem)") }

    if let exhibitsDir = arguments.value("--exhibits-dir") {
      let files: [(exhibit: PacketExhibit, bytes: [UInt8])]
      do { files = try packet.exhibitFiles(of: rendered) } catch { throw .io("settle packet: \(error)") }
      do { try FileManagerDirectories.create(exhibitsDir) } catch { throw .io("settle packet: \(exhibitsDir): \(error)") }
      for file in files {
        try io.writeOutput(file.bytes, to: exhibitsDir + "/" + exhibitFileName(file.exhibit))
      }
    }
    if let splitMB {
      let volumes: [PacketVolume]
      do { volumes = try packet.volumes(of: rendered, maximumBytes: splitMB * 1_000_000) } catch {
        throw .invalidInput("settle packet: \(error)")
      }
      let base = output.hasSuffix(".pdf") ? String(output.dropLast(4)) : output
      for volume in volumes {
        let path = base + "-\(volume.number).pdf"
        try io.writeOutput(volume.bytes, to: path)
        io.printError("\(path): pages \(volume.pages.lowerBound)–\(volume.pages.upperBound), \(volume.bytes.count) bytes")
      }
      return
    }
    try io.writeOutput(rendered.bytes, to: output)
  }

  /// The options from `--copy`, `--bates` and `--allow-non-pdfa`.
  static func packetOptions(_ arguments: ParsedArguments) throws(CommandFailure) -> PacketOptions {
    let copy = PacketCopy(rawValue: arguments.value("--copy") ?? "filing") ?? .filing
    var bates = arguments.value("--bates")
    if let prefix = bates {
      let allowed = prefix.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
      guard !prefix.isEmpty, prefix.count <= 16, allowed else {
        throw .usage("settle packet: --bates \(prefix): use 1 to 16 ASCII letters, digits, - or _")
      }
      bates = prefix
    }
    return PacketOptions(copy: copy, batesPrefix: bates, allowsNonPDFA: arguments.isSet("--allow-non-pdfa"))
  }

  /// Renders, turning packet errors into exit codes: conformance and oversize problems are the
  /// input's (1), the rest internal (3).
  static func render(_ packet: PacketDocument, fontBook: FontBook? = nil, layoutMemo: LayoutMemo? = nil)
    throws(CommandFailure) -> RenderedPacket
  {
    do {
      return try packet.render(fontBook: fontBook, layoutMemo: layoutMemo)
    } catch {
      switch error {
      case .notConforming, .exhibitTooLarge, .currencyMismatch: throw .invalidInput("\(packet.claim.id): \(error)")
      case .fontsUnavailable, .renderFailed: throw .io("\(packet.claim.id): \(error)")
      }
    }
  }

  /// `exhibit-03.pdf`.
  static func exhibitFileName(_ exhibit: PacketExhibit) -> String {
    let number = exhibit.number < 10 ? "0\(exhibit.number)" : String(exhibit.number)
    return "exhibit-\(number).pdf"
  }
}
