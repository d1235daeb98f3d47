import Foundation
import SettleModel
import SettleReport
import SettleTestSupport
import Testing
import Typeset

// The code of Docs/LIBRARY.md, verbatim: if this stops compiling, the documented example is wrong.
func makeDocuments() throws -> (statement: [UInt8], packet: [UInt8]) {
  let usd = Currency.usd
  let claim = Claim(
    id: "CLM-2026-0500", currency: usd,
    creditor: Creditor(
      name: "Harbor Supply Co.", contact: "Dana Whitfield", email: "accounts@harborsupply.example",
      phone: "+1 510 555 0142", address: ["1800 Embarcadero", "Oakland, CA 94606"]),
    customer: Customer(
      businessName: "Alvarez Home & Garden LLC", contactName: "Rosa Alvarez", email: "rosa@alvarezhg.example",
      phone: "+1 510 555 0199", address: ["455 Grand Avenue", "Oakland, CA 94610"], accountNumber: "HS-0048-2173"),
    narrative: "Shelving delivered and installed in May 2026, as ordered on PO-77.",
    terms: Terms(netDays: 30, lateFee: .flat(try Money(parsing: "35.00", currency: usd))),
    charges: [
      Charge(
        id: "INV-1001", date: try CivilDate(year: 2026, month: 5, day: 4), description: "Steel shelving units",
        amount: try Money(parsing: "1250.00", currency: usd))
    ],
    payments: [
      Payment(
        date: try CivilDate(year: 2026, month: 6, day: 20), amount: try Money(parsing: "500.00", currency: usd),
        method: "check", reference: "check #4410")
    ],
    jurisdiction: .usCA,
    declarant: Declarant(name: "Dana Whitfield", title: "Accounts Receivable Manager"))

  let asOf = try CivilDate(year: 2026, month: 9, day: 1)
  let ledger = try Ledger.compute(claim, asOf: asOf)
  let fonts = try FontBook.standard()

  // The itemized statement (PDF/A-2b).
  let statement = try StatementDocument(claim: claim, ledger: ledger).renderPDF(fontBook: fonts)

  // The packet: the statement PDF doubles as exhibit 1 here; real programs pass invoice files.
  let exhibit = try PacketExhibit(
    number: 1, title: "Statement sent to the customer", date: asOf, fileName: "statement.pdf", data: statement)
  let packet = PacketDocument(
    claim: claim, ledger: ledger, exhibits: [exhibit], options: PacketOptions(copy: .filing, batesPrefix: "HSC"))
  let rendered = try packet.render(fontBook: fonts)
  return (statement, rendered.bytes)
}

@Suite("Packet: the library example")
struct PacketLibraryExampleTests {
  @Test("the documented example makes a statement and a PDF/A-2b packet")
  func documentedExample() throws {
    let (statement, packet) = try makeDocuments()
    #expect(statement.starts(with: Array("%PDF-".utf8)))
    #expect(packet.starts(with: Array("%PDF-".utf8)))
    #expect(packet.count > statement.count)
    let text = String(decoding: packet, as: UTF8.self)
    #expect(text.contains("pdfaid:part>2<") || text.contains("pdfaid:part=\"2\""))
    #expect(!text.contains("/EmbeddedFiles"))
  }

  @Test("the example in Docs/LIBRARY.md is the code this test compiles")
  func documentMatchesTest() throws {
    let root = RepositoryRoot.url
    let doc = try String(contentsOf: root.appendingPathComponent("Docs/LIBRARY.md"), encoding: .utf8)
    let test = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
    guard let start = doc.range(of: "```swift\n"), let end = doc.range(of: "\n```", range: start.upperBound..<doc.endIndex) else {
      Issue.record("no swift block in Docs/LIBRARY.md")
      return
    }
    let code = doc[start.upperBound..<end.lowerBound]
    let body = code.components(separatedBy: "func makeDocuments()").last ?? ""
    #expect(!body.isEmpty)
    #expect(test.contains(body))
  }
}
