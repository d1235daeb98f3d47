import Foundation

/// Bates numbers for every page of a packet: `PREFIX-000123`, counting up by physical page.
///
/// The packet assembler applies one numbering to all pages (letters, statement, exhibits), so
/// the numbers run on without gaps; an exhibit's Bates range follows from its page range.
public struct BatesNumbering: Sendable, Hashable {
  /// The prefix before the hyphen, e.g. `ACME`.
  public var prefix: String
  /// The number of the packet's first page (1 by default).
  public var firstNumber: Int
  /// The minimum number of digits (zero-padded; 6 by default).
  public var digits: Int

  /// Creates a numbering.
  public init(prefix: String, firstNumber: Int = 1, digits: Int = 6) {
    self.prefix = prefix
    self.firstNumber = firstNumber
    self.digits = max(1, min(digits, 12))
  }

  /// A numbering with the prefix derived from the creditor's name (see `defaultPrefix(for:)`).
  public init(creditorName: String) {
    self.init(prefix: Self.defaultPrefix(for: creditorName))
  }

  /// The Bates number of the page with 1-based physical number `pageNumber` in the packet.
  public func label(forPageNumber pageNumber: Int) -> String {
    let number = String(max(0, firstNumber + pageNumber - 1))
    let padding = String(repeating: "0", count: max(0, digits - number.count))
    return prefix.isEmpty ? padding + number : prefix + "-" + padding + number
  }

  /// "ACME-000005 – ACME-000007", or one number for a one-page range.
  public func range(firstPage: Int, lastPage: Int) -> String {
    firstPage >= lastPage
      ? label(forPageNumber: firstPage) : label(forPageNumber: firstPage) + " – " + label(forPageNumber: lastPage)
  }

  /// The first word of the creditor's name, in ASCII capitals, at most 8 letters or digits
  /// ("Acme Supplies Ltd" → "ACME", "Société Générale" → "SOCIETE"); "EXH" when nothing is left.
  public static func defaultPrefix(for creditorName: String) -> String {
    var result = ""
    for scalar in creditorName.decomposedASCIIApproximation.unicodeScalars {
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        if scalar.isASCII { result.unicodeScalars.append(scalar) }
      } else if !result.isEmpty {
        break
      }
      if result.count == 8 { break }
    }
    return result.isEmpty ? "EXH" : result.uppercased()
  }
}

extension String {
  /// Letters with their combining marks removed (é → e); other characters unchanged.
  fileprivate var decomposedASCIIApproximation: String {
    String(String.UnicodeScalarView(decomposedStringWithCanonicalMapping.unicodeScalars.filter { !$0.properties.isDiacritic || $0.isASCII }))
  }
}
