import CHarfBuzz

/// One piece of a paragraph to shape as a unit: one bidi level, script, font and style.
struct TextItem {
  /// UTF-8 byte offsets into the paragraph text.
  var start: Int
  var end: Int
  var level: UInt8
  /// A HarfBuzz script (`hb_script_t` raw value).
  var script: UInt32
  /// An index into `FontBook.fonts`.
  var font: Int
  /// The span whose style the item has (the first span of the item when equal styles merge).
  var span: Int
}

/// The result of itemization.
struct Itemization {
  var items: [TextItem]
  /// The faces `TextItem.font` indexes: the book's face slots, then system faces when they were
  /// needed. Faces of the book this paragraph never tried are nil (not read); every item's face
  /// is present.
  var fonts: [Font?]
  var baseLevel: UInt8
  var missingGlyphs: [MissingGlyph]
}

/// Splits a paragraph into items: resolves bidi levels (FriBiDi), scripts (Common and Inherited
/// characters take their neighbours' script), and a font per character from the span style's
/// fallback chain, then cuts wherever one of those or the style changes.
struct Itemizer {
  /// Per-character state while itemizing.
  private struct CharacterState {
    var value: UInt32
    var offset: Int
    var span: Int32
    var script: UInt32
    /// The character whose script (and, if it covers this one, font) this one follows; -1 for none.
    var donor: Int32
    var font: Int32
    var kind: CharacterClass
  }

  let book: FontBook

