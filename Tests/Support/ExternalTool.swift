import Foundation

/// Command-line tools the tests check output with (qpdf, poppler's pdftotext / pdffonts / pdftoppm,
/// python3, …). Tests that need a tool skip cleanly when it is not installed.
public enum ExternalTool {
  /// Where a tool's standard error goes.
  public enum ErrorOutput: Sendable {
    /// Standard error is dropped.
    case discarded
    /// Standard error is appended to the captured output as it arrives.
    case merged
  }

  /// The executable's path in `/usr/bin`, `/usr/local/bin` or `/bin`, or nil when it is not installed.
  public static func path(_ name: String) -> String? {
    ["/usr/bin/", "/usr/local/bin/", "/bin/"].map { $0 + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Whether every named tool is installed.
  public static func isInstalled(_ names: String...) -> Bool { names.allSatisfy { path($0) != nil } }

  /// Runs `tool` with `arguments`; returns its exit status and captured output, or `(-1, "")`
  /// when the tool is not installed. Throws only when the process cannot be started.
  @discardableResult
  public static func run(
    _ tool: String, _ arguments: [String], errorOutput: ErrorOutput = .discarded
  ) throws -> (status: Int32, output: String) {
    guard let executable = path(tool) else { return (-1, "") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    switch errorOutput {
    case .discarded: process.standardError = FileHandle.nullDevice
    case .merged: process.standardError = pipe
    }
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// The standard output of `tool` run with `arguments`, or nil when it is missing, cannot start
  /// or exits with a non-zero status. Standard error is dropped.
  public static func output(of tool: String, _ arguments: [String]) -> Data? {
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

  /// The text `pdftotext` extracts from `pdf` (raw reading order, or `-layout`), or nil without poppler.
  public static func pdfText(_ pdf: [UInt8], layout: Bool = false) -> String? {
    let folder = TemporaryFolder.make(prefix: "settle-report")
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("doc.pdf")
    guard (try? Data(pdf).write(to: file)) != nil else { return nil }
    return output(of: "pdftotext", (layout ? ["-layout"] : []) + [file.path, "-"]).flatMap { String(data: $0, encoding: .utf8) }
  }
}

extension ExternalTool {
  /// The text poppler's `pdftotext` extracts from the PDF file at `path` (UTF-8; raw order unless
  /// `raw` is false), with any error output appended.
  public static func extractText(_ path: String, raw: Bool = true) throws -> String {
    try run("pdftotext", (raw ? ["-raw"] : []) + ["-enc", "UTF-8", path, "-"], errorOutput: .merged).output
  }

  /// The lowercase hexadecimal SHA-256 of the file at `path`, as `sha256sum` prints it.
  public static func sha256(ofFile path: String) throws -> String {
    try run("sha256sum", [path]).output.split(separator: " ").first.map(String.init) ?? ""
  }
}
