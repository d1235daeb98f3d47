/// An sRGB colour with 8-bit components (PDF/A output uses an sRGB OutputIntent).
public struct Color: Hashable, Sendable, CustomStringConvertible {
  public var red: UInt8, green: UInt8, blue: UInt8
  public init(red: UInt8, green: UInt8, blue: UInt8) { self.red = red; self.green = green; self.blue = blue }
  /// `0xRRGGBB`.
  public init(hex: UInt32) {
    self.init(red: UInt8((hex >> 16) & 0xFF), green: UInt8((hex >> 8) & 0xFF), blue: UInt8(hex & 0xFF))
  }
  public static let black = Color(hex: 0x000000)
  public static let white = Color(hex: 0xFFFFFF)
  public var isBlack: Bool { red == 0 && green == 0 && blue == 0 }
  public var description: String {
    "#" + [red, green, blue].map { String($0, radix: 16, uppercase: true).leftPadded(to: 2) }.joined()
  }
}

extension String {
  fileprivate func leftPadded(to n: Int) -> String { String(repeating: "0", count: max(0, n - count)) + self }
}
