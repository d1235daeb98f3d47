/// Page-label ranges (`/PageLabels`, ISO 32000-1 §12.4.2) from per-page labels.
///
/// Unlabelled pages show their page number. A label ending in a decimal number that continues
/// the previous page's label (`A-1`, `A-2`, …) extends one range with prefix `A-`; any other
/// label gets a range of its own with just that prefix.
struct PageLabelRange: Hashable {
  /// The zero-based index of the range's first page.
  var startIndex: Int
  /// The label prefix (`/P`), if any.
  var prefix: String?
  /// Whether pages are numbered in decimal (`/S /D`); false for a prefix-only label.
  var isNumbered: Bool
  /// The number of the first page in the range (`/St`).
  var firstNumber: Int

  /// The ranges for `labels`, or empty when no page has a label (the default numbering applies).
  static func make(_ labels: [String?]) -> [PageLabelRange] {
    guard labels.contains(where: { $0 != nil }) else { return [] }
    var ranges: [PageLabelRange] = []
    for (index, label) in labels.enumerated() {
      let wanted: PageLabelRange
      if let label {
        let (prefix, number) = split(label)
        if let number {
          wanted = PageLabelRange(startIndex: index, prefix: prefix.isEmpty ? nil : prefix, isNumbered: true, firstNumber: number)
        } else {
          wanted = PageLabelRange(startIndex: index, prefix: label, isNumbered: false, firstNumber: 1)
        }
      } else {
        wanted = PageLabelRange(startIndex: index, prefix: nil, isNumbered: true, firstNumber: index + 1)
      }
      if let last = ranges.last, last.prefix == wanted.prefix, last.isNumbered == wanted.isNumbered,
        !last.isNumbered || last.firstNumber + (index - last.startIndex) == wanted.firstNumber
      {
        if last.isNumbered || labels[index] == labels[last.startIndex] { continue }
      }
      ranges.append(wanted)
    }
    return ranges
  }

  /// Splits a trailing run of ASCII digits (without a leading zero) off a label.
  static func split(_ label: String) -> (prefix: String, number: Int?) {
    let scalars = Array(label.unicodeScalars)
    var i = scalars.count
    while i > 0, ("0"..."9").contains(scalars[i - 1]) { i -= 1 }
    let digits = String(String.UnicodeScalarView(scalars[i...]))
    guard !digits.isEmpty, digits.count <= 9, digits.first != "0", let n = Int(digits) else { return (label, nil) }
    return (String(String.UnicodeScalarView(scalars[..<i])), n)
  }
}
