import Foundation
import Testing

/// Runs the outside contract checker (`Tools/audit/audit.py`) on a small fixed seed, so `swift test`
/// keeps comparing `settle check --json` with an independent ledger.
@Suite("Contract audit script")
struct AuditScriptTests {
  /// The python3 interpreter, when one is installed.
  static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3", "/bin/python3"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  @Test(
    "Random claims match the independent ledger",
    .enabled(if: python != nil && Paths.settleBinary() != nil, "needs python3 and a built settle"))
  func fixedSeedFindsNoDiscrepancy() throws {
    let python = try #require(Self.python)
    let settle = try #require(Paths.settleBinary())
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.currentDirectoryURL = URL(fileURLWithPath: Paths.root)
    process.arguments = [
      Paths.root + "/Tools/audit/audit.py", "--settle", settle, "--seed", "20261122", "--count", "25",
      "--parts", "ledger,invalid",
    ]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    #expect(process.terminationStatus == 0, "\(text)")
    #expect(text.contains("0 discrepancies"), "\(text)")
  }
}
