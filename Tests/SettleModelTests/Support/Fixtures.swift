@testable import SettleModel

/// Builders for test claims, so each test states only what matters to it.
enum Fixture {
  static func date(_ text: String) -> CivilDate {
    switch CivilDate.parse(text) {
    case .success(let date): return date
    case .failure(let error): fatalError("bad fixture date \(text): \(error)")
    }
  }

  static func money(_ text: String, _ currency: Currency = .usd) -> Money {
    switch Money.parse(text, currency: currency) {
    case .success(let money): return money
    case .failure(let error): fatalError("bad fixture amount \(text): \(error)")
    }
  }

  static func rate(_ text: String) -> Rate {
    switch Rate.parse(text) {
    case .success(let rate): return rate
    case .failure(let error): fatalError("bad fixture rate \(text): \(error)")
    }
  }

  static func claim(
    currency: Currency = .usd, terms: Terms = Terms(netDays: 30), charges: [Charge] = [], payments: [Payment] = [],
    credits: [Credit] = [], events: [Event] = [], paymentPlan: PaymentPlanTerms? = nil
  ) -> Claim {
    Claim(
      id: "CLM-TEST", currency: currency,
      creditor: Creditor(
        name: "Harbor Supply Co.", contact: "Dana Reyes", email: "ar@harbor.example", phone: "555-0100",
        address: ["1 Dock St", "Portland, OR 97201"]),
      customer: Customer(
        businessName: "Blue Fern Café", contactName: "Sam Ortiz", email: "sam@bluefern.example", phone: "555-0199",
        address: ["22 Elm Ave", "Portland, OR 97202"], accountNumber: "ACCT-0048-21"),
      narrative: "Supplies delivered and accepted.", terms: terms, charges: charges, payments: payments,
      credits: credits, events: events, paymentPlan: paymentPlan)
  }

  static func charge(
    _ id: String, _ date: String, _ amount: String, due: String? = nil, currency: Currency = .usd
  ) -> Charge {
    Charge(
      id: id, date: Fixture.date(date), dueDate: due.map(Fixture.date), description: "Invoice \(id)",
      amount: money(amount, currency))
  }

  static func payment(_ date: String, _ amount: String, appliesTo: String? = nil, currency: Currency = .usd) -> Payment
  {
    Payment(
      date: Fixture.date(date), amount: money(amount, currency), method: "check", reference: "CHK-1",
      appliesTo: appliesTo)
  }

  static func credit(_ date: String, _ amount: String, appliesTo: String? = nil, currency: Currency = .usd) -> Credit {
    Credit(date: Fixture.date(date), amount: money(amount, currency), reason: "returned goods", appliesTo: appliesTo)
  }
}
