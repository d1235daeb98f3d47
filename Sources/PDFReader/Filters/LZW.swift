/// LZWDecode (ISO 32000-1 §7.4.4): 9–12-bit codes, 256 = clear, 257 = end, optional early change.
enum LZW {
  static func decode(_ data: [UInt8], earlyChange: Bool, limit: Int) throws(PDFReadError) -> [UInt8] {
    var prefix = [Int](repeating: -1, count: 4096)
    var suffix = [UInt8](repeating: 0, count: 4096)
    var length = [Int](repeating: 1, count: 4096)
    for i in 0..<256 { suffix[i] = UInt8(i) }
    var next = 258
    var codeWidth = 9
    var previous = -1
    var out = [UInt8]()
    var bitBuffer = 0
    var bitCount = 0
    var index = 0
    let early = earlyChange ? 1 : 0
    var scratch = [UInt8](repeating: 0, count: 4096)

    func emit(_ code: Int, into out: inout [UInt8]) -> UInt8 {
      // Walk the prefix chain backwards into scratch, then append forwards.
      var c = code
      var n = length[code]
      let count = n
      while c >= 0 && n > 0 {
        n -= 1
        scratch[n] = suffix[c]
        c = prefix[c]
      }
      out.append(contentsOf: scratch[0..<count])
      return scratch[0]
    }

    while true {
      while bitCount < codeWidth && index < data.count {
        bitBuffer = (bitBuffer << 8) | Int(data[index])
        bitCount += 8
        index += 1
      }
      if bitCount < codeWidth { break }
      let code = (bitBuffer >> (bitCount - codeWidth)) & ((1 << codeWidth) - 1)
      bitCount -= codeWidth
      bitBuffer &= (1 << bitCount) - 1
      if code == 256 {
        next = 258
        codeWidth = 9
        previous = -1
        continue
      }
      if code == 257 { break }
      if previous < 0 {
        guard code < 256 else { throw .corruptStream("LZW code \(code) before any entry") }
        out.append(UInt8(code))
        previous = code
        continue
      }
      let first: UInt8
      if code < next {
        first = emit(code, into: &out)
      } else if code == next {
        let head = emit(previous, into: &out)
        out.append(head)
        first = head
      } else {
        throw .corruptStream("LZW code \(code) is beyond the table (\(next))")
      }
      if next < 4096 {
        prefix[next] = previous
        suffix[next] = first
        length[next] = length[previous] + 1
        next += 1
      }
      if next + early >= (1 << codeWidth) && codeWidth < 12 { codeWidth += 1 }
      previous = code
      if out.count > limit { throw .streamTooLarge(limit: limit) }
    }
    return out
  }
}
