import Synchronization

/// The faces a document can use and, per style, the ordered list of faces to try for each character.
///
/// Immutable after `init` apart from two lock-guarded caches (the system faces, loaded on first
/// need, and the pair tables of the shaping shortcut), so one instance is shared by every thread.
public final class FontBook: @unchecked Sendable {
  /// The faces loaded from the fonts folder, in a fixed order (regular, bold, italic, bold
  /// italic, mono, mono bold, Arabic, Arabic bold, Hebrew, Hebrew bold; absent files skipped).
  public let fonts: [Font]
  /// Loads the system CJK faces on first use (nil when system fallbacks were not requested).
  private let systemLoader: SystemFallbackLoader?
  /// One chain per `FontStyle.index`.
  private let chains: [[Font]]
  /// The same chains as indices into `fonts`.
  let chainIndices: [[Int]]
  /// The shaping shortcut's pair tables, per face and feature set.
  let pairTables = PairShapingTables()

  /// The system CJK faces that end every chain (empty when none is installed or when system
  /// fallbacks were not requested). They are loaded on first use (a Noto CJK collection is
  /// 19 MB), so documents without CJK text never pay for them.
  public var systemFallbacks: [Font] { systemLoader?.fonts ?? [] }

  /// The fonts shipped in the repository's `Fonts/` folder (found via `$SETTLE_FONTS`, else
  /// relative to this source file's `#filePath`, else relative to the executable), plus system
  /// CJK fonts when installed (`NotoSansCJK-Regular.ttc`, the "Noto Sans CJK SC" face, or
  /// `wqy-microhei.ttc`), which are read on first need.
  ///
  /// Loaded once per process and cached; later calls return the same instance.
  /// - Throws: `FontError.unreadable` when no fonts folder is found or its Noto Sans Regular is
  ///   missing; `FontError.invalid` when a shipped file is not a usable font.
  public static func standard() throws(FontError) -> FontBook {
    try standardBook.get()
  }

  private static let standardBook: Result<FontBook, FontError> = Result { () throws(FontError) -> FontBook in
    try FontBook(directory: FontLocator.fontsDirectory())
  }

  /// Loads the Noto faces from `directory` (which must hold at least `NotoSans-Regular.ttf`; any
  /// other shipped face that is absent is replaced by its nearest relative), and, when
  /// `includeSystemFallbacks`, the system CJK faces (read on first need).
  /// - Throws: `FontError.unreadable` when `NotoSans-Regular.ttf` cannot be read;
  ///   `FontError.invalid` when a present file is not a usable font.
  public init(directory: String, includeSystemFallbacks: Bool = true) throws(FontError) {
    var loaded: [Font] = []
    func load(_ name: String) throws(FontError) -> Font? {
      let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
      guard FontLocator.isReadable(path) else { return nil }
      let font = try Font(path: path)
      loaded.append(font)
      return font
    }
    guard let sans = try load("NotoSans-Regular.ttf") else {
      throw .unreadable(path: directory + "/NotoSans-Regular.ttf")
    }
    let sansBold = try load("NotoSans-Bold.ttf")
    let sansItalic = try load("NotoSans-Italic.ttf")
    let sansBoldItalic = try load("NotoSans-BoldItalic.ttf")
    let mono = try load("NotoSansMono-Regular.ttf")
    let monoBold = try load("NotoSansMono-Bold.ttf")
    let arabic = try load("NotoSansArabic-Regular.ttf")
    let arabicBold = try load("NotoSansArabic-Bold.ttf")
    let hebrew = try load("NotoSansHebrew-Regular.ttf")
    let hebrewBold = try load("NotoSansHebrew-Bold.ttf")

    let faces = FaceSet(
      sans: sans, sansBold: sansBold, sansItalic: sansItalic, sansBoldItalic: sansBoldItalic,
      mono: mono, monoBold: monoBold, arabic: arabic, arabicBold: arabicBold,
      hebrew: hebrew, hebrewBold: hebrewBold)
    fonts = loaded
    systemLoader = includeSystemFallbacks ? SystemFallbackLoader() : nil
    let chains = FontStyle.all.map { faces.chain(for: $0) }
    let all = fonts
    self.chains = chains
    chainIndices = chains.map { chain in chain.compactMap { font in all.firstIndex { $0 === font } } }
  }

  /// Ordered fallback chain for a style: the primary face first (e.g. NotoSans-Bold), then
  /// Arabic, Hebrew (bold variants first when bold), the other family and the regular faces,
  /// then system CJK faces (loading them on the first call). Each face appears once.
  public func fallbackChain(for style: FontStyle) -> [Font] { chains[style.index] + systemFallbacks }

  /// The face a style is set in when it covers the text: the first of `fallbackChain(for:)`,
  /// without loading system faces. Use it for line metrics (ascender, descender).
  public func primaryFont(for style: FontStyle) -> Font { chains[style.index][0] }
}

/// The faces one `FontBook` loaded, by role; absent optional faces are nil.
private struct FaceSet {
  let sans: Font
  let sansBold: Font?, sansItalic: Font?, sansBoldItalic: Font?
  let mono: Font?, monoBold: Font?
  let arabic: Font?, arabicBold: Font?
  let hebrew: Font?, hebrewBold: Font?

  func chain(for style: FontStyle) -> [Font] {
    let bold = style.isBold
    // Faces of the wanted family, nearest first; the first present one is the primary face.
    let sansFaces: [Font?] =
      switch (bold, style.isItalic) {
      case (false, false): [sans]
      case (true, false): [sansBold, sans]
      case (false, true): [sansItalic, sans]
      case (true, true): [sansBoldItalic, sansBold, sansItalic, sans]
      }
    let monoFaces: [Font?] = bold ? [monoBold, mono] : [mono]
    let scripts: [Font?] = bold ? [arabicBold, hebrewBold, arabic, hebrew] : [arabic, hebrew]
    let family = style.family == .mono ? monoFaces + sansFaces : sansFaces
    let others = style.family == .mono ? [] : monoFaces
    let primary = family.compactMap { $0 }.first ?? sans
    let ordered: [Font?] = [primary] + scripts + family + others + [sans]
    var chain: [Font] = []
    for case let font? in ordered where !chain.contains(where: { $0 === font }) { chain.append(font) }
    return chain
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
