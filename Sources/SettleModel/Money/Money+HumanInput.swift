extension Money {
  /// Reads an amount the way people type it at a prompt: with or without the currency's symbol or
  /// code, with digit grouping, and with either "." or "," as the decimal separator.
  ///
  /// Accepted for a USD claim: "$1,180.00", "1180", "1 180,00", "USD 1180.5", "1.180,00 $".
  /// For a EUR claim: "1 180,00 €", "€1.180" (1180.00: see the rules), "12,5" (12.50).
  ///
  /// The rules, in order:
  /// - Spaces around the text are ignored; a sign or parentheses are refused (``AmountError/sign``).
  /// - A leading or trailing currency marker must be `currency`'s code (any case) or symbol, or
  ///   its symbol without the country letters ("$" for CAD's "CA$", "¥" for CNY's "CN¥"), or its
  ///   symbol with other country letters ("US$" for USD); another currency's code or symbol is
  ///   ``AmountError/currencyMismatch(found:expected:)``.
  /// - When both "." and "," occur, the last one is the decimal separator. When only one of them
  ///   occurs, once, followed by exactly three digits (and the whole part is not "0"): in a
  ///   currency without minor unit it groups thousands ("¥1.180" is 1180); a "," groups
  ///   thousands in a currency with one or two minor digits ("1,180" is 1180.00); so does a "."
  ///   there when the amount carries a currency symbol or code ("€1.180" and "1.180 EUR" are
  ///   1180.00: someone who writes the currency is writing a price, and a price with three
  ///   decimals does not exist in that currency, while "." grouping is usual across Europe).
  ///   A bare "." there ("12.345": a mistyped decimal or a European thousand?) and either mark in
  ///   a currency with three or more minor digits are refused as ``AmountError/ambiguous(_:)``.
  ///   Otherwise a single "." or "," is the decimal separator ("12,5" is 12.50).
  /// - Spaces, no-break spaces, apostrophes and repeated "." or "," group digits; groups after
  ///   the first must have three digits (or two, Indian style, before a final group of three).
  /// - At most `currency.minorUnitDigits` decimals; "5." and ".5" are accepted.
  ///
  /// - Complexity: O(n) in the length of `text`.
  public static func parseHumanInput(_ text: String, currency: Currency) -> Result<Money, AmountError> {
    do {
      return .success(try HumanAmountReader(currency: currency).read(text))
    } catch {
      return .failure(error)
    }
  }
}

/// The lenient reader behind ``Money/parseHumanInput(_:currency:)``.
struct HumanAmountReader {
  let currency: Currency

  private static func isSpace(_ c: Character) -> Bool {
    c == " " || c == "\u{00A0}" || c == "\u{202F}" || c == "\u{2009}" || c == "\t"
  }

  private static func isNumeric(_ c: Character) -> Bool {
    c.isASCII && (c.isNumber || c == "." || c == ",")
  }

  private static func isGroupingMark(_ c: Character) -> Bool {
    isSpace(c) || c == "'" || c == "\u{2019}"
  }

  func read(_ raw: String) throws(AmountError) -> Money {
    let chars = Array(raw).drop(while: Self.isSpace).reversed().drop(while: Self.isSpace).reversed()
    let text = Array(chars)
    guard !text.isEmpty else { throw .empty }
    if text.contains(where: { $0 == "-" || $0 == "+" || $0 == "(" || $0 == ")" || $0 == "\u{2212}" }) {
      throw .sign
    }
    guard let first = text.firstIndex(where: Self.isNumeric),
      let last = text.lastIndex(where: Self.isNumeric)
    else {
      throw .empty
    }
    let hasLeadingMarker = try checkMarker(String(text[..<first]))
    let hasTrailingMarker = try checkMarker(String(text[(last + 1)...]))
    return try readNumber(Array(text[first...last]), hasCurrencyMarker: hasLeadingMarker || hasTrailingMarker)
  }

