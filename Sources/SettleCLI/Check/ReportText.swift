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
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count >= width ? 1 : width - count))
  }

  /// Appends a whole number in decimal digits, with `-` when negative.
  mutating func write(_ number: Int) {
    writeRightToLeft { scratch in
      scratch.putDigits(of: number.magnitude, count: 1)
      if number < 0 { scratch.put(UInt8(ascii: "-")) }
    }
  }

  /// Appends a date as `YYYY-MM-DD`, exactly as `CivilDate.description` writes it.
  mutating func write(_ date: CivilDate) {
    guard (0...9999).contains(date.year) else {
      write(date.description)
      return
    }
    writeRightToLeft { scratch in
      scratch.putDigits(of: UInt(date.day), count: 2)
      scratch.put(UInt8(ascii: "-"))
      scratch.putDigits(of: UInt(date.month), count: 2)
      scratch.put(UInt8(ascii: "-"))
      scratch.putDigits(of: UInt(date.year), count: 4)
    }
  }

  /// Appends an amount as `PlainMoney.text` writes it: sign, digits grouped by three with `,`,
  /// `.` and exactly the currency's minor digits, a space and the ISO code (`-1,250.00 USD`).
  mutating func write(_ money: Money) {
    let currency = money.currency
    let fractionDigits = currency.minorUnitDigits
    let magnitude = money.minorUnits.magnitude
    let scale = UInt64(currency.minorUnitsPerMajorUnit)
    writeRightToLeft { scratch in
      if fractionDigits > 0 {
        scratch.putDigits(of: UInt(magnitude % scale), count: fractionDigits)
        scratch.put(UInt8(ascii: "."))
      }
      var whole = magnitude / scale
      var written = 0
      repeat {
        if written > 0 && written % 3 == 0 { scratch.put(UInt8(ascii: ",")) }
        scratch.put(UInt8(ascii: "0") + UInt8(whole % 10))
        whole /= 10
        written += 1
      } while whole > 0
      if money.isNegative { scratch.put(UInt8(ascii: "-")) }
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

  /// A small buffer filled from its end, for numbers whose digits come lowest first.
  struct Scratch {
    fileprivate let buffer: UnsafeMutableBufferPointer<UInt8>
    /// The first byte written so far; the text is `buffer[start...]`.
    fileprivate var start: Int

    /// Puts `byte` before what is written.
    mutating func put(_ byte: UInt8) {
      start -= 1
      buffer[start] = byte
    }

    /// Puts the decimal digits of `value` before what is written, zero-padded to `count` digits.
    mutating func putDigits(of value: UInt, count: Int) {
      var rest = value
      var written = 0
      repeat {
        put(UInt8(ascii: "0") + UInt8(rest % 10))
        rest /= 10
        written += 1
      } while rest > 0 || written < count
    }
  }

  /// Appends what `fill` puts into a 48-byte scratch buffer (enough for any 64-bit amount with
  /// its group separators, point, fraction and sign).
  private mutating func writeRightToLeft(_ fill: (inout Scratch) -> Void) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
      var scratch = Scratch(buffer: buffer, start: buffer.count)
      fill(&scratch)
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[scratch.start...]))
    }
  }
}
