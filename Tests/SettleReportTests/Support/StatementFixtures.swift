import SettleModel

/// Claims for the statement tests, built in code (deterministic, no files).
enum StatementFixtures {
  static func date(_ text: String) -> CivilDate {
    guard case .success(let value) = CivilDate.parse(text) else { fatalError("bad fixture date \(text)") }
    return value
  }

  static func money(_ minor: Int64, _ currency: Currency = .usd) -> Money { Money(minorUnits: minor, currency: currency) }

  static let creditor = Creditor(
    name: "Harbor Office Supply LLC", contact: "Dana Whitfield", email: "billing@harbor-office.example",
    phone: "+1 503 555 0142", address: ["1200 NW Front Avenue", "Portland, OR 97209"])

  /// One page: two invoices, a payment, a credit, a late fee and interest.
  static func onePage() -> Claim {
    let customer = Customer(
      businessName: "Müller Café", contactName: "José Peña", email: "ap@mueller-cafe.example", phone: "+1 503 555 0199",
      address: ["88 SE Division Street", "Portland, OR 97202"], accountNumber: "ACC-0048-2193")
    return Claim(
      id: "HOS-2026-014", currency: .usd, creditor: creditor, customer: customer, narrative: "",
      terms: Terms(netDays: 30, lateFee: .percent(Rate(millionthsOfPercent: 1_500_000)), interest: InterestTerms(annualPercent: Rate(percent: 12))),
      charges: [
        Charge(id: "INV-1001", date: date("2026-03-02"), description: "Copier paper, 40 cases, and office filing supplies", amount: money(118_000), invoice: "INV-1001.pdf"),
        Charge(id: "INV-1017", date: date("2026-04-06"), description: "Toner cartridges ×12", amount: money(54_320)),
      ],
      payments: [Payment(date: date("2026-04-20"), amount: money(60_000), method: "check", reference: "CHK 5531")],
      credits: [Credit(date: date("2026-05-15"), amount: money(4_500), reason: "damaged carton returned", appliesTo: "INV-1017")])
  }

  /// `rows` charges with a payment after every fourth and a credit after every ninth (multi-page).
  static func manyRows(_ rows: Int, currency: Currency = .usd) -> Claim {
    let customer = Customer(
      businessName: "Zoë Design Studio", contactName: "Zoë Lambert", email: "zoe@studio.example", phone: "",
      address: ["14 Alder Lane", "Eugene, OR 97401"], accountNumber: "77-3310-9046")
    var charges: [Charge] = []
    var payments: [Payment] = []
    var credits: [Credit] = []
    let start = date("2024-01-01")
    let descriptions = [
      "Cloud hosting – Pro plan", "Support contract – Gold tier, monthly, including after-hours escalation and on-site visits",
      "Müller Café catering – team lunch", "On-site service visit, technician José Peña", "Backup storage overage",
    ]
    for index in 0..<rows {
      let day = start.adding(days: index * 2)
      let amount = Int64(1_000 + (index * 7_919) % 90_000)
      charges.append(
        Charge(id: "INV-\(10_000 + index)", date: day, description: descriptions[index % descriptions.count], amount: money(amount, currency)))
      if index % 4 == 3 {
        payments.append(Payment(date: day.adding(days: 1), amount: money(amount * 3, currency), method: "bank transfer", reference: "TR-\(index)"))
      }
      if index % 9 == 8 {
        credits.append(Credit(date: day.adding(days: 1), amount: money(500, currency), reason: "service credit"))
      }
    }
    return Claim(
      id: "ZDS-\(rows)", currency: currency, creditor: creditor, customer: customer, narrative: "",
      terms: Terms(netDays: 30, lateFee: .flat(money(2_500, currency))), charges: charges, payments: payments, credits: credits)
  }

  /// Names in German, Spanish, Hebrew and Arabic, and a euro account.
  static func multilingual() -> Claim {
    let creditor = Creditor(
      name: "Rösterei Nord GmbH", contact: "Jörg Weißmann", email: "buchhaltung@roesterei-nord.example", phone: "+49 40 5550 1234",
      address: ["Große Elbstraße 145", "22767 Hamburg", "Germany"])
    let customer = Customer(
      businessName: "شركة النور", contactName: "שלום כהן", email: "accounts@alnoor.example", phone: "+971 4 555 0100",
      address: ["Office 4, Zoë Tower", "12 Harbour Road", "Dubai, UAE"], accountNumber: "AE-000-7731")
    return Claim(
      id: "RN-2026-031", currency: .eur, creditor: creditor, customer: customer, narrative: "",
      terms: Terms(netDays: 14, interest: InterestTerms(annualPercent: Rate(millionthsOfPercent: 9_270_000))),
      charges: [
        Charge(id: "RE-301", date: date("2026-02-02"), description: "Espressobohnen „Hafenblend“, 40 kg — Müller Café", amount: money(118_000, .eur)),
        Charge(id: "RE-318", date: date("2026-03-09"), description: "Servicio técnico: José Peña, 3 h", amount: money(27_450, .eur)),
        Charge(id: "RE-322", date: date("2026-03-30"), description: "قهوة مختصة — شركة النور", amount: money(9_900, .eur)),
        Charge(id: "RE-340", date: date("2026-04-20"), description: "משלוח לשלום כהן", amount: money(4_200, .eur)),
      ],
      payments: [Payment(date: date("2026-03-20"), amount: money(50_000, .eur), method: "SEPA transfer", reference: "SEPA-118")])
  }

  /// The Arabic note for the multilingual golden.
  static let arabicNote = "نشكركم على تعاملكم معنا. يرجى تسديد الرصيد المستحق خلال أربعة عشر يوماً، وذكر رقم الحساب مع كل دفعة."
}
