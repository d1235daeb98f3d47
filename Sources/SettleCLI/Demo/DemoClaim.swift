import SettleClaim

/// The built-in example claim of `settle demo`: a Texas landscaping supplier and a restaurant
/// customer whose trade name is also written in Arabic and whose owner's name is in Hebrew (so
/// the demo statement shows right-to-left names beside Latin ones), three invoices (generated as PDFs at demo time), two payments, a credit, late fees,
/// interest, a Texas declarant (the § 132.001 jurat needs an address and a birth date) and a
/// communication log whose chain is computed when the demo is written.
enum DemoClaim {
  /// The claim file's text before the log is appended (its `events` array is empty).
  static let json = #"""
    {
      "schema": "settle.claim/1",
      "id": "CLM-2026-0107",
      "currency": "USD",
      "creditor": {
        "name": "Bluebonnet Landscape Supply LLC",
        "contact": "José Peña",
        "email": "billing@bluebonnet-supply.example",
        "phone": "+1 512 555 0188",
        "address": ["4100 South Congress Avenue", "Austin, TX 78745"]
      },
      "customer": {
        "businessName": "Al-Noor Mediterranean Kitchen LLC · شركة النور",
        "contactName": "שלום כהן",
        "email": "shalom@alnoorkitchen.example",
        "phone": "+1 512 555 0133",
        "address": ["612 East 6th Street", "Austin, TX 78701"],
        "accountNumber": "BLS-7730-4411"
      },
      "purpose": "customerCollection",
      "narrative": "Bluebonnet Landscape Supply designed and installed the patio planting, irrigation and lighting for Al-Noor Mediterranean Kitchen's outdoor dining area in February and March 2026, as quoted in estimate E-318 and accepted by the owner, Shalom Cohen, on January 28, 2026.\n\nThe restaurant paid the deposit invoice and part of the installation invoice. We credited one irrigation controller that was returned unused. The rest of the balance remains unpaid after our statement, reminders and a final notice.",
      "terms": {
        "netDays": 30,
        "lateFee": { "percent": "1.5" },
        "interest": { "annualPercent": "10" }
      },
      "charges": [
        {
          "id": "INV-2001",
          "invoice": "invoices/INV-2001.pdf",
          "date": "2026-02-02",
          "description": "Deposit: patio planting and irrigation design (estimate E-318)",
          "amount": "600.00"
        },
        {
          "id": "INV-2014",
          "invoice": "invoices/INV-2014.pdf",
          "date": "2026-02-20",
          "description": "Planters, shrubs and drip irrigation, installed",
          "amount": "2840.00"
        },
        {
          "id": "INV-2031",
          "invoice": "invoices/INV-2031.pdf",
          "date": "2026-03-16",
          "dueDate": "2026-04-15",
          "description": "Low-voltage lighting for the patio and back office, 18 fixtures, installed",
          "amount": "1275.50"
        }
      ],
      "payments": [
        { "date": "2026-02-04", "amount": "600.00", "method": "card", "reference": "auth 55120", "appliesTo": "INV-2001" },
        { "date": "2026-04-06", "amount": "1000.00", "method": "check", "reference": "check #2207", "appliesTo": "INV-2014" }
      ],
      "credits": [
        { "date": "2026-03-20", "amount": "140.00", "reason": "Irrigation controller returned unused", "appliesTo": "INV-2014" }
      ],
      "exhibits": [],
      "events": [],
      "intent": {
        "smallClaimsCourt": "Justice Court, Travis County, Precinct Five (small claims)",
        "collectionAgency": false,
        "creditHold": true
      },
      "jurisdiction": "US-TX",
      "declarant": {
        "name": "José Peña",
        "title": "Owner and custodian of records",
        "address": ["4100 South Congress Avenue", "Austin, TX 78745", "United States"],
        "birthDate": "1979-03-14"
      }
    }
    """#

  /// The claim's text without the invoice file names, decoded to make the invoices before
  /// the files exist (each `"invoice"` member sits on a line of its own).
  static var jsonWithoutInvoices: String {
    json.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("\"invoice\":") }
      .joined(separator: "\n")
  }

  /// The log, appended in order so every chain value is computed by `EventLog`.
  static let events: [EventDraft] = [
    EventDraft(
      at: "2026-04-06T14:02:00-05:00", kind: "paymentReceived", channel: "mail",
      summary: "Received check #2207 for USD 1,000.00, applied to INV-2014."),
    EventDraft(
      at: "2026-04-20T09:15:00-05:00", kind: "statementSent", channel: "email",
      summary: "Sent the itemized statement for INV-2001 to INV-2031 to shalom@alnoorkitchen.example."),
    EventDraft(
      at: "2026-05-04T10:00:00-05:00", kind: "noticeSent", channel: "email",
      summary: "Sent a payment reminder for the open balance."),
    EventDraft(
      at: "2026-05-19T16:40:00-05:00", kind: "callLogged", channel: "phone",
      summary: "Spoke with Shalom Cohen; he asked for time until the end of June."),
    EventDraft(
      at: "2026-06-02T09:30:00-05:00", kind: "planProposed", channel: "email",
      summary: "Offered three monthly installments to clear the balance."),
    EventDraft(
      at: "2026-06-23T11:20:00-05:00", kind: "noticeSent", channel: "letter",
      summary: "Mailed the final notice by first-class mail and certified mail (receipt 9407 1000 0000 0000 0000 11)."),
  ]

  /// The as-of date the demo uses when neither `--as-of` nor `SOURCE_DATE_EPOCH` is given is the
  /// command's clock; this is the date the Makefile passes.
  static let suggestedAsOf = "2026-07-15"
}
