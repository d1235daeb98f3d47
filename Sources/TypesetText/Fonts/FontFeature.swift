import CHarfBuzz

/// An OpenType feature setting applied to a whole run, e.g. `tnum=1` or `liga=0`.
public struct FontFeature: Sendable, Hashable, CustomStringConvertible {
  /// The four-character feature tag, e.g. `"tnum"`. Shorter tags are padded with spaces.
  public var tag: String
  /// The feature value: 0 turns it off, 1 on; alternates use larger values.
  public var value: UInt32

  /// Creates a feature setting (`FontFeature("liga", 0)` turns ligatures off).
  public init(_ tag: String, _ value: UInt32 = 1) {
    self.tag = tag
    self.value = value
  }

  /// Tabular (equal-width) digits, for columns of amounts.
  public static let tabularNumbers = FontFeature("tnum")

  /// `tag=value`, e.g. `tnum=1`.
  public var description: String { "\(tag)=\(value)" }

  /// HarfBuzz's form of the setting, applied to the whole buffer.
  var harfBuzzFeature: hb_feature_t {
    var t: UInt32 = 0
    var n = 0
    for b in tag.utf8.prefix(4) {
      t = (t << 8) | UInt32(b)
      n += 1
    }
    while n < 4 {
      t = (t << 8) | 0x20
      n += 1
    }
    return hb_feature_t(tag: t, value: value, start: 0, end: UInt32.max)
  }
}
