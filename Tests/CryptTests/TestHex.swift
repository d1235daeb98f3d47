/// Bytes from a hex string (test helper; spaces are ignored).
func bytes(hex: String) -> [UInt8] {
  let digits = Array(hex.utf8.filter { $0 != 0x20 })
  var out = [UInt8]()
  var i = 0
  while i + 1 < digits.count {
    out.append(UInt8(String(decoding: digits[i...i + 1], as: UTF8.self), radix: 16) ?? 0)
    i += 2
  }
  return out
}
