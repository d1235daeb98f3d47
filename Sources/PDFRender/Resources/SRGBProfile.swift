#if canImport(Glibc)
  import Glibc
#endif

/// The sRGB ICC profile (ICC.1:2001-04, version 2.1, display class) embedded as the PDF/A output
/// intent, built here from the numbers of IEC 61966-2-1 rather than shipped as a file.
///
/// It holds only the tags an RGB matrix/TRC display profile requires: description, copyright,
/// media white point, the three colorants and one tone curve that the red, green and blue TRC
/// tags share (ICC.1 §6: tags may point to the same data). The colorants are the sRGB primaries
/// adapted to the D50 connection space (Bradford), as in the common sRGB profiles; the tone curve
/// is the sRGB transfer function sampled at `curvePoints` points, whose linear interpolation stays
/// within 1e-4 of the exact curve (the profiles that sample 1,024 points are 5 KB larger for no
/// visible difference). 604 bytes, about 360 compressed.
enum SRGBProfile {
  /// The profile's bytes.
  static let bytes: [UInt8] = make()

  /// The number of samples of the tone curve (`curv`), evenly spaced over 0…1.
  static let curvePoints = 64

  /// The sRGB transfer function (IEC 61966-2-1): an encoded value in 0…1 to linear light in 0…1.
  static func linear(_ encoded: Double) -> Double {
    encoded <= 0.04045 ? encoded / 12.92 : pow((encoded + 0.055) / 1.055, 2.4)
  }

  /// The tone curve as the profile stores it: `curvePoints` samples, 0…65535 for 0…1.
  static var curve: [UInt16] {
    (0..<curvePoints).map { i in
      UInt16((linear(Double(i) / Double(curvePoints - 1)) * 65535).rounded())
    }
  }

  /// s15Fixed16 XYZ values (the integers of an `XYZ ` tag, 65536 = 1.0).
  private static let whitePoint: [Int32] = [0xF351, 0x1_0000, 0x1_16CC]  // D65: 0.9505, 1.0, 1.0891
  private static let red: [Int32] = [0x6FA3, 0x38F6, 0x0391]  // 0.4361, 0.2225, 0.0139
  private static let green: [Int32] = [0x6294, 0xB785, 0x18DC]  // 0.3851, 0.7169, 0.0971
  private static let blue: [Int32] = [0x24A1, 0x0F85, 0xB6D4]  // 0.1431, 0.0606, 0.7142
  /// The profile connection space's illuminant, D50, as the header states it.
  private static let d50: [Int32] = [0xF6D6, 0x1_0000, 0xD32D]

  private static func make() -> [UInt8] {
    var tags: [(signature: String, data: [UInt8])] = []
    tags.append(("desc", descriptionTag("sRGB IEC61966-2.1")))
    tags.append(("cprt", textTag("No copyright, use freely")))
    tags.append(("wtpt", xyzTag(whitePoint)))
    tags.append(("rXYZ", xyzTag(red)))
    tags.append(("gXYZ", xyzTag(green)))
    tags.append(("bXYZ", xyzTag(blue)))
    var curveTag = Array("curv".utf8) + [0, 0, 0, 0]
    append32(UInt32(curvePoints), to: &curveTag)
    for v in curve { append16(v, to: &curveTag) }
    tags.append(("rTRC", curveTag))

    // Layout: header (128), tag count and table (4 + 12 per entry, the three TRC entries
    // sharing one element), then each element at a 4-byte boundary.
    let entryCount = tags.count + 2
    var offset = 128 + 4 + 12 * entryCount
    var table: [(signature: String, offset: Int, size: Int)] = []
    var elements: [UInt8] = []
    for tag in tags {
      table.append((tag.signature, offset, tag.data.count))
      var data = tag.data
      while data.count % 4 != 0 { data.append(0) }
      elements += data
      offset += data.count
    }
    if let trc = table.last {
      table.append(("gTRC", trc.offset, trc.size))
      table.append(("bTRC", trc.offset, trc.size))
    }

    var out: [UInt8] = []
    append32(UInt32(offset), to: &out)  // profile size
    out += [0, 0, 0, 0]  // preferred CMM: none
    append32(0x0210_0000, to: &out)  // version 2.1
    out += Array("mntrRGB XYZ ".utf8)  // display class, RGB data, XYZ connection space
    for v: UInt16 in [2026, 11, 22, 0, 0, 0] { append16(v, to: &out) }  // creation date (fixed)
    out += Array("acsp".utf8)
    out += [UInt8](repeating: 0, count: 4 + 4 + 4 + 4 + 8 + 4)  // platform, flags, manufacturer, model, attributes, intent
    for v in d50 { append32(UInt32(bitPattern: v), to: &out) }
    out += [UInt8](repeating: 0, count: 4 + 44)  // creator, reserved
    append32(UInt32(table.count), to: &out)
    for entry in table {
      out += Array(entry.signature.utf8)
      append32(UInt32(entry.offset), to: &out)
      append32(UInt32(entry.size), to: &out)
    }
    return out + elements
  }

  /// A `desc` (textDescriptionType) element: ASCII text, no Unicode or ScriptCode text.
  private static func descriptionTag(_ text: String) -> [UInt8] {
    var out = Array("desc".utf8) + [0, 0, 0, 0]
    append32(UInt32(text.utf8.count + 1), to: &out)
    out += Array(text.utf8) + [0]
    out += [UInt8](repeating: 0, count: 4 + 4 + 2 + 1 + 67)  // Unicode language and count, ScriptCode
    return out
  }

  /// A `text` (textType) element: NUL-terminated ASCII.
  private static func textTag(_ text: String) -> [UInt8] {
    Array("text".utf8) + [0, 0, 0, 0] + Array(text.utf8) + [0]
  }

  /// An `XYZ ` element with one s15Fixed16 triple.
  private static func xyzTag(_ xyz: [Int32]) -> [UInt8] {
    var out = Array("XYZ ".utf8) + [0, 0, 0, 0]
    for v in xyz { append32(UInt32(bitPattern: v), to: &out) }
    return out
  }

  private static func append32(_ v: UInt32, to out: inout [UInt8]) {
    out += [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)]
  }

  private static func append16(_ v: UInt16, to out: inout [UInt8]) {
    out += [UInt8(v >> 8), UInt8(v & 0xFF)]
  }
}
