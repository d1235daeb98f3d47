import SettleModel

@testable import SettleClaim

/// Claims built in code for the notice tests (the golden tests also read `Examples/`).
enum NoticeFixtures {
  static func date(_ text: String) -> CivilDate {
    (try? CivilDate(parsing: text)) ?? CivilDate(daysSinceEpoch: 0)
  }

  static func instant(_ text: String) -> Instant {
    (try? Instant(parsing: text)) ?? Instant(secondsSinceEpoch: 0)
  }

  static func usd(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: .usd) }

  /// A US retailer: partial payment, appliesTo, a credit, flat late fee, 12% interest, a statement
  /// and a call in the log, small-claims intent.
  static let retailer = Claim(
    id: "CLM-2026-0042", currency: .usd,
    creditor: Creditor(
      name: "Harbor Hardware LLC", contact: "Dana Whitfield", email: "billing@harborhardware.example",
      phone: "+1 415 555 0142", address: ["200 Embarcadero", "San Francisco, CA 94105"]),
    customer: Customer(
      businessName: "Bayview Builders Inc.", contactName: "Sam Ortega", email: "sam@bayviewbuilders.example",
      phone: "+1 415 555 0199", address: ["1 Quarry Road", "Oakland, CA 94607"], accountNumber: "ACCT-00-4821"),
    narrative:
      "Harbor Hardware supplied lumber and fixtures to Bayview Builders on account.\n\nThe goods were delivered and signed for; the invoices below remain unpaid.",
    terms: Terms(netDays: 30, lateFee: .flat(usd(25_00)), interest: InterestTerms(annualPercent: Rate(percent: 12))),
    charges: [
      Charge(id: "INV-1001", date: date("2026-03-01"), description: "Lumber, 2x4 framing", amount: usd(1_180_00)),
      Charge(
        id: "INV-1002", date: date("2026-03-20"), dueDate: date("2026-04-15"), description: "Door fixtures",
        amount: usd(640_50)),
      Charge(id: "INV-1003", date: date("2026-05-02"), description: "Deck screws and brackets", amount: usd(212_75)),
    ],
    payments: [
      Payment(date: date("2026-04-10"), amount: usd(500_00), method: "check", reference: "1187"),
      Payment(date: date("2026-06-01"), amount: usd(200_00), method: "card", appliesTo: "INV-1002"),
    ],
    credits: [
      Credit(date: date("2026-04-20"), amount: usd(40_50), reason: "Damaged fixture returned", appliesTo: "INV-1002")
    ],
    events: [
      Event(
        at: instant("2026-04-05T10:00:00Z"), kind: .statementSent, channel: "email", summary: "Statement for March sent"
      ),
      Event(
        at: instant("2026-05-20T16:30:00-07:00"), kind: .callLogged, channel: "phone",
        summary: "Sam said payment would follow"),
      Event(
        at: instant("2026-06-10T09:00:00Z"), kind: .statementSent, channel: "email", summary: "Statement for May sent"),
    ],
    intent: Intent(smallClaimsCourt: "Superior Court of California, County of Alameda (small claims)"),
    jurisdiction: .usCA)

  /// The same account with nothing agreed: no late fee, no interest, no intent.
  static let plainTerms: Claim = {
    var claim = retailer
    claim.id = "CLM-2026-0043"
    claim.terms = Terms(netDays: 30)
    claim.intent = Intent()
    return claim
  }()

  /// A German café, EUR, percent late fee, an individual customer with a Hebrew name.
  static let cafe = Claim(
    id: "CLM-EU-7", currency: .eur,
    creditor: Creditor(
      name: "Müller Café GmbH", contact: "Jörg Müller", email: "rechnung@mueller-cafe.example",
      phone: "+49 30 5550 1234",
      address: ["Kastanienallee 12", "10435 Berlin", "Germany"]),
    customer: Customer(
      contactName: "נועה כהן", email: "noa@example.org", phone: "+972 3 555 0100",
      address: ["רחוב הרצל 5", "Tel Aviv", "Israel"], accountNumber: "7700331"),
    narrative: "Catering for a private event on 2 May 2026.",
    terms: Terms(netDays: 14, lateFee: .percent(Rate(millionthsOfPercent: 2_500_000))),
    charges: [
      Charge(
        id: "R-2026-118", date: date("2026-05-03"), description: "Catering, 40 guests",
        amount: Money(minorUnits: 1_234_56, currency: .eur))
    ],
    intent: Intent(collectionAgency: true, creditHold: true))

  /// A JPY claim (no minor digits) with an agreed payment plan and an open dispute.
  static let yen = Claim(
    id: "JP-55", currency: .jpy,
    creditor: Creditor(
      name: "Sakura Print KK", contact: "Aiko Tanaka", email: "ar@sakura-print.example", phone: "+81 3 5555 0100",
      address: ["1-2-3 Shibuya", "Tokyo 150-0002", "Japan"]),
    customer: Customer(
      businessName: "Kobe Design", contactName: "Ken Mori", email: "ken@kobe-design.example", phone: "+81 78 555 0101",
      address: ["Kobe"], accountNumber: "KD-9"),
    narrative: "Printing of 5,000 brochures.",
    terms: Terms(netDays: 30),
    charges: [
      Charge(
        id: "P-1", date: date("2026-02-01"), description: "Brochures",
        amount: Money(minorUnits: 300_001, currency: .jpy))
    ],
    payments: [
      Payment(date: date("2026-05-01"), amount: Money(minorUnits: 100_000, currency: .jpy), method: "bank transfer")
    ],
    events: [
      Event(at: instant("2026-04-01T09:00:00+09:00"), kind: .planAccepted, summary: "Agreed 4 monthly payments"),
      Event(
        at: instant("2026-06-01T09:00:00+09:00"), kind: .disputeRaised, channel: "email",
        summary: "Says 200 brochures were misprinted"),
    ],
    paymentPlan: PaymentPlanTerms(installments: 4, firstDue: date("2026-05-01"), frequency: .monthly))

  static let all: [(name: String, claim: Claim)] = [
    ("retailer", retailer), ("plain-terms", plainTerms), ("cafe", cafe), ("yen", yen),
  ]
}
