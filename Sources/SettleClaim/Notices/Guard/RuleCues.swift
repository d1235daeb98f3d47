/// The literal letters a rule's matches must contain, so the guard can leave out the patterns a
/// text cannot match, or skip the rule's expression altogether.
///
/// Every pattern of the catalog holds literal words it cannot match without (`\bcredit hold\b`
/// needs `credit` and `hold`) and groups of which one branch must occur (`\b(ruin|destroy) your\b`
/// needs `ruin` or `destroy`, and `your`). Case-insensitively, any match contains a cue of every
/// such requirement; so when some requirement has no cue in the text, the pattern has no match
/// there and can be left out of the rule's expression. A pattern with no requirement that can be
/// read always stays.
struct RuleCues: Sendable, Equatable {
  /// Per pattern, its requirements: lists of lowercase ASCII cues, one of each list being in every
  /// match (empty when none could be read).
  let requirements: [[[[UInt8]]]]

  /// The cues of a rule's patterns.
  init(patterns: [String]) {
    requirements = patterns.map { Self.requirements(of: $0) ?? [] }
  }

  /// For each pattern, whether it may match a text with these words (false only when it
  /// certainly cannot).
  func possiblePatterns(_ words: FoldedWords) -> [Bool] {
    requirements.map { pattern in pattern.allSatisfy { cues in cues.contains { words.containsSubstring($0) } } }
  }

  /// The requirements of one pattern: each letter run and each plain group it cannot match without
  /// (a group gives one cue per branch, the letters each branch starts with); nil when the pattern
  /// has alternatives at its top level or cannot be read.
  static func requirements(of pattern: String) -> [[[UInt8]]]? {
    let bytes = Array(pattern.utf8)[...]
    var options: [[[UInt8]]] = []
    var run: [UInt8] = []
    func endRun() {
      if !run.isEmpty { options.append([run]) }
      run = []
    }
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      if isASCIILetter(byte) {
        let next = index + 1 < bytes.endIndex ? bytes[index + 1] : 0
        if isOptionalQuantifier(next) {
          endRun()
        } else {
          run.append(byte | 0x20)
          if next == UInt8(ascii: "+") { endRun() }
        }
        index += 1
        continue
      }
      endRun()
      switch byte {
      case UInt8(ascii: "|"):
        return nil
      case UInt8(ascii: "\\"):
        guard index + 1 < bytes.endIndex, isPlainEscape(bytes[index + 1]) else { return nil }
        index += 2
      case UInt8(ascii: "["):
        guard let close = classEnd(bytes, from: index) else { return nil }
        index = close + 1
      case UInt8(ascii: "("):
        guard let (branches, close) = group(bytes, from: index) else { return nil }
        index = close + 1
        let next = index < bytes.endIndex ? bytes[index] : 0
        if let branches, !isOptionalQuantifier(next) {
          let cues = branches.map(literalPrefix)
          if !cues.contains(where: \.isEmpty) { options.append(cues) }
        }
      default:
        index += 1
      }
    }
    endRun()
    return options
  }

  /// Whether `\` followed by `byte` is one escape of a single character or class (`\b`, `\w`,
  /// `\.`, …), so reading can go on after it; not `\p{…}`, `\x{…}`, `\Q…\E` and the like.
  static func isPlainEscape(_ byte: UInt8) -> Bool {
    guard isASCIILetter(byte) else { return byte >= 0x20 && byte < 0x7F }
    return Array("bBwWsSdDnrt".utf8).contains(byte)
  }

  /// Whether `byte` makes the atom before it optional: `?`, `*` or `{` (which may allow zero).
  static func isOptionalQuantifier(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "?") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "{")
  }

  /// The index of the `]` closing the class that opens at `start`.
  static func classEnd(_ text: ArraySlice<UInt8>, from start: Int) -> Int? {
    var index = start + 1
    if index < text.endIndex && text[index] == UInt8(ascii: "^") { index += 1 }
    if index < text.endIndex && text[index] == UInt8(ascii: "]") { index += 1 }
    while index < text.endIndex {
      if text[index] == UInt8(ascii: "\\") {
        guard index + 1 < text.endIndex, isPlainEscape(text[index + 1]) else { return nil }
        index += 2
        continue
      }
      if text[index] == UInt8(ascii: "[") { return nil }
      if text[index] == UInt8(ascii: "]") { return index }
      index += 1
    }
    return nil
  }

  /// The group that opens at `start`: its top-level branches (nil for a special group, `(?…`) and
  /// the index of its `)`; nil when it is not closed.
  static func group(_ text: ArraySlice<UInt8>, from start: Int) -> (branches: [ArraySlice<UInt8>]?, close: Int)? {
    var index = start + 1
    let isSpecial = index < text.endIndex && text[index] == UInt8(ascii: "?")
    var depth = 1
    var branchStart = index
    var branches: [ArraySlice<UInt8>] = []
    while index < text.endIndex {
      let byte = text[index]
      if byte == UInt8(ascii: "\\") {
        guard index + 1 < text.endIndex, isPlainEscape(text[index + 1]) else { return nil }
        index += 2
        continue
      }
      if byte == UInt8(ascii: "[") {
        guard let close = classEnd(text, from: index) else { return nil }
        index = close + 1
        continue
      }
      if byte == UInt8(ascii: "(") {
        depth += 1
      } else if byte == UInt8(ascii: ")") {
        depth -= 1
        if depth == 0 {
          branches.append(text[branchStart..<index])
          return (isSpecial ? nil : branches, index)
        }
      } else if byte == UInt8(ascii: "|"), depth == 1 {
        branches.append(text[branchStart..<index])
        branchStart = index + 1
      }
      index += 1
    }
    return nil
  }

  /// The ASCII letters `text` starts with, lowercased; a letter made optional or repeatable by a
  /// following `?`, `*` or `{` is left out.
  static func literalPrefix(_ text: ArraySlice<UInt8>) -> [UInt8] {
    var letters: [UInt8] = []
    var index = text.startIndex
    while index < text.endIndex, isASCIILetter(text[index]) {
      letters.append(text[index] | 0x20)
      index += 1
    }
    if index < text.endIndex, isOptionalQuantifier(text[index]), !letters.isEmpty { letters.removeLast() }
    return letters
  }

  static func isASCIILetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
  }
}

