import Synchronization

/// The faces a document can use and, per style, the ordered list of faces to try for each character.
///
/// Only Noto Sans Regular is read in `init`; every other face is read on first use (a statement
/// sets two or three of the ten shipped faces), so start-up does not parse faces a document
/// never needs. The face slots, the system faces and the pair tables of the shaping shortcut are
/// lock-guarded, so one instance is shared by every thread.
public final class FontBook: @unchecked Sendable {
  /// The faces of the fonts folder, in a fixed order (regular, bold, italic, bold italic, mono,
  /// mono bold, Arabic, Arabic bold, Hebrew, Hebrew bold; absent files skipped). Reading this
  /// loads every face not loaded yet; the engine itself goes through `font(at:)`.
  public var fonts: [Font] { slots.map(\.font) }
  /// One slot per present face file, in the order of `fonts`.
  private let slots: [FaceSlot]
  /// Loads the system CJK faces on first use (nil when system fallbacks were not requested).
  private let systemLoader: SystemFallbackLoader?
  /// One chain per `FontStyle.index`, as indices into `fonts`.
  let chainIndices: [[Int]]
  /// The shaping shortcut's pair tables, per face and feature set.
  let pairTables = PairShapingTables()

  /// The system CJK faces that end every chain (empty when none is installed or when system
  /// fallbacks were not requested). They are loaded on first use (a Noto CJK collection is
  /// 19 MB), so documents without CJK text never pay for them.
  public var systemFallbacks: [Font] { systemLoader?.fonts ?? [] }

  /// The number of face slots (`fonts.count`), without loading any face.
  var faceCount: Int { slots.count }

  /// Makes, on the calling thread, the shaping shortcut's tables for the first face and the
  /// features of each of `styles` (see `PairShapingTable`), rather than after a few hundred texts
  /// in those styles were shaped with HarfBuzz. The output is the same either way; a caller with
  /// an idle core and a long document coming calls this there, so the document's threads find
  /// the tables made. Tables already made or being made are skipped.
  public func makeShapingShortcuts(for styles: [TextStyle]) {
    for style in styles {
      pairTables.makeAhead(font: chainIndices[style.font.index][0], in: self, features: style.features)
    }
  }

  /// Reads the primary face of each of `styles` and has HarfBuzz prepare its layout tables and
  /// shaping plan, by shaping a sample text, so that a document's first lines find them ready
  /// (meant for a spare core while the document is being put together). Only a head start:
  /// shaping results never depend on whether this ran.
  public func prepareShaping(for styles: [TextStyle]) {
    let shaper = Shaper(fontBook: self)
    for style in styles {
      _ = shaper.shapeWithHarfBuzz([StyledSpan("Total 1,234.50", style: style)], direction: .leftToRight)
    }
  }

  /// The face `fonts[index]`, loading it on first use.
  func font(at index: Int) -> Font { slots[index].font }

  /// The fonts shipped in the repository's `Fonts/` folder (found via `$SETTLE_FONTS`, else
  /// relative to this source file's `#filePath`, else relative to the executable), plus system
  /// CJK fonts when installed (`NotoSansCJK-Regular.ttc`, the "Noto Sans CJK SC" face, or
  /// `wqy-microhei.ttc`), which are read on first need.
  ///
  /// Loaded once per process and cached; later calls return the same instance.
  /// - Throws: `FontError.unreadable` when no fonts folder is found or its Noto Sans Regular is
  ///   missing; `FontError.invalid` when Noto Sans Regular is not a usable font.
  public static func standard() throws(FontError) -> FontBook {
    try standardBook.get()
  }

  private static let standardBook: Result<FontBook, FontError> = Result { () throws(FontError) -> FontBook in
    try FontBook(directory: FontLocator.fontsDirectory())
  }

