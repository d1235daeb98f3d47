import SettleModel

/// The UTF-8 bytes of a report being written: one buffer with room reserved up front, and writers
/// for the few value kinds a report prints (text, whole numbers, dates, plain amounts), so a
/// 20,000-invoice report is not 100,000 interpolated strings.
struct ReportText {
  /// The text written so far.
  private(set) var bytes: [UInt8] = []
  /// The last currency written and its ISO code's bytes (every amount of a claim has the same one).
  private var codeCache: (currency: Currency, code: [UInt8])?

  /// Creates an empty text with room for `capacity` bytes.
  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  /// Appends `text`.
  mutating func write(_ text: String) {
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  /// Appends `text`, then spaces up to `width` characters (at least one space when `text` is that long already).
  mutating func write(_ text: String, paddedTo width: Int) {
    write(text)
    let count = text.count
    write(spaces: count >= width ? 1 : width - count)
  }

  /// Appends `count` spaces.
  mutating func write(spaces count: Int) {
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
  }

  /// Appends a whole number in decimal digits, with `-` when negative.
  mutating func write(_ number: Int) {
    if number < 0 { bytes.append(UInt8(ascii: "-")) }
    writeDigits(UInt64(number.magnitude), minimumCount: 1)
  }

  /// Appends a date as `YYYY-MM-DD`, exactly as `CivilDate.description` writes it.
  mutating func write(_ date: CivilDate) { write(date.description) }

  /// Appends an amount as `PlainMoney.text` writes it: sign, digits grouped by three with `,`,
  /// `.` and exactly the currency's minor digits, a space and the ISO code (`-1,250.00 USD`).
  mutating func write(_ money: Money) {
    let currency = money.currency
    let digits = currency.minorUnitDigits
    if money.isNegative { bytes.append(UInt8(ascii: "-")) }
    let magnitude = money.minorUnits.magnitude
    let scale = UInt64(currency.minorUnitsPerMajorUnit)
    writeGrouped(magnitude / scale)
    if digits > 0 {
      bytes.append(UInt8(ascii: "."))
      writeDigits(magnitude % scale, minimumCount: digits)
    }
    bytes.append(UInt8(ascii: " "))
    if let cached = codeCache, cached.currency == currency {
      bytes.append(contentsOf: cached.code)
    } else {
      let code = Array(currency.code.utf8)
      codeCache = (currency, code)
      bytes.append(contentsOf: code)
    }
  }

  /// The finished text.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  // MARK: Digits

  /// Appends `value` with at least `minimumCount` digits (zero-padded on the left).
  private mutating func writeDigits(_ value: UInt64, minimumCount: Int) {
    var count = 1
    var power: UInt64 = 10
    while count < 20 && value >= power {  // UInt64.max has 20 digits
      count += 1
      power &*= 10
    }
    count = max(count, minimumCount)
    let start = bytes.count
    bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: count))
    bytes.withUnsafeMutableBufferPointer { buffer in
      var rest = value
      var index = start + count - 1
      repeat {
        buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
        index -= 1
      } while rest > 0
    }
  }

  /// Appends `value` with a `,` between groups of three digits from the right (`1,234,567`; `999`).
  private mutating func writeGrouped(_ value: UInt64) {
    guard value >= 1000 else {
      writeDigits(value, minimumCount: 1)
      return
    }
    writeGrouped(value / 1000)
    bytes.append(UInt8(ascii: ","))
    writeDigits(value % 1000, minimumCount: 3)
  }
}
