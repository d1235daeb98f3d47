import Foundation
import SettleClaim
import SettleModel
import SettleReport
import Typeset

/// Turns a claim file into a `PacketDocument`: the ledger, the exhibit files read and imported,
/// the log's chain checked event by event, and the demand letter from the notices module.
///
/// Shared by `settle packet`, `settle batch` and `settle demo`.
public enum PacketAssembly {
  /// The largest exhibit file read (64 MB); larger files are reported, not read.
  public static let maximumExhibitBytes = 64 * 1_000_000

  /// Loads the claim at `path` and assembles its packet as of `asOf`.
  /// - Parameter diagnostics: receives every claim diagnostic and note, one line each.
  /// - Throws: `CommandFailure.invalidInput` for a claim with errors or an unreadable exhibit.
  public static func packet(
    claimPath path: String, asOf: CivilDate, options: PacketOptions, diagnostics: (String) -> Void
  ) throws(CommandFailure) -> PacketDocument {
    let loaded = ClaimFile.load(path, verifiesChain: false)
    for d in loaded.diagnostics { diagnostics(d.description) }
    guard let claim = loaded.claim else { throw .invalidInput("\(path): " + ClaimLoading.summary(loaded.diagnostics)) }
    // The demand letter needs only the claim: it is composed on the other core while the ledger
    // is computed, the exhibits are read and the log's chain is checked (in line where the caller
    // runs `serially`, as `settle batch` does); its notes follow the others as before.
    let copy = options.copy
    let pendingDemand = ParallelWork.start { () -> (letter: PacketLetter?, notes: [String]) in
      var notes: [String] = []
      let letter = demandLetter(claim, asOf: asOf, copy: copy) { notes.append($0) }
      return (letter, notes)
    }
    let ledger = try ClaimLoading.ledger(claim, file: loaded.path, asOf: asOf)
    let exhibits = try readExhibits(claim, ledger: ledger, folder: loaded.folder, claimFile: loaded.path)
    let (timeline, head) = checkedTimeline(claim, root: loaded.root)
    let (demand, demandNotes) = pendingDemand.value()
    for note in demandNotes { diagnostics(note) }
    var sources: [PDFAttachment] = []
    if options.copy == .archive, let bytes = FileManager.default.contents(atPath: loaded.path) {
      sources.append(
        PDFAttachment(
          fileName: "claim.json", mimeType: "application/json", data: Array(bytes),
          description: "The claim file the packet was made from (\(claim.id))",
          modificationDate: Int64(asOf.daysSinceEpoch) * 86_400, relationship: .source))
    }
    return PacketDocument(
      claim: claim, ledger: ledger, exhibits: exhibits, timeline: timeline, chainHead: head, demand: demand,
      sourceFiles: sources, options: options)
  }

  /// Invoices (charges up to the as-of date that name an invoice file, in charge order), then the
  /// claim's further exhibits, numbered from 1.
  static func readExhibits(_ claim: Claim, ledger: LedgerResult, folder: String, claimFile: String) throws(CommandFailure)
    -> [PacketExhibit]
  {
    var list: [PacketExhibit] = []
    for line in ledger.lines {
      guard let file = line.charge.invoice else { continue }
      let data = try read(file, folder: folder, claimFile: claimFile)
      do {
        list.append(
          try PacketExhibit(
            number: list.count + 1, title: "Invoice \(line.charge.id): \(line.charge.description)", date: line.charge.date,
            fileName: file, data: data, chargeID: line.charge.id))
      } catch {
        throw .invalidInput("\(claimFile): invoice \(file) of charge \(line.charge.id): \(error)")
      }
    }
    for exhibit in claim.exhibits {
      let data = try read(exhibit.file, folder: folder, claimFile: claimFile)
      do {
        list.append(
          try PacketExhibit(number: list.count + 1, title: exhibit.title, date: exhibit.date, fileName: exhibit.file, data: data))
      } catch {
        throw .invalidInput("\(claimFile): exhibit \(exhibit.file): \(error)")
      }
    }
    return list
  }

