import Foundation

/// Writes deterministic claim files for the benchmark, in the spirit of
/// `../shared/bench/gen_statement.py`: about 70 % charges, 25 % payments and 5 % credits over two
/// years, with non-ASCII names (German, Spanish, Arabic) and descriptions of varying length.
struct ClaimGenerator {
  /// A linear congruential generator (Knuth's MMIX constants): same seed, same claim.
  private var state: UInt64

  init(seed: UInt64 = 20_240_101) { state = seed }

  private mutating func next() -> UInt64 {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return state >> 33
  }

  private mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

  static let charges: [(String, Int, Int)] = [
    ("Cloud hosting – Pro plan (%m)", 4_900, 4_900),
    ("Support contract – Gold tier (%m)", 12_000, 12_000),
    ("Müller Café catering – team lunch", 3_150, 28_740),
    ("On-site service visit, technician José Peña", 9_500, 38_000),
    ("Zoë Design Studio – design hours, office signage and file preparation for print", 4_250, 34_000),
    ("Domain renewal – northwind.example", 1_299, 1_299),
    ("Backup storage overage", 210, 9_800),
    ("Licence seats – Office Suite", 1_200, 60_000),
  ]
  static let methods = ["bank transfer", "card", "check", "تحويل بنكي"]

  /// The claim JSON for `rows` statement items.
  mutating func claimJSON(rows: Int) -> String {
    var charges: [String] = []
    var payments: [String] = []
    var credits: [String] = []
    let startDay = 19_358  // 2023-01-01 in days since 1970
    for index in 0..<rows {
      let date = Self.isoDate(daysSinceEpoch: startDay + index * 730 / max(rows, 1))
      let roll = below(100)
      if roll < 70 || index == 0 {
        let (template, low, high) = Self.charges[below(Self.charges.count)]
        let description = template.replacingMonth(with: String(date.prefix(7)))
        let amount = low + (high > low ? below(high - low + 1) : 0)
        charges.append(
          #"{"id":"INV-\#(100_000 + index)","date":"\#(date)","description":"\#(description)","amount":"\#(Self.decimal(amount))"}"#)
      } else if roll < 95 {
        let amount = 5_000 + below(145_000)
        let method = Self.methods[below(Self.methods.count)]
        payments.append(
          #"{"date":"\#(date)","amount":"\#(Self.decimal(amount))","method":"\#(method)","reference":"REF-\#(1_000_000 + below(9_000_000))"}"#)
      } else {
        credits.append(#"{"date":"\#(date)","amount":"\#(Self.decimal(500 + below(19_500)))","reason":"Credit memo – service outage"}"#)
      }
    }
    return """
      {"schema":"settle.claim/1","id":"BENCH-\(rows)","currency":"USD",
      "creditor":{"name":"Northwind Billing Services GmbH","contact":"Jörg Weißmann","email":"accounts@northwind.example","phone":"+49 89 1234 5678","address":["Müllerstraße 12","80469 München","Germany"]},
      "customer":{"businessName":"شركة النور","contactName":"José Peña","email":"ap@alnoor.example","phone":"+971 4 555 0100","address":["Office 4, Zoë Tower","12 Harbour Road","Dubai, UAE"],"accountNumber":"ACC-000-7731"},
      "purpose":"customerCollection","narrative":"Benchmark claim with \(rows) rows.",
      "terms":{"netDays":30,"lateFee":{"percent":"1.5"},"interest":{"annualPercent":"12"}},
      "charges":[\(charges.joined(separator: ",\n"))],
      "payments":[\(payments.joined(separator: ",\n"))],
      "credits":[\(credits.joined(separator: ",\n"))]}

      """
  }

  /// `1234.56` from minor units.
  static func decimal(_ cents: Int) -> String {
    let fraction = cents % 100
    return "\(cents / 100)." + (fraction < 10 ? "0" : "") + String(fraction)
  }

  /// `YYYY-MM-DD` for a day count since 1970-01-01 (civil-from-days, proleptic Gregorian).
  static func isoDate(daysSinceEpoch days: Int) -> String {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(year)-\(two(month))-\(two(day))"
  }
}

extension String {
  fileprivate func replacingMonth(with month: String) -> String {
    guard let range = range(of: "%m") else { return self }
    return replacingCharacters(in: range, with: month)
  }
}
