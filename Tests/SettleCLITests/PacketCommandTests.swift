import Foundation
import Testing

/// External PDF tools the packet checks use; tests that need one skip cleanly when it is absent.
enum PDFTools {
  static func path(_ name: String) -> String? {
    ["/usr/bin/", "/usr/local/bin/", "/bin/"].map { $0 + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  static var hasAll: Bool { ["qpdf", "pdffonts", "pdftotext", "pdfdetach"].allSatisfy { path($0) != nil } }

  /// Runs a tool and returns its exit status and standard output.
  static func run(_ name: String, _ arguments: [String]) throws -> (status: Int32, out: String) {
    guard let executable = path(name) else { return (-1, "") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  static func sha256(_ path: String) throws -> String {
    try run("sha256sum", [path]).out.split(separator: " ").first.map(String.init) ?? ""
  }
}

/// A demo claim folder written once by `settle demo` into a temporary folder.
enum DemoFolder {
  static let folder: String = {
    let path = FileManager.default.temporaryDirectory.path + "/settle-packet-tests-" + UUID().uuidString
    let run = settle(["demo", "-o", path, "--as-of", "2026-07-15"])
    precondition(run.code == 0, "settle demo failed: \(run.err)")
    return path
  }()
  static var claim: String { folder + "/claim/claim.json" }
}

@Suite("settle packet", .serialized)
struct PacketCommandTests {
  let asOf = ["--as-of", "2026-07-15"]

  @Test("the demo packet passes qpdf, has every font embedded, subset and mapped, and its text extracts",
    .enabled(if: PDFTools.hasAll))
  func filingCopyChecks() throws {
    let out = DemoFolder.folder + "/check.pdf"
    let run = settle(["packet", DemoFolder.claim, "-o", out] + asOf)
    #expect(run.code == 0, "\(run.err)")
    let check = try PDFTools.run("qpdf", ["--check", out])
    #expect(check.status == 0)
    #expect(check.out.contains("No syntax or stream encoding errors"))
    let fonts = try PDFTools.run("pdffonts", [out]).out.split(separator: "\n").dropFirst(2)
    #expect(!fonts.isEmpty)
    for line in fonts {
      let columns = line.split(separator: " ", omittingEmptySubsequences: true)
      #expect(columns.suffix(5).prefix(3) == ["yes", "yes", "yes"], "\(line)")
    }
    let text = try PDFTools.run("pdftotext", ["-layout", out, "-"]).out
    for id in ["INV-2001", "INV-2014", "INV-2031"] { #expect(text.contains(id)) }
    for amount in ["600.00", "2,840.00", "1,275.50", "3,126.70"] { #expect(text.contains(amount), "\(amount)") }
    #expect(!text.contains("BLS-7730-4411"))
    #expect(text.contains("All 6 events verified"))
    let detach = try PDFTools.run("pdfdetach", ["-list", out]).out
    #expect(detach.hasPrefix("0 embedded files"))
    let raw = String(decoding: try Data(contentsOf: URL(fileURLWithPath: out)), as: UTF8.self)
    #expect(raw.contains("<pdfaid:part>2</pdfaid:part>") || raw.contains("pdfaid:part=\"2\""))
    let expanded = try PDFTools.run("qpdf", ["--qdf", "--object-streams=disable", out, "-"]).out
    #expect(expanded.contains("/OutputIntents"))
    #expect(expanded.contains("/PageMode /UseOutlines"))
    #expect(expanded.contains("/PageLabels"))
    // One outline entry per exhibit, each titled with its number.
    for number in 1...3 { #expect(expanded.contains("(Exhibit \(number): Invoice INV-"), "outline entry \(number)") }
  }

  @Test("the archive copy attaches every original with its SHA-256 and declares PDF/A-3", .enabled(if: PDFTools.hasAll))
  func archiveCopy() throws {
    let out = DemoFolder.folder + "/archive.pdf"
    let run = settle(["packet", DemoFolder.claim, "-o", out, "--copy", "archive"] + asOf)
    #expect(run.code == 0, "\(run.err)")
    #expect(try PDFTools.run("qpdf", ["--check", out]).status == 0)
    let saved = DemoFolder.folder + "/attached"
    try FileManager.default.createDirectory(atPath: saved, withIntermediateDirectories: true)
    _ = try PDFTools.run("pdfdetach", ["-saveall", "-o", saved, out])
    for id in ["INV-2001", "INV-2014", "INV-2031"] {
      let original = try PDFTools.sha256(DemoFolder.folder + "/claim/invoices/\(id).pdf")
      #expect(try PDFTools.sha256(saved + "/\(id).pdf") == original)
    }
    #expect(try PDFTools.sha256(saved + "/claim.json") == (try PDFTools.sha256(DemoFolder.claim)))
    let raw = String(decoding: try Data(contentsOf: URL(fileURLWithPath: out)), as: UTF8.self)
    #expect(raw.contains("<pdfaid:part>3</pdfaid:part>") || raw.contains("pdfaid:part=\"3\""))
    let text = try PDFTools.run("pdftotext", [out, "-"]).out
    #expect(text.contains("BLS-7730-4411"))
  }

  @Test("two runs give byte-identical packets")
  func reproducible() throws {
    let a = DemoFolder.folder + "/a.pdf"
    let b = DemoFolder.folder + "/b.pdf"
    #expect(settle(["packet", DemoFolder.claim, "-o", a] + asOf).code == 0)
    #expect(settle(["packet", DemoFolder.claim, "-o", b] + asOf).code == 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
  }

  @Test("--split-mb writes NAME-1.pdf, NAME-2.pdf … each valid alone; --exhibits-dir writes one file per exhibit")
  func splitAndExhibits() throws {
    let out = DemoFolder.folder + "/split/packet.pdf"
    let exhibits = DemoFolder.folder + "/split/exhibits"
    try FileManager.default.createDirectory(atPath: DemoFolder.folder + "/split", withIntermediateDirectories: true)
    // The demo packet is about 70 kB; a 1 MB limit keeps it whole.
    let run = settle(["packet", DemoFolder.claim, "-o", out, "--split-mb", "1", "--exhibits-dir", exhibits] + asOf)
    #expect(run.code == 0, "\(run.err)")
    #expect(FileManager.default.fileExists(atPath: DemoFolder.folder + "/split/packet-1.pdf"))
    #expect(!FileManager.default.fileExists(atPath: DemoFolder.folder + "/split/packet-2.pdf"))
    let files = try FileManager.default.contentsOfDirectory(atPath: exhibits).sorted()
    #expect(files == ["exhibit-01.pdf", "exhibit-02.pdf", "exhibit-03.pdf"])
    if PDFTools.path("qpdf") != nil {
      for file in files { #expect(try PDFTools.run("qpdf", ["--check", exhibits + "/" + file]).status == 0) }
    }
  }

  @Test("a broken chain is shown as broken in the timeline, not hidden", .enabled(if: PDFTools.path("pdftotext") != nil))
  func brokenChain() throws {
    let folder = DemoFolder.folder + "/broken"
    try? FileManager.default.removeItem(atPath: folder)
    try FileManager.default.copyItem(atPath: DemoFolder.folder + "/claim", toPath: folder)
    let path = folder + "/claim.json"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try text.replacingOccurrences(of: "she asked for time until the end of June", with: "she promised to pay in full")
      .write(toFile: path, atomically: true, encoding: .utf8)
    let out = folder + "/packet.pdf"
    let run = settle(["packet", path, "-o", out] + asOf)
    #expect(run.code == 0, "\(run.err)")
    let extracted = try PDFTools.run("pdftotext", [out, "-"]).out
    #expect(extracted.contains("CHAIN BROKEN at event 4"))
    #expect(extracted.contains("BROKEN: recomputed"))
  }

  @Test("every example claim packs as PDF/A that qpdf accepts", .enabled(if: PDFTools.path("qpdf") != nil))
  func examples() throws {
    for folder in Paths.exampleFolders() {
      let out = FileManager.default.temporaryDirectory.path + "/settle-packet-example-\(UUID().uuidString).pdf"
      defer { try? FileManager.default.removeItem(atPath: out) }
      let run = settle(["packet", folder + "/claim.json", "-o", out, "--as-of", "2026-11-01"])
      #expect(run.code == 0, "\(folder): \(run.err)")
      #expect(try PDFTools.run("qpdf", ["--check", out]).status == 0, "\(folder)")
    }
  }

  @Test("an exhibit that cannot be PDF/A fails with every problem listed, unless --allow-non-pdfa")
  func conformanceProblems() throws {
    let folder = DemoFolder.folder + "/nonpdfa"
    try? FileManager.default.removeItem(atPath: folder)
    try FileManager.default.copyItem(atPath: DemoFolder.folder + "/claim", toPath: folder)
    // Exhibit 2's invoice replaced by a PDF whose font (not one of the standard 14) is not embedded.
    try Data(NonEmbeddedFontPDF.bytes).write(to: URL(fileURLWithPath: folder + "/invoices/INV-2014.pdf"))
    let out = folder + "/packet.pdf"
    let failed = settle(["packet", folder + "/claim.json", "-o", out] + asOf)
    #expect(failed.code == 1)
    #expect(failed.err.contains("Exhibit 2: Invoice INV-2014"))
    #expect(failed.err.contains("ComicNeue"))
    #expect(!FileManager.default.fileExists(atPath: out))
    let allowed = settle(["packet", folder + "/claim.json", "-o", out, "--allow-non-pdfa"] + asOf)
    #expect(allowed.code == 0, "\(allowed.err)")
    let raw = String(decoding: try Data(contentsOf: URL(fileURLWithPath: out)), as: UTF8.self)
    #expect(!raw.contains("pdfaid:part"))
  }

  @Test("command-line errors exit 2")
  func usage() {
    #expect(settle(["packet", DemoFolder.claim]).code == 2)
    #expect(settle(["packet", DemoFolder.claim, "-o", "x.pdf", "--copy", "draft"]).code == 2)
    #expect(settle(["packet", DemoFolder.claim, "-o", "x.pdf", "--bates", "A B"]).code == 2)
    #expect(settle(["packet", DemoFolder.claim, "-o", "-", "--split-mb", "5"]).code == 2)
  }
}

/// A one-page PDF drawing text in a TrueType font that is neither embedded nor one of the
/// standard 14 (so the importer cannot replace it).
enum NonEmbeddedFontPDF {
  static var bytes: [UInt8] {
    let objects = [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
      "<< /Type /Font /Subtype /TrueType /BaseFont /ComicNeue /FirstChar 32 /LastChar 126 /Widths [\(Array(repeating: "500", count: 95).joined(separator: " "))] /FontDescriptor 6 0 R /Encoding /WinAnsiEncoding >>",
      "<< /Length 47 >>\nstream\nBT /F1 24 Tf 72 700 Td (Invoice INV-2014) Tj ET\nendstream",
      "<< /Type /FontDescriptor /FontName /ComicNeue /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>",
    ]
    var out = "%PDF-1.7\n"
    var offsets: [Int] = []
    for (index, body) in objects.enumerated() {
      offsets.append(out.utf8.count)
      out += "\(index + 1) 0 obj\n\(body)\nendobj\n"
    }
    let xref = out.utf8.count
    out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
    for offset in offsets {
      let digits = String(offset)
      out += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
    }
    out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
    return Array(out.utf8)
  }
}