  /// Accepts an empty marker or one that names `currency`; returns whether the marker is not empty.
  private func checkMarker(_ raw: String) throws(AmountError) -> Bool {
    let marker = String(String(raw.reversed()).drop(while: Self.isSpace).reversed()).drop(while: Self.isSpace)
    guard !marker.isEmpty else { return false }
    let text = String(marker)
    if text.uppercased() == currency.code || text == currency.symbol { return true }
    // "$" for a CAD claim ("CA$"), "¥" for CNY ("CN¥"): a bare symbol matching ours.
    let bare = text.drop(while: { $0.isLetter })
    let ownBare = currency.symbol.drop(while: { $0.isLetter })
    if currency.hasSymbol, !bare.isEmpty, bare == ownBare, bare.count == text.count { return true }
    if let other = CurrencyTable.currencyBySymbol[text], other != currency.code {
      throw .currencyMismatch(found: other, expected: currency)
    }
    if text.count == 3, text.allSatisfy({ $0.isASCII && $0.isLetter }),
      CurrencyTable.minorUnitDigits[text.uppercased()] != nil
    {
      throw .currencyMismatch(found: text.uppercased(), expected: currency)
    }
    // "US$" for USD: a country prefix on a symbol that is ours.
    if currency.hasSymbol, !bare.isEmpty, bare == ownBare { return true }
    if text.lowercased().hasPrefix("e") { throw .exponent }
    throw .unexpectedCharacter(text.first ?? " ")
  }

  /// The amount in `text` (digits and marks only); `hasCurrencyMarker` lets "1.180" group thousands.
  private func readNumber(_ text: [Character], hasCurrencyMarker: Bool) throws(AmountError) -> Money {
    for c in text where !(c.isASCII && c.isNumber) && c != "." && c != "," && !Self.isGroupingMark(c) {
      if c == "e" || c == "E" { throw .exponent }
      throw .unexpectedCharacter(c)
    }
    let dots = text.filter { $0 == "." }.count
    let commas = text.filter { $0 == "," }.count
    var decimal: Character? = nil
    if dots > 0 && commas > 0 {
      let lastDot = text.lastIndex(of: ".") ?? 0
      let lastComma = text.lastIndex(of: ",") ?? 0
      decimal = lastDot > lastComma ? "." : ","
      let count = decimal == "." ? dots : commas
      guard count == 1 else { throw .multiplePoints }
    } else if dots + commas == 1 {
      let separator: Character = dots == 1 ? "." : ","
      let index = text.firstIndex(of: separator) ?? 0
      let after = text[(index + 1)...]
      let before = text[..<index].filter { $0.isNumber }
      if after.count == 3 && after.allSatisfy(\.isNumber) && String(before) != "0" && !before.isEmpty {
        if currency.minorUnitDigits >= 3 || (separator == "." && currency.minorUnitDigits > 0 && !hasCurrencyMarker) {
          throw .ambiguous(String(text))
        }
        decimal = nil
      } else {
        decimal = separator
      }
    }
    var wholeText = text[...]
    var fractionText: ArraySlice<Character> = []
    if let decimal, let index = text.lastIndex(of: decimal) {
      wholeText = text[..<index]
      fractionText = text[(index + 1)...]
    }
    guard fractionText.allSatisfy(\.isNumber) else { throw .irregularGrouping }
    let whole = try wholeDigits(Array(wholeText))
    let fraction = fractionText.compactMap { $0.wholeNumberValue.map(UInt8.init) }
    guard !(whole.isEmpty && fraction.isEmpty) else { throw .empty }
    guard fraction.count <= currency.minorUnitDigits else {
      throw .tooManyFractionDigits(found: fraction.count, currency: currency)
    }
    guard let value = Money.minorUnits(whole: whole, fraction: fraction, fractionDigits: currency.minorUnitDigits)
    else { throw .outOfRange }
    return Money(minorUnits: value, currency: currency)
  }

  /// The digits of the whole part after checking its grouping.
  private func wholeDigits(_ text: [Character]) throws(AmountError) -> [UInt8] {
    var groups: [[UInt8]] = [[]]
    var separatorKinds: Set<String> = []
    for c in text {
      if let digit = c.wholeNumberValue, c.isASCII {
        groups[groups.count - 1].append(UInt8(digit))
      } else {
        separatorKinds.insert(Self.isSpace(c) ? " " : String(c))
        groups.append([])
      }
    }
    if groups.count > 1 {
      guard separatorKinds.count == 1, groups.allSatisfy({ !$0.isEmpty }) else { throw .irregularGrouping }
      let head = groups[0]
      let tail = groups.dropFirst()
      let western = head.count <= 3 && tail.allSatisfy { $0.count == 3 }
      let indian = head.count <= 2 && tail.last?.count == 3 && tail.dropLast().allSatisfy { $0.count == 2 }
      guard western || indian else { throw .irregularGrouping }
    }
    return groups.flatMap { $0 }
  }
}