  func itemize(_ spans: [StyledSpan], text: String, direction: ParagraphDirection) -> Itemization {
    var chars: [CharacterState] = []
    chars.reserveCapacity(text.utf8.count)
    var mayContainRightToLeft = false
    let funcs = hb_unicode_funcs_get_default()
    var offset = 0
    var previousStrong: Int32 = -1
    var openers: [Int32] = []
    for (spanIndex, span) in spans.enumerated() {
      for scalar in span.text.unicodeScalars {
        let v = scalar.value
        if v >= 0x590 { mayContainRightToLeft = true }
        let (script, kind) = ScriptLookup.classify(v, funcs: funcs)
        let i = Int32(chars.count)
        var donor: Int32 = previousStrong
        var resolvedKind = kind
        switch kind {
        case .strong:
          donor = i
          previousStrong = i
        case .inherited:
          if i > 0 { donor = i - 1 } else { resolvedKind = .common }
        case .opener:
          if openers.count < 64 { openers.append(i) }
        case .closer:
          if let opener = openers.popLast() { donor = opener } else { resolvedKind = .common }
        case .common:
          break
        }
        chars.append(
          CharacterState(
            value: v, offset: offset, span: Int32(spanIndex), script: script, donor: donor, font: -1, kind: resolvedKind
          ))
        offset += UTF8.width(scalar)
      }
    }
    let textLength = offset

    let needsBidi = mayContainRightToLeft || direction == .rightToLeft
    let bidi = BidiResolution(
      scalars: needsBidi ? chars.map(\.value) : [], direction: direction, mayContainRightToLeft: mayContainRightToLeft)
    let levels = bidi.levels
    @inline(__always) func level(_ i: Int) -> UInt8 { levels.isEmpty ? bidi.baseLevel : levels[i] }

    // Openers, and commons before the first strong character, follow the next strong character;
    // so do commons whose level differs from the previous strong character's but matches the
    // next one's (the space in "شركة (ID" goes with "(ID", not with the Arabic).
    var nextStrong: Int32 = -1
    for i in chars.indices.reversed() {
      switch chars[i].kind {
      case .strong: nextStrong = Int32(i)
      case .opener: if nextStrong >= 0 { chars[i].donor = nextStrong }
      case .common:
        let d = chars[i].donor
        if d < 0 {
          chars[i].donor = nextStrong
        } else if nextStrong >= 0 && !levels.isEmpty && level(Int(d)) != level(i) && level(Int(nextStrong)) == level(i)
        {
          chars[i].donor = nextStrong
        }
      default: break
      }
    }
    // Scripts, in order: inherited follow their base, closers their opener's donor.
    for i in chars.indices {
      switch chars[i].kind {
      case .strong:
        break
      case .inherited:
        chars[i].script = chars[i - 1].script
      case .closer:
        chars[i].donor = chars[Int(chars[i].donor)].donor
        fallthrough
      case .common, .opener:
        let d = chars[i].donor
        chars[i].script = d >= 0 ? chars[Int(d)].script : ScriptLookup.common
      }
    }

    // Fonts: strong characters take the first face covering them, then everything else follows
    // its donor's face when that covers it.
    let chains = spans.map { book.chainIndices[$0.style.font.index] }
    // The book's faces are read on first use: a paragraph loads only the faces it tries.
    let bookFontCount = book.faceCount
    var fonts = [Font?](repeating: nil, count: bookFontCount)
    @inline(__always) func face(_ f: Int) -> Font {
      if let font = fonts[f] { return font }
      let font = book.font(at: f)
      fonts[f] = font
      return font
    }
    var systemLoaded = false
    var missing: [MissingGlyph] = []
    var scalars: [Unicode.Scalar] = []  // made on the first missing glyph, for its context
    /// The first face of `chain`, then of the system faces, covering `v`. System faces are
    /// loaded only when the chain fails for a visible character.
    func firstCovering(_ v: UInt32, _ chain: [Int], searchSystem: Bool = true) -> Int? {
      for f in chain where face(f).covers(codePoint: v) { return f }
      guard searchSystem else { return nil }
      if !systemLoaded {
        systemLoaded = true
        fonts += book.systemFallbacks.map { Optional($0) }
      }
      for f in bookFontCount..<fonts.count where face(f).covers(codePoint: v) { return f }
      return nil
    }
    func fallback(_ i: Int, _ chain: [Int]) -> Int32 {
      let v = chars[i].value
      let ignorable = ScriptLookup.isIgnorable(v)
      if let f = firstCovering(v, chain, searchSystem: !ignorable) { return Int32(f) }
      if ignorable {
        if i > 0 && chars[i - 1].span == chars[i].span && chars[i - 1].font >= 0 { return chars[i - 1].font }
        return Int32(chain[0])
      }
      if let scalar = Unicode.Scalar(v) {
        if scalars.isEmpty { scalars = chars.compactMap { Unicode.Scalar($0.value) } }
        let context = MissingGlyph.context(of: scalars, around: i)
        missing.append(MissingGlyph(scalar: scalar, offset: chars[i].offset, context: context))
      }
      return Int32(chain[0])
    }
    for i in chars.indices where chars[i].kind == .strong {
      chars[i].font = fallback(i, chains[Int(chars[i].span)])
    }
    for i in chars.indices where chars[i].kind != .strong {
      let chain = chains[Int(chars[i].span)]
      let v = chars[i].value
      let d = Int(chars[i].donor)
      var candidate: Int32 = -1
      if d >= 0 {
        if chars[d].span == chars[i].span && chars[d].font >= 0 {
          candidate = chars[d].font
        } else if let f = firstCovering(chars[d].value, chain) {
          candidate = Int32(f)
        }
      }
      if candidate >= 0 && face(Int(candidate)).covers(codePoint: v) {
        chars[i].font = candidate
      } else {
        chars[i].font = fallback(i, chain)
      }
    }
    // Missing glyphs were found in two passes; report them in text order.
    missing.sort { $0.offset < $1.offset }

    var items: [TextItem] = []
    var i = 0
    while i < chars.count {
      let first = chars[i]
      let lvl = level(i)
      var j = i + 1
      var span = Int(first.span)
      while j < chars.count {
        let c = chars[j]
        if c.font != first.font || c.script != first.script || level(j) != lvl { break }
        if Int(c.span) != span {
          if spans[Int(c.span)].style != spans[span].style { break }
          span = Int(c.span)
        }
        j += 1
      }
      let end = j < chars.count ? chars[j].offset : textLength
      _ = face(Int(first.font))  // a missing glyph's item uses its chain's first face, maybe not read yet
      items.append(
        TextItem(
          start: first.offset, end: end, level: lvl, script: first.script, font: Int(first.font), span: Int(first.span))
      )
      i = j
    }
    return Itemization(items: items, fonts: fonts, baseLevel: bidi.baseLevel, missingGlyphs: missing)
  }
}
