/// Lookup of the resolved Line_Break class of a code point.
///
/// The data lives in `LineBreakTable.generated.swift` as sorted range starts plus one byte per
/// range; a lookup is a binary search (about 12 steps), with a direct table for Latin-1 so that
/// ordinary Western text never searches.
enum LineBreakTable {
  /// A class with the two flags the rules need beyond the class itself.
  struct Entry: Sendable, Equatable {
    /// The packed byte: class in the low 6 bits, flags in bits 6 and 7.
    var byte: UInt8

    /// The resolved Line_Break class.
    var lineBreakClass: LineBreakClass {
      LineBreakClass(rawValue: byte & 0x3F) ?? .alphabetic
    }

    /// Whether the code point is OP or CP with East_Asian_Width F, W or H (LB30 excludes those).
    var isEastAsianWide: Bool { byte & 0x40 != 0 }

    /// Whether the code point is Extended_Pictographic and unassigned (LB30b).
    var isUnassignedPictographic: Bool { byte & 0x80 != 0 }
  }

  /// Direct entries for U+0000 to U+00FF.
  private static let latin1: [UInt8] = (0..<256).map { searchedByte(UInt32($0)) }

  /// The entry of `scalar`.
  @inline(__always)
  static func entry(of scalar: Unicode.Scalar) -> Entry {
    let value = scalar.value
    if value < 256 { return Entry(byte: latin1[Int(value)]) }
    return Entry(byte: searchedByte(value))
  }

  /// Binary search for the last range starting at or before `value`.
  private static func searchedByte(_ value: UInt32) -> UInt8 {
    var low = 0
    var high = rangeStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if rangeStarts[middle] <= value { low = middle } else { high = middle - 1 }
    }
    return rangeValues[low]
  }
}