/// A text's distinct runs of letters, folded the way a case-insensitive match sees them: ASCII
/// letters lowercased, and the few other characters that case-fold to ASCII letters (`ß`, `ſ`, the
/// Kelvin sign, the `ﬀ`–`ﬆ` ligatures, …) written as those letters. Every other character ends a run.
struct FoldedWords {
  /// The distinct runs.
  let words: Set<[UInt8]>
  /// Which lowercase letter pairs occur inside some run (`a`–`z` by `a`–`z`, bit `first * 26 + second`),
  /// and which letters occur at all (bits 676 and up): a cue with a pair or letter missing here is
  /// in no run, which most cues tell without a search.
  private let pairs: [UInt64]

  /// The runs of `text`.
  init(_ text: String) {
    var words = Set<[UInt8]>()
    var word: [UInt8] = []
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        let byte = UInt8(value)
        if RuleCues.isASCIILetter(byte) {
          word.append(byte | 0x20)
          continue
        }
      } else if let letters = Self.asciiFolds[value] {
        word += letters
        continue
      }
      if !word.isEmpty {
        words.insert(word)
        word.removeAll(keepingCapacity: true)
      }
    }
    if !word.isEmpty { words.insert(word) }
    self.words = words
    var pairs = [UInt64](repeating: 0, count: Self.pairWords)
    for run in words {
      for k in run.indices {
        Self.set(Self.letterBit(run[k]), in: &pairs)
        if k + 1 < run.count { Self.set(Self.pairBit(run[k], run[k + 1]), in: &pairs) }
      }
    }
    self.pairs = pairs
  }

  /// 676 pair bits and 26 letter bits in 64-bit words.
  private static let pairWords = (26 * 26 + 26 + 63) / 64

  private static func pairBit(_ a: UInt8, _ b: UInt8) -> Int { Int(a &- 0x61) * 26 + Int(b &- 0x61) }
  private static func letterBit(_ a: UInt8) -> Int { 26 * 26 + Int(a &- 0x61) }
  private static func set(_ bit: Int, in bits: inout [UInt64]) { bits[bit >> 6] |= 1 << UInt64(bit & 63) }
  private func has(_ bit: Int) -> Bool { pairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }

  /// Whether some run contains `cue` (lowercase ASCII letters, as `RuleCues` makes them).
  func containsSubstring(_ cue: [UInt8]) -> Bool {
    guard let first = cue.first else { return !words.isEmpty }
    // Runs hold `a`–`z` only; a cue with anything else, or with a letter or pair no run has, is in none.
    guard cue.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
    if !has(Self.letterBit(first)) { return false }
    for k in cue.indices.dropLast() where !has(Self.pairBit(cue[k], cue[k + 1])) { return false }
    return words.contains { word in
      guard word.count >= cue.count else { return false }
      var start = 0
      while start + cue.count <= word.count {
        if word[start] == cue[0] && word[start..<(start + cue.count)].elementsEqual(cue) { return true }
        start += 1
      }
      return false
    }
  }

  /// The non-ASCII scalars whose lower, upper or folded case holds ASCII letters, with those
  /// letters (lowercase). A superset of what ICU's case-insensitive matching equates with ASCII
  /// letters; the tests check it against both.
  static let asciiFolds: [UInt32: [UInt8]] = [
    0x00DF: Array("ss".utf8), 0x0130: Array("i".utf8), 0x0131: Array("i".utf8), 0x0149: Array("n".utf8),
    0x017F: Array("s".utf8), 0x01F0: Array("j".utf8), 0x1E96: Array("h".utf8), 0x1E97: Array("t".utf8),
    0x1E98: Array("w".utf8), 0x1E99: Array("y".utf8), 0x1E9A: Array("a".utf8), 0x1E9E: Array("ss".utf8),
    0x212A: Array("k".utf8), 0xFB00: Array("ff".utf8), 0xFB01: Array("fi".utf8), 0xFB02: Array("fl".utf8),
    0xFB03: Array("ffi".utf8), 0xFB04: Array("ffl".utf8), 0xFB05: Array("st".utf8), 0xFB06: Array("st".utf8),
  ]
}
