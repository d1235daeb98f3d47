import Foundation
import ImageDecode
import SettleClaim
import SettleModel
import SettleReport
import Typeset

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
    // The other core reads the fonts while this one loads the claim; a claim file this large
    // has hundreds of lines, so it also makes the fonts' shaping tables (the statement is the
    // same either way).
    StatementDocument.prepare(isLong: claimFileSize(arguments.positionals[0]) >= 40_000)
    let (claim, loaded) = try ClaimLoading.loadValidClaim(arguments.positionals[0], io: io)
    let ledger = try ClaimLoading.ledger(claim, file: loaded.path, asOf: io.asOf)
    let bytes: [UInt8]
    do {
      let logo = claim.creditor.logo.flatMap { loadLogo($0, folder: loaded.folder, claimPath: loaded.path, io: io) }
      bytes = try StatementDocument(claim: claim, ledger: ledger, options: StatementOptions(logo: logo)).renderPDF()
    } catch {
      throw .io("settle statement: \(error)")
    }
    try io.writeOutput(bytes, to: output)
  }

  /// The size in bytes of the claim file at `path` (or of `claim.json` in the folder `path`),
  /// 0 when it cannot be read: only a hint for `StatementDocument.prepare`, loading checks the file.
  static func claimFileSize(_ path: String) -> Int {
    var info = stat()
    guard stat(path, &info) == 0 else { return 0 }
    if info.st_mode & S_IFMT == S_IFDIR {
      let file = path.hasSuffix("/") ? path + "claim.json" : path + "/claim.json"
      guard stat(file, &info) == 0 else { return 0 }
    }
    return Int(info.st_size)
  }

  /// The creditor's logo (PNG or JPEG, relative to the claim file's folder), or nil with a
  /// warning on standard error when it cannot be read: a missing logo never stops a statement.
  static func loadLogo(_ path: String, folder: String, claimPath: String, io: CommandIO) -> RasterImage? {
    let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : URL(fileURLWithPath: folder).appendingPathComponent(path)
    guard let data = FileManager.default.contents(atPath: url.path), data.count <= 20_000_000 else {
      io.printError("\(claimPath): warning: creditor.logo \(path) cannot be read; the statement has no logo")
      return nil
    }
    let image: DecodedImage
    do { image = try ImageDecoder.decode([UInt8](data)) } catch {
      io.printError("\(claimPath): warning: creditor.logo \(path): \(error); the statement has no logo")
      return nil
    }
    let id = "logo-" + String(data.count) + "-" + String(image.width) + "x" + String(image.height)
    if let jpeg = image.jpeg {
      guard jpeg.bitsPerComponent == 8 else { return nil }
      return RasterImage(
        id: id, pixelWidth: image.width, pixelHeight: image.height,
        encoding: .jpeg(data: jpeg.data, components: image.components, invertCMYK: jpeg.isInvertedCMYK))
    }
    return RasterImage(
      id: id, pixelWidth: image.width, pixelHeight: image.height,
      encoding: .samples(pixels: image.samples, components: image.components, alpha: image.alpha))
  }
}
