import Foundation

/// Runs the command-line PDF tools (qpdf, poppler) when installed; tests skip cleanly otherwise.
enum Tools {
  static func path(_ name: String) -> String? {
    for dir in ["/usr/bin", "/usr/local/bin", "/bin"] {
      let p = dir + "/" + name
      if FileManager.default.isExecutableFile(atPath: p) { return p }
    }
    return nil
  }

  static var hasPoppler: Bool { path("pdftotext") != nil && path("pdffonts") != nil }
  static var hasQPDF: Bool { path("qpdf") != nil }

  /// Writes `bytes` to a fresh temporary file and returns its path.
  static func temporaryFile(_ bytes: [UInt8], name: String = "test.pdf") throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pdfrender-tests-\(getpid())-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  /// Runs `tool` with `arguments`; returns its exit status and standard output.
  static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    guard let executable = path(tool) else { return (-1, "") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// The text poppler extracts from `pdf` (raw order, UTF-8).
  static func extractText(_ pdf: String, raw: Bool = true) throws -> String {
    try run("pdftotext", (raw ? ["-raw"] : []) + ["-enc", "UTF-8", pdf, "-"]).output
  }
}