  /// Reads Noto Sans Regular from `directory` and notes which other shipped faces are present
  /// (they are read on first use; any absent one is replaced by its nearest relative), and,
  /// when `includeSystemFallbacks`, the system CJK faces (read on first need).
  ///
  /// A present face that proves unusable when it is first read is replaced by Noto Sans Regular.
  /// - Throws: `FontError.unreadable` when `NotoSans-Regular.ttf` cannot be read;
  ///   `FontError.invalid` when it is not a usable font.
  public init(directory: String, includeSystemFallbacks: Bool = true) throws(FontError) {
    func path(_ name: String) -> String { directory.hasSuffix("/") ? directory + name : directory + "/" + name }
    let regularPath = path("NotoSans-Regular.ttf")
    guard FontLocator.isReadable(regularPath) else { throw .unreadable(path: directory + "/NotoSans-Regular.ttf") }
    let regular = try Font(path: regularPath)
    var slots = [FaceSlot(loaded: regular)]
    func slot(_ name: String) -> Int? {
      let file = path(name)
      guard FontLocator.isReadable(file) else { return nil }
      slots.append(FaceSlot(path: file, standIn: regular))
      return slots.count - 1
    }
    let faces = FaceSet(
      sans: 0, sansBold: slot("NotoSans-Bold.ttf"), sansItalic: slot("NotoSans-Italic.ttf"),
      sansBoldItalic: slot("NotoSans-BoldItalic.ttf"), mono: slot("NotoSansMono-Regular.ttf"),
      monoBold: slot("NotoSansMono-Bold.ttf"), arabic: slot("NotoSansArabic-Regular.ttf"),
      arabicBold: slot("NotoSansArabic-Bold.ttf"), hebrew: slot("NotoSansHebrew-Regular.ttf"),
      hebrewBold: slot("NotoSansHebrew-Bold.ttf"))
    self.slots = slots
    systemLoader = includeSystemFallbacks ? SystemFallbackLoader() : nil
    chainIndices = FontStyle.all.map { faces.chain(for: $0) }
  }

  /// Ordered fallback chain for a style: the primary face first (e.g. NotoSans-Bold), then
  /// Arabic, Hebrew (bold variants first when bold), the other family and the regular faces,
  /// then system CJK faces (loading them, and the chain's faces, on the first call). Each face
  /// appears once.
  public func fallbackChain(for style: FontStyle) -> [Font] {
    chainIndices[style.index].map(font(at:)) + systemFallbacks
  }

  /// The face a style is set in when it covers the text: the first of `fallbackChain(for:)`,
  /// loading only that face. Use it for line metrics (ascender, descender).
  public func primaryFont(for style: FontStyle) -> Font { font(at: chainIndices[style.index][0]) }
}

/// The slots of the faces one `FontBook` found, by role, as indices into `FontBook.fonts`;
/// absent optional faces are nil.
private struct FaceSet {
  let sans: Int
  let sansBold: Int?, sansItalic: Int?, sansBoldItalic: Int?
  let mono: Int?, monoBold: Int?
  let arabic: Int?, arabicBold: Int?
  let hebrew: Int?, hebrewBold: Int?

  func chain(for style: FontStyle) -> [Int] {
    let bold = style.isBold
    // Faces of the wanted family, nearest first; the first present one is the primary face.
    let sansFaces: [Int?] =
      switch (bold, style.isItalic) {
      case (false, false): [sans]
      case (true, false): [sansBold, sans]
      case (false, true): [sansItalic, sans]
      case (true, true): [sansBoldItalic, sansBold, sansItalic, sans]
      }
    let monoFaces: [Int?] = bold ? [monoBold, mono] : [mono]
    let scripts: [Int?] = bold ? [arabicBold, hebrewBold, arabic, hebrew] : [arabic, hebrew]
    let family = style.family == .mono ? monoFaces + sansFaces : sansFaces
    let others = style.family == .mono ? [] : monoFaces
    let primary = family.compactMap { $0 }.first ?? sans
    let ordered: [Int?] = [primary] + scripts + family + others + [sans]
    var chain: [Int] = []
    for case let face? in ordered where !chain.contains(face) { chain.append(face) }
    return chain
  }
}

/// One face of a `FontBook`: read from its file on first request, from any thread.
private final class FaceSlot: Sendable {
  private let path: String
  /// The face used when the file proves unusable (Noto Sans Regular).
  private let standIn: Font
  private let state: Mutex<Font?>

  /// A slot whose face is already loaded.
  init(loaded font: Font) {
    path = font.path
    standIn = font
    state = Mutex(font)
  }

  /// A slot that reads `path` on first request, falling back to `standIn`.
  init(path: String, standIn: Font) {
    self.path = path
    self.standIn = standIn
    state = Mutex(nil)
  }

  var font: Font {
    state.withLock { loaded in
      if let loaded { return loaded }
      let font = (try? Font(path: path)) ?? standIn
      loaded = font
      return font
    }
  }
}

/// Loads the system fallback faces once, on first request, from any thread.
private final class SystemFallbackLoader: Sendable {
  private let state = Mutex<[Font]?>(nil)

  var fonts: [Font] {
    state.withLock { loaded in
      if let loaded { return loaded }
      let fonts = SystemFonts.cjkFonts()
      loaded = fonts
      return fonts
    }
  }
}
