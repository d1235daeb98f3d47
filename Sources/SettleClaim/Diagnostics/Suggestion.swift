/// "Did you mean …?" suggestions by edit distance.
enum Suggestion {
  /// The candidate closest to `word` (case-insensitive Levenshtein distance), when it is close
  /// enough to be a likely typo: at most 1 edit for words up to 4 letters, else a third of the length.
  static func nearest(to word: String, in candidates: [String]) -> String? {
    let w = Array(word.lowercased().unicodeScalars)
    let limit = w.count <= 4 ? 1 : max(2, w.count / 3)
    var best: (String, Int)?
    for candidate in candidates {
      let d = distance(w, Array(candidate.lowercased().unicodeScalars))
      if d <= limit && d < (best?.1 ?? Int.max) { best = (candidate, d) }
    }
    return best?.0
  }

  /// Levenshtein distance with O(min) memory.
  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
