/// The ISO 4217 data behind `Currency`: minor-unit exponents and display symbols.
///
/// Source: the ISO 4217 list of active codes (amendments through 2025, including `VED`, `SLE`,
/// `ZWG` and `XCG`), cross-checked against Firefox's `CurrencyDataGenerated.h`. Codes whose minor
/// unit is "N.A." (precious metals, `XDR`, `XSU`, `XUA`, testing codes) are left out because an
/// amount in them cannot be written in minor units.
enum CurrencyTable {
  /// Codes whose minor unit has 0 digits.
  private static let zeroDigitCodes: [String] = [
    "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND",
    "VUV", "XAF", "XOF", "XPF",
  ]

  /// Codes whose minor unit has 3 digits.
  private static let threeDigitCodes: [String] = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"]

  /// Codes whose minor unit has 4 digits.
  private static let fourDigitCodes: [String] = ["CLF", "UYW"]

  /// Codes whose minor unit has 2 digits.
  private static let twoDigitCodes: [String] = [
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN",
    "BAM", "BBD", "BDT", "BGN", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD",
    "CAD", "CDF", "CHE", "CHF", "CHW", "CNY", "COP", "COU", "CRC", "CUP", "CVE", "CZK",
    "DKK", "DOP", "DZD",
    "EGP", "ERN", "ETB", "EUR",
    "FJD", "FKP",
    "GBP", "GEL", "GHS", "GIP", "GMD", "GTQ", "GYD",
    "HKD", "HNL", "HTG", "HUF",
    "IDR", "ILS", "INR", "IRR",
    "JMD",
    "KES", "KGS", "KHR", "KPW", "KYD", "KZT",
    "LAK", "LBP", "LKR", "LRD", "LSL",
    "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR",
    "MZN",
    "NAD", "NGN", "NIO", "NOK", "NPR", "NZD",
    "PAB", "PEN", "PGK", "PHP", "PKR", "PLN",
    "QAR",
    "RON", "RSD", "RUB",
    "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP",
    "SZL",
    "THB", "TJS", "TMT", "TOP", "TRY", "TTD", "TWD", "TZS",
    "UAH", "USD", "USN", "UYU", "UZS",
    "VED", "VES",
    "WST",
    "XCD", "XCG",
    "YER",
    "ZAR", "ZMW", "ZWG",
  ]

  /// Minor-unit digits by ISO code.
  static let minorUnitDigits: [String: Int] = {
    var table: [String: Int] = [:]
    for code in twoDigitCodes { table[code] = 2 }
    for code in zeroDigitCodes { table[code] = 0 }
    for code in threeDigitCodes { table[code] = 3 }
    for code in fourDigitCodes { table[code] = 4 }
    return table
  }()

  /// Display symbols by ISO code (English-language CLDR forms; a code without an entry displays
  /// as its ISO code).
  static let symbols: [String: String] = [
    "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "CN¥", "ILS": "₪", "INR": "₹",
    "KRW": "₩", "VND": "₫", "NGN": "₦", "PHP": "₱", "TRY": "₺", "UAH": "₴", "RUB": "₽",
    "KZT": "₸", "CRC": "₡", "PYG": "₲", "MNT": "₮", "LAK": "₭", "THB": "฿", "GEL": "₾",
    "AZN": "₼", "BDT": "৳", "GHS": "GH₵", "CAD": "CA$", "AUD": "A$", "NZD": "NZ$",
    "HKD": "HK$", "MXN": "MX$", "TWD": "NT$", "BRL": "R$", "XCD": "EC$", "XAF": "FCFA",
    "XOF": "F\u{202F}CFA", "XPF": "CFPF",
  ]

  /// Every symbol that identifies exactly one currency, for recognising a typed amount's
  /// currency ("€12" typed for a USD claim is a mistake worth naming).
  static let currencyBySymbol: [String: String] = {
    // Sorted so that a symbol shared by two codes would map to the same one on every run.
    var table: [String: String] = [:]
    for code in symbols.keys.sorted() {
      if let symbol = symbols[code], table[symbol] == nil { table[symbol] = code }
    }
    return table
  }()
}
