import CHarfBuzz

/// What itemization needs to know about one character's Unicode properties.
enum CharacterClass: UInt8 {
  /// Has a script of its own (Latin, Arabic, Han, …).
  case strong
  /// Script Inherited (combining marks, ZWJ/ZWNJ, variation selectors): follows its base.
  case inherited
  /// Script Common or Unknown, not a bracket: follows the preceding strong character.
  case common
  /// Opening punctuation (Ps, Pi): follows the next strong character.
  case opener
  /// Closing punctuation (Pe, Pf): follows its opener.
  case closer
}

/// Unicode script and bracket lookups, with a table for ASCII so short Latin strings skip HarfBuzz.
enum ScriptLookup {
  static let common = HB_SCRIPT_COMMON.rawValue
  static let inherited = HB_SCRIPT_INHERITED.rawValue
  static let unknown = HB_SCRIPT_UNKNOWN.rawValue
  static let latin = HB_SCRIPT_LATIN.rawValue
  static let arabic = HB_SCRIPT_ARABIC.rawValue
  static let hebrew = HB_SCRIPT_HEBREW.rawValue

  /// The script and class of `value`, using HarfBuzz's default Unicode functions `funcs`.
  @inline(__always)
  static func classify(_ value: UInt32, funcs: OpaquePointer?) -> (script: UInt32, kind: CharacterClass) {
    if value < 0x80 {
      switch value {
      case 0x41...0x5A, 0x61...0x7A: return (latin, .strong)
      case 0x28, 0x5B, 0x7B: return (common, .opener)
      case 0x29, 0x5D, 0x7D: return (common, .closer)
      default: return (common, .common)
      }
    }
    let script = hb_unicode_script(funcs, value).rawValue
    if script == inherited { return (script, .inherited) }
    if script != common && script != unknown { return (script, .strong) }
    switch hb_unicode_general_category(funcs, value) {
    case HB_UNICODE_GENERAL_CATEGORY_OPEN_PUNCTUATION, HB_UNICODE_GENERAL_CATEGORY_INITIAL_PUNCTUATION:
      return (common, .opener)
    case HB_UNICODE_GENERAL_CATEGORY_CLOSE_PUNCTUATION, HB_UNICODE_GENERAL_CATEGORY_FINAL_PUNCTUATION:
      return (common, .closer)
    case HB_UNICODE_GENERAL_CATEGORY_NON_SPACING_MARK, HB_UNICODE_GENERAL_CATEGORY_SPACING_MARK,
      HB_UNICODE_GENERAL_CATEGORY_ENCLOSING_MARK:
      return (script, .inherited)
    default:
      return (script, .common)
    }
  }

  /// Whether a character is invisible by design (a control or a Unicode default-ignorable code
  /// point), so a font lacking it is not worth a warning.
  static func isIgnorable(_ v: UInt32) -> Bool {
    switch v {
    case 0x00...0x1F, 0x7F...0x9F, 0xAD, 0x34F, 0x61C, 0x115F...0x1160, 0x17B4...0x17B5, 0x180B...0x180F,
      0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0x3164, 0xFE00...0xFE0F, 0xFEFF, 0xFFA0,
      0xFFF0...0xFFF8, 0x1BCA0...0x1BCA3, 0x1D173...0x1D17A, 0xE0000...0xE0FFF:
      return true
    default:
      return false
    }
  }

  /// A BCP 47 language guessed from the script, so HarfBuzz picks the script's default forms.
  static func language(for script: UInt32) -> OpaquePointer? {
    switch script {
    case arabic: return Languages.shared.arabic
    case hebrew: return Languages.shared.hebrew
    case HB_SCRIPT_HAN.rawValue, HB_SCRIPT_BOPOMOFO.rawValue: return Languages.shared.chinese
    case HB_SCRIPT_HIRAGANA.rawValue, HB_SCRIPT_KATAKANA.rawValue: return Languages.shared.japanese
    case HB_SCRIPT_HANGUL.rawValue: return Languages.shared.korean
    default: return Languages.shared.english
    }
  }
}

/// HarfBuzz language handles, created once. They point at HarfBuzz's immutable, process-wide
/// language table, so sharing them across threads is safe.
final class Languages: @unchecked Sendable {
  static let shared = Languages()
  let arabic = hb_language_from_string("ar", -1)
  let hebrew = hb_language_from_string("he", -1)
  let chinese = hb_language_from_string("zh", -1)
  let japanese = hb_language_from_string("ja", -1)
  let korean = hb_language_from_string("ko", -1)
  let english = hb_language_from_string("en", -1)
}
