/// An ISO 4217 currency: its three-letter code and the number of digits of its minor unit.
///
/// Only currencies in the active ISO 4217 list that have a minor unit are known (funds and
/// precious metals such as `XAU` or `XDR`, whose minor unit is "N.A.", are not). The exponent
/// follows ISO 4217: 2 for most currencies, 0 for `JPY`, `KRW`, `VND`, `CLP`, `ISK`, …,
/// 3 for `BHD`, `IQD`, `JOD`, `KWD`, `LYD`, `OMR`, `TND`, and 4 for `CLF` and `UYW`.
///
/// ```swift
/// Currency(code: "KWD")?.minorUnitDigits  // 3
/// Currency(code: "XYZ")                   // nil
/// ```
public struct Currency: Sendable, Hashable, CustomStringConvertible {
  /// The three ASCII letters of the code in the low three bytes and the exponent in the top
  /// byte: one word, so ``Money`` stays small and copying it never touches reference counts.
  private let packed: UInt32

  /// The upper-case three-letter ISO 4217 code, such as `"USD"`.
  public var code: String {
    String(unsafeUninitializedCapacity: 3) { buffer in
      buffer[0] = UInt8(packed & 0xFF)
      buffer[1] = UInt8(packed >> 8 & 0xFF)
      buffer[2] = UInt8(packed >> 16 & 0xFF)
      return 3
    }
  }

  /// The number of decimal digits of the minor unit (the ISO 4217 exponent), 0 through 4.
  public var minorUnitDigits: Int { Int(packed >> 24) }

  /// Creates the currency for an ISO 4217 code, or returns `nil` when the code is not an active ISO
  /// 4217 currency with a minor unit.
  ///
  /// The code must be exactly three upper-case letters.
  public init?(code: String) {
    guard let digits = CurrencyTable.minorUnitDigits[code] else { return nil }
    self.init(unchecked: code, digits: digits)
  }

  /// Ten to the power of `minorUnitDigits`: how many minor units make one major unit
  /// (100 for USD, 1 for JPY, 1000 for KWD).
  public var minorUnitsPerMajorUnit: Int64 {
    var result: Int64 = 1
    for _ in 0..<minorUnitDigits { result *= 10 }
    return result
  }

  /// The symbol used to display amounts in this currency ("$", "€", "£", "¥", "₪", …), or the
  /// ISO code itself when the currency has no widely recognised symbol of its own.
  ///
  /// Symbols that several currencies share are disambiguated the way English-language CLDR
  /// data does: `USD` is "$" but `CAD` is "CA$" and `AUD` is "A$"; `JPY` is "¥" and `CNY` "CN¥".
  public var symbol: String { CurrencyTable.symbols[code] ?? code }

  /// Whether `symbol` is a true symbol rather than the fallback ISO code.
  public var hasSymbol: Bool { CurrencyTable.symbols[code] != nil }

  /// The ISO code.
  public var description: String { code }

  /// Every known currency, sorted by code.
  public static var allKnown: [Currency] {
    CurrencyTable.minorUnitDigits.keys.sorted().compactMap { Currency(code: $0) }
  }

  /// United States dollar (2 minor digits).
  public static let usd = Currency(unchecked: "USD", digits: 2)
  /// Euro (2 minor digits).
  public static let eur = Currency(unchecked: "EUR", digits: 2)
  /// Pound sterling (2 minor digits).
  public static let gbp = Currency(unchecked: "GBP", digits: 2)
  /// Japanese yen (0 minor digits).
  public static let jpy = Currency(unchecked: "JPY", digits: 0)
  /// Kuwaiti dinar (3 minor digits).
  public static let kwd = Currency(unchecked: "KWD", digits: 3)

  private init(unchecked code: String, digits: Int) {
    var packed = UInt32(digits) << 24
    for (index, byte) in code.utf8.prefix(3).enumerated() { packed |= UInt32(byte) << (8 * index) }
    self.packed = packed
  }
}
