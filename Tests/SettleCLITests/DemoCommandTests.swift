import Foundation
import SettleTestSupport
import Testing

@Suite("settle demo")
struct DemoCommandTests {
  @Test("writes the claim folder, both packet copies, the statement and every notice stage")
  func writesEverything() throws {
    let folder = DemoFolder.folder
    for file in [
      "claim/claim.json", "claim/invoices/INV-2001.pdf", "claim/invoices/INV-2014.pdf", "claim/invoices/INV-2031.pdf",
      "packet.pdf", "packet-archive.pdf", "statement.pdf", "notices/reminder.txt", "notices/follow-up.txt",
      "notices/final.txt", "notices/demand.txt",
    ] {
      #expect(FileManager.default.fileExists(atPath: folder + "/" + file), "\(file)")
    }
    let demand = try String(contentsOfFile: folder + "/notices/demand.txt", encoding: .utf8)
    #expect(demand.contains("3,126.70"))
    // The generated log verifies: settle check accepts the claim with its chain.
    #expect(settle(["check", folder + "/claim/claim.json", "--as-of", "2026-07-15"]).code == 0)
  }

  @Test(
    "the demo statement copies out as written: every name, description and amount, \"office\" through its ffi ligature, the Arabic and Hebrew names in logical order",
    .enabled(if: ExternalTool.isInstalled("pdftotext", "pdffonts")))
  func demoStatementText() throws {
    let path = DemoFolder.folder + "/statement.pdf"
    let text = try ExternalTool.run("pdftotext", [path, "-"]).output
    // pdftotext wraps right-to-left runs in embedding marks (U+202B … U+202C); the characters
    // between them must be in logical order, as typed.
    let marks: Set<Unicode.Scalar> = ["\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}"]
    let unmarked = String(String.UnicodeScalarView(text.unicodeScalars.filter { !marks.contains($0) }))
    let flat = unmarked.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    for expected in [
      "Deposit: patio planting and irrigation design (estimate E-318)", "Planters, shrubs and drip irrigation, installed",
      "Low-voltage lighting for the patio and back office, 18 fixtures, installed", "Irrigation controller returned unused",
      "Al-Noor Mediterranean Kitchen LLC · شركة النور", "Attn: שלום כהן", "José Peña", "Bluebonnet Landscape Supply LLC", "600.00", "2,840.00", "1,275.50", "1,000.00", "140.00",
      "42.60", "19.13", "57.67", "31.80", "3,126.70",
    ] {
      #expect(flat.contains(expected), "\(expected)")
    }
    let fonts = try ExternalTool.run("pdffonts", [path]).output.split(separator: "\n").dropFirst(2)
    #expect(!fonts.isEmpty)
    for font in fonts { #expect(font.contains("yes yes yes"), "\(font)") }
  }

  @Test("the demo is reproducible: a second run writes the same packet bytes")
  func reproducible() throws {
    let other = FileManager.default.temporaryDirectory.path + "/settle-demo-again-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: other) }
    #expect(settle(["demo", "-o", other, "--as-of", "2026-07-15"]).code == 0)
    for file in ["packet.pdf", "packet-archive.pdf", "statement.pdf", "claim/invoices/INV-2001.pdf"] {
      #expect(
        try Data(contentsOf: URL(fileURLWithPath: other + "/" + file))
          == Data(contentsOf: URL(fileURLWithPath: DemoFolder.folder + "/" + file)), "\(file)")
    }
  }
}
