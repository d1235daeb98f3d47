#if canImport(Glibc)
  import Glibc
#endif

/// Finds the repository's `Fonts/` folder.
enum FontLocator {
  /// A file every fonts folder holds.
  static let marker = "NotoSans-Regular.ttf"

  /// `$SETTLE_FONTS` when set; else the `Fonts/` folder beside this package's sources (from
  /// `#filePath`); else the first `Fonts/` folder in the executable's directory or its ancestors.
  /// - Throws: `FontError.unreadable` naming the places searched when none holds the marker.
  static func fontsDirectory(filePath: String = #filePath, executable: String? = executablePath()) throws(FontError)
    -> String
  {
    if let env = getenv("SETTLE_FONTS").map({ String(cString: $0) }), !env.isEmpty {
      return env
    }
    var searched: [String] = []
    // …/Sources/TypesetText/Fonts/FontLocator.swift → …/Fonts
    let fromSource = ancestors(of: filePath).dropFirst(3).first.map { $0 + "/Fonts" }
    if let fromSource {
      if isReadable(fromSource + "/" + marker) { return fromSource }
      searched.append(fromSource)
    }
    if let exe = executable {
      for dir in ancestors(of: exe).prefix(8) {
        let candidate = dir + "/Fonts"
        if isReadable(candidate + "/" + marker) { return candidate }
        searched.append(candidate)
      }
    }
    throw .unreadable(path: "fonts folder (set SETTLE_FONTS; searched " + searched.joined(separator: ", ") + ")")
  }

  /// The parent directories of `path`, nearest first.
  static func ancestors(of path: String) -> [String] {
    var parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    var out: [String] = []
    while !parts.isEmpty {
      parts.removeLast()
      out.append("/" + parts.joined(separator: "/"))
    }
    return out.map { $0 == "/" ? "" : $0 }
  }

  static func isReadable(_ path: String) -> Bool { access(path, R_OK) == 0 }

  static func executablePath() -> String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard n > 0 else { return nil }
    return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
