import Foundation

/// Where the replacement fonts live: `$SETTLE_FONTS`, else the repository's `Fonts/` folder
/// (from this source file's path), else a `Fonts/` folder beside the executable or above it.
enum FontFiles {
  static let directory: String? = {
    var candidates: [String] = []
    if let env = ProcessInfo.processInfo.environment["SETTLE_FONTS"], !env.isEmpty { candidates.append(env) }
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    candidates.append(url.path + "/Fonts")
    var exe = URL(fileURLWithPath: CommandLine.arguments.first ?? "/").resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<6 {
      candidates.append(exe.path + "/Fonts")
      exe.deleteLastPathComponent()
    }
    return candidates.first { FileManager.default.isReadableFile(atPath: $0 + "/LiberationSans-Regular.ttf") }
  }()
}
