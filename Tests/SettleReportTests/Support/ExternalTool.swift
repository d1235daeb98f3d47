import Foundation

/// Runs poppler tools when installed (tests that need them skip otherwise).
enum ExternalTool {
  static func path(_ name: String) -> String? {
    for dir in ["/usr/bin", "/usr/local/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: dir + "/" + name) {
      return dir + "/" + name
    }
    return nil
  }

  /// Runs `tool` with `arguments`; returns standard output, or nil when it is missing or fails.
  static func run(_ tool: String, _ arguments: [String]) -> Data? {
    guard let executable = path(tool) else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? data : nil
  }

  /// A fresh temporary directory.
  static func temporaryDirectory() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("settle-report-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The text `pdftotext` extracts from `pdf` (raw reading order), or nil without poppler.
  static func pdfText(_ pdf: [UInt8], layout: Bool = false) -> String? {
    let dir = temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("doc.pdf")
    guard (try? Data(pdf).write(to: file)) != nil else { return nil }
    let data = run("pdftotext", (layout ? ["-layout"] : []) + [file.path, "-"])
    return data.flatMap { String(data: $0, encoding: .utf8) }
  }
}
