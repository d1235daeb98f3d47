import SettleModel
import SettleReport
import Typeset

/// A small claim built from values, shared by the packet tests.
enum PacketFixture {
  static let fonts: FontBook = {
    do { return try FontBook.standard() } catch { fatalError("fonts: \(error)") }
  }()

  static func money(_ text: String) throws -> Money { try Money(parsing: text, currency: .usd) }

  static func claim(jurisdiction: Jurisdiction = .usCA, declarant: Declarant? = nil, events: [Event] = []) throws -> Claim {
    Claim(
      id: "CLM-T-1", currency: .usd,
      creditor: Creditor(
        name: "Harbor Supply Co.", contact: "Dana Whitfield", email: "a@harbor.example", phone: "+1 510 555 0142",
        address: ["1800 Embarcadero", "Oakland, CA 94606"]),
      customer: Customer(
        businessName: "Alvarez Home LLC", contactName: "Rosa Alvarez", email: "r@alvarez.example", phone: "+1 510 555 0199",
        address: ["455 Grand Avenue", "Oakland, CA 94610"], accountNumber: "HS-0048-2173"),
      narrative: "Shelving delivered.\n\nPart paid.",
      terms: Terms(netDays: 30, lateFee: .flat(try money("35.00")), interest: InterestTerms(annualPercent: Rate(percent: 12))),
      charges: [
        Charge(id: "INV-1001", date: try CivilDate(year: 2026, month: 5, day: 4), description: "Steel shelving", amount: try money("1250.00")),
        Charge(id: "INV-1002", date: try CivilDate(year: 2026, month: 6, day: 2), description: "LED lighting", amount: try money("860.50")),
      ],
      payments: [
        Payment(date: try CivilDate(year: 2026, month: 6, day: 20), amount: try money("500.00"), method: "check", appliesTo: "INV-1001")
      ],
      events: events, jurisdiction: jurisdiction, declarant: declarant)
  }

  static var asOf: CivilDate { CivilDate(daysSinceEpoch: 20_697) }  // 2026-09-01

  /// The claim's statement PDF, used as an exhibit file (a real PDF with embedded fonts).
  static func statementPDF(_ claim: Claim) throws -> [UInt8] {
    try StatementDocument(claim: claim, ledger: try Ledger.compute(claim, asOf: asOf)).renderPDF(fontBook: fonts)
  }

  static func packet(
    jurisdiction: Jurisdiction = .usCA, declarant: Declarant? = nil, timeline: [TimelineEntry]? = nil, exhibitCount: Int = 2,
    options: PacketOptions = PacketOptions(batesPrefix: "TST")
  ) throws -> PacketDocument {
    let events = timeline?.map(\.event) ?? []
    let claim = try claim(jurisdiction: jurisdiction, declarant: declarant, events: events)
    let pdf = try statementPDF(claim)
    var exhibits: [PacketExhibit] = []
    for number in 1...max(1, exhibitCount) where exhibitCount > 0 {
      exhibits.append(
        try PacketExhibit(number: number, title: "Evidence \(number)", date: asOf, fileName: "e\(number).pdf", data: pdf))
    }
    return PacketDocument(
      claim: claim, ledger: try Ledger.compute(claim, asOf: asOf), exhibits: exhibits, timeline: timeline, options: options)
  }
}
