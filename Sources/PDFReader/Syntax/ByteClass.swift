/// Character classes of PDF syntax (ISO 32000-1 §7.2.2) and byte searching.
enum ByteClass {
  /// NUL, TAB, LF, FF, CR, SPACE.
  @inline(__always) static func isWhitespace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x0a || b == 0x0d || b == 0x09 || b == 0x0c || b == 0x00
  }

  /// ( ) < > [ ] { } / %
  @inline(__always) static func isDelimiter(_ b: UInt8) -> Bool {
    switch b {
    case 0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25: true
    default: false
    }
  }

  /// Neither whitespace nor delimiter.
  @inline(__always) static func isRegular(_ b: UInt8) -> Bool { !isWhitespace(b) && !isDelimiter(b) }

  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  /// The value of a hexadecimal digit, or `nil`.
  @inline(__always) static func hexValue(_ b: UInt8) -> UInt8? {
    switch b {
    case 0x30...0x39: b - 0x30
    case 0x41...0x46: b - 0x37
    case 0x61...0x66: b - 0x57
    default: nil
    }
  }
}

extension Array where Element == UInt8 {
  /// The first index ≥ `start` where `pattern` begins, or `nil`. O(n·m) worst case, m is tiny here.
  func firstIndex(of pattern: [UInt8], from start: Int, to end: Int? = nil) -> Int? {
    let limit = Swift.min(end ?? count, count) - pattern.count
    guard !pattern.isEmpty, start >= 0, start <= limit else { return nil }
    return withUnsafeBufferPointer { buf -> Int? in
      let first = pattern[0]
      var i = start
      outer: while i <= limit {
        if buf[i] == first {
          for j in 1..<pattern.count where buf[i + j] != pattern[j] {
            i += 1
            continue outer
          }
          return i
        }
        i += 1
      }
      return nil
    }
  }

  /// The last index ≤ `before - pattern.count` where `pattern` begins, or `nil`.
  func lastIndex(of pattern: [UInt8], before end: Int? = nil) -> Int? {
    let stop = Swift.min(end ?? count, count)
    guard !pattern.isEmpty, stop >= pattern.count else { return nil }
    var i = stop - pattern.count
    while i >= 0 {
      if self[i] == pattern[0] && self[i..<i + pattern.count].elementsEqual(pattern) { return i }
      i -= 1
    }
    return nil
  }
}
