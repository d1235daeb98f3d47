import Foundation
import SettleModel

@testable import SettleClaim

/// A temporary folder with invoice files to feed the wizard, and the answers of a complete run.
struct WizardFixture {
  let base: String
  var target: String { base + "/claim" }
  var claimPath: String { target + "/claim.json" }

  static let tinyJPEG: [UInt8] =
    [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9]

  init() throws {
    base = FileManager.default.temporaryDirectory.path + "/settle-wizard-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: base + "/scans", withIntermediateDirectories: true)
    try write("scans/inv-1001.pdf", ClaimFixture.minimalPDF)
    try write("scans/inv-1002.png", ClaimFixture.minimalPNG)
    try write("scans/inv-1003.jpg", WizardFixture.tinyJPEG)
    try write("scans/notes.txt", Array("not an invoice\n".utf8))
    try write("scans/cut.pdf", Array(ClaimFixture.minimalPDF.prefix(60)))
  }

  func write(_ name: String, _ bytes: [UInt8]) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: base + "/" + name))
  }

  func read(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

  func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

  func remove() { try? FileManager.default.removeItem(atPath: base) }

  /// Runs the wizard on `answers` (one per line) and returns its result and everything it showed.
  func run(_ answers: [String], folder: String? = nil, asOf: CivilDate = WizardFixture.asOf) -> (
    Result<ClaimDraft, WizardStop>, String
  ) {
    var shown: [UInt8] = []
    let input = Array((answers.joined(separator: "\n") + "\n").utf8)
    let console = StreamConsole(input: input, write: { shown += $0 })
    let wizard = ClaimWizard(
      console: console, asOf: asOf, folder: folder ?? target, workingDirectory: base, homeDirectory: base)
    let result = Result { () throws(WizardStop) -> ClaimDraft in try wizard.run() }
    return (result, String(decoding: shown, as: UTF8.self))
  }

  /// 2026-11-22.
  static let asOf = CivilDate(daysSinceEpoch: 20_779)
}

/// The answers of one complete run, step by step, so tests can put wrong answers before any of them.
struct WizardAnswers {
  /// (step name, answer) in the order the wizard asks.
  var steps: [(String, String)]

  /// A claim from an Arabic-named creditor to Müller Café: three invoices with files, one partial payment,
  /// a flat late fee and 12 % interest.
  static let full = WizardAnswers(steps: [
    ("creditor.name", "شركة النور للتجارة"),
    ("creditor.contact", "José Peña"),
    ("creditor.email", "jose@alnoor.example"),
    ("creditor.phone", "+1 555 0100"),
    ("creditor.address.1", "١٢ شارع الملك فيصل"),
    ("creditor.address.2", "Dearborn, MI 48126"),
    ("creditor.address.end", ""),
    ("currency", "usd"),
    ("id", "CLM-2026-0042"),
    ("jurisdiction", ""),
    ("customer.business", "Müller Café"),
    ("customer.contact", "Anneliese Müller"),
    ("customer.email", "kontakt@mueller-cafe.example"),
    ("customer.phone", ""),
    ("customer.address.1", "Ottenser Hauptstraße 12"),
    ("customer.address.2", "22765 Hamburg"),
    ("customer.address.end", ""),
    ("customer.account", "KD-10457"),
    ("narrative.1", "We roasted and delivered espresso beans to Müller Café in spring 2026."),
    ("narrative.2", "Three invoices are unpaid apart from one transfer."),
    ("narrative.end", ""),
    ("netDays", ""),
    ("charge1.id", "INV-1001"),
    ("charge1.date", "2026-03-02"),
    ("charge1.due", ""),
    ("charge1.description", "Espresso beans „Hafenblend“, 40 kg"),
    ("charge1.amount", "$1,180.00"),
    ("charge1.file", "scans/inv-1001.pdf"),
    ("charge2.id", "INV-1002"),
    ("charge2.date", "2026-04-01"),
    ("charge2.due", "2026-05-01"),
    ("charge2.description", "Frother service"),
    ("charge2.amount", "236.81"),
    ("charge2.file", "'scans/inv-1002.png'"),
    ("charge3.id", "INV-1003"),
    ("charge3.date", "2026-05-01"),
    ("charge3.due", ""),
    ("charge3.description", "Beans, 40 kg"),
    ("charge3.amount", "1180"),
    ("charge3.file", "~/scans/inv-1003.jpg"),
    ("charges.end", ""),
    ("payment1.date", "2026-06-10"),
    ("payment1.amount", "500"),
    ("payment1.method", "bank transfer"),
    ("payment1.reference", "TX-77"),
    ("payment1.appliesTo", "INV-1001"),
    ("payments.end", ""),
    ("lateFee.agreed", "y"),
    ("lateFee", "25.00"),
    ("interest.agreed", "yes"),
    ("interest", "12"),
    ("confirm", ""),
  ])

  /// The same claim without charges and payments.
  static var empty: WizardAnswers {
    var a = full
    a.steps.removeAll { $0.0.hasPrefix("charge") || $0.0.hasPrefix("payment") }
    return a.inserting(steps: [("charges.end", ""), ("payments.end", "")], after: "netDays")
  }

  /// The answers with `wrong` answers given (and refused) before the step named `step`.
  func inserting(_ wrong: [String], before step: String) -> WizardAnswers {
    var copy = self
    guard let index = copy.steps.firstIndex(where: { $0.0 == step }) else { fatalError("no step \(step)") }
    copy.steps.insert(contentsOf: wrong.map { ("wrong", $0) }, at: index)
    return copy
  }

  /// The answers with `steps` added right after the step named `step`.
  func inserting(steps new: [(String, String)], after step: String) -> WizardAnswers {
    var copy = self
    guard let index = copy.steps.firstIndex(where: { $0.0 == step }) else { fatalError("no step \(step)") }
    copy.steps.insert(contentsOf: new, at: index + 1)
    return copy
  }

  /// The answers up to (not including) the step named `step`.
  func prefix(before step: String) -> WizardAnswers {
    guard let index = steps.firstIndex(where: { $0.0 == step }) else { fatalError("no step \(step)") }
    return WizardAnswers(steps: Array(steps[..<index]))
  }

  /// The answers with the step named `step` answered differently.
  func replacing(_ step: String, with answer: String) -> WizardAnswers {
    var copy = self
    guard let index = copy.steps.firstIndex(where: { $0.0 == step }) else { fatalError("no step \(step)") }
    copy.steps[index].1 = answer
    return copy
  }

  var lines: [String] { steps.map(\.1) }
}