  private static func read(_ file: String, folder: String, claimFile: String) throws(CommandFailure) -> [UInt8] {
    let path = file.hasPrefix("/") ? file : (folder.isEmpty ? file : folder + "/" + file)
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
    guard let size else { throw .invalidInput("\(claimFile): \(file): the file cannot be read") }
    guard size <= maximumExhibitBytes else {
      throw .invalidInput("\(claimFile): \(file): \(size) bytes, more than the \(maximumExhibitBytes)-byte limit for one exhibit")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .invalidInput("\(claimFile): \(file): the file cannot be read")
    }
    return Array(data)
  }

  /// The shipped demand template, parsed and checked once per process (a batch makes many
  /// packets); the other notice templates are never needed here.
  static let builtInDemandTemplate: Template? = try? NoticeTemplateSet.builtInTemplate(for: .demand)

  /// Every event with its chain recomputed and compared, and the recomputed head.
  static func checkedTimeline(_ claim: Claim, root: JSONNode?) -> ([TimelineEntry], String?) {
    guard let node = root?["events"], case .array(let nodes) = node.value, nodes.count == claim.events.count else {
      return (claim.events.map { TimelineEntry(event: $0, status: .unchecked) }, nil)
    }
    var previous = EventLog.genesis
    var isIntact = true
    var entries: [TimelineEntry] = []
    entries.reserveCapacity(nodes.count)
    for (event, eventNode) in zip(claim.events, nodes) {
      let expected = EventLog.chain(after: previous, event: eventNode.value)
      let status: TimelineEntry.ChainStatus
      if !isIntact {
        status = .broken(expected: expected)
      } else if let stored = event.chain {
        status = stored == expected ? .verified : .broken(expected: expected)
      } else {
        status = .missing(expected: expected)
      }
      if status != .verified { isIntact = false }
      entries.append(TimelineEntry(event: event, status: status))
      previous = expected
    }
    return (entries, entries.isEmpty ? nil : previous)
  }

  /// The demand stage of the notices, as a letter; nil (with a note) when it cannot be made or
  /// its wording is blocked. The filing copy masks the account number in it.
  static func demandLetter(_ claim: Claim, asOf: CivilDate, copy: PacketCopy, diagnostics: (String) -> Void) -> PacketLetter? {
    let notice: Notice
    do {
      guard let template = builtInDemandTemplate else { throw NoticeError.statementUnavailable }
      notice = try NoticeComposer.compose(.demand, claim: claim, options: NoticeOptions(asOf: asOf), template: template)
    } catch {
      diagnostics("note: the demand letter is not in the packet: \(error)")
      return nil
    }
    guard !notice.isBlocked else {
      diagnostics("note: the demand letter is not in the packet: its wording is blocked (see settle notice --stage demand)")
      return nil
    }
    let account = claim.customer.accountNumber
    let masked = AccountNumber(account).masked
    func mask(_ text: String) -> String {
      // Letters are re-set here: the text form's hard line breaks become spaces.
      let flat = LetterText.flattened(text)
      return copy == .filing && account.count > 4 ? LetterText.masking(account, with: masked, in: flat) : flat
    }
    let document = notice.document
    let blocks: [PacketLetter.Block] = document.blocks.map { block in
      switch block {
      case .heading(let text): return .heading(mask(text))
      case .paragraph(let text): return .paragraph(mask(text))
      case .lines(let lines): return .lines(lines.map(mask))
      case .list(let items): return .list(items.map(mask))
      case .table(let table):
        return .table(
          header: table.columns.map(\.title), rightAligned: table.columns.map(\.isRightAligned),
          rows: table.rows.map { PacketLetter.TableRow(cells: $0.cells.map(mask), isTotal: $0.isTotal) })
      }
    }
    return PacketLetter(
      sender: document.sender.map(mask), recipient: document.recipient.map(mask), dateLine: document.dateLine,
      subject: mask(document.subject), blocks: blocks)
  }
}
