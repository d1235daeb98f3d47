import Foundation
import SettleTestSupport
import Testing

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
    .enabled(if: ExternalTool.isInstalled("qpdf", "pdffonts", "pdftotext", "pdfdetach")))
  func filingCopyChecks() throws {
    let out = DemoFolder.folder + "/check.pdf"
    let run = settle(["packet", DemoFolder.claim, "-o", out] + asOf)
    #expect(run.code == 0, "\(run.err)")
    let check = try ExternalTool.run("qpdf", ["--check", out])
    #expect(check.status == 0)
    #expect(check.output.contains("No syntax or stream encoding errors"))
    let fonts = try ExternalTool.run("pdffonts", [out]).output.split(separator: "\n").dropFirst(2)
    #expect(!fonts.isEmpty)
    for line in fonts {
      let columns = line.split(separator: " ", omittingEmptySubsequences: true)
      #expect(columns.suffix(5).prefix(3) == ["yes", "yes", "yes"], "\(line)")
    }
    let text = try ExternalTool.run("pdftotext", ["-layout", out, "-"]).output
    for id in ["INV-2001", "INV-2014", "INV-2031"] { #expect(text.contains(id)) }
    for amount in ["600.00", "2,840.00", "1,275.50", "3,126.70"] { #expect(text.contains(amount), "\(amount)") }
    #expect(!text.contains("BLS-7730-4411"))
    #expect(text.contains("All 6 events verified"))
    let detach = try ExternalTool.run("pdfdetach", ["-list", out]).output
    #expect(detach.hasPrefix("0 embedded files"))
    let raw = String(decoding: try Data(contentsOf: URL(fileURLWithPath: out)), as: UTF8.self)
    #expect(raw.contains("<pdfaid:part>2</pdfaid:part>") || raw.contains("pdfaid:part=\"2\""))
    let expanded = try ExternalTool.run("qpdf", ["--qdf", "--object-streams=disable", out, "-"]).output
    #expect(expanded.contains("/OutputIntents"))
    #expect(expanded.contains("/PageMode /UseOutlines"))
    #expect(expanded.contains("/PageLabels"))
    // One outline entry per exhibit, each titled with its number.
    for number in 1...3 { #expect(expanded.contains("(Exhibit \(number): Invoice INV-"), "outline entry \(number)") }
  }

  @Test("the archive copy attaches every original with its SHA-256 and declares PDF/A-3", .enabled(if: ExternalTool.isInstalled("qpdf", "pdffonts", "pdftotext", "pdfdetach")))
  func archiveCopy() throws {
    let out = DemoFolder.folder + "/archive.pdf"
    let run = settle(["packet", DemoFolder.claim, "-o", out, "--copy", "archive"] + asOf)
    #expect(run.code == 0, "\(run.err)")
    #expect(try ExternalTool.run("qpdf", ["--check", out]).status == 0)
    let saved = DemoFolder.folder + "/attached"
    try FileManager.default.createDirectory(atPath: saved, withIntermediateDirectories: true)
    _ = try ExternalTool.run("pdfdetach", ["-saveall", "-o", saved, out])
    for id in ["INV-2001", "INV-2014", "INV-2031"] {
      let original = try ExternalTool.sha256(ofFile: DemoFolder.folder + "/claim/invoices/\(id).pdf")
      #expect(try ExternalTool.sha256(ofFile: saved + "/\(id).pdf") == original)
    }
    #expect(try ExternalTool.sha256(ofFile: saved + "/claim.json") == (try ExternalTool.sha256(ofFile: DemoFolder.claim)))
    let raw = String(decoding: try Data(contentsOf: URL(fileURLWithPath: out)), as: UTF8.self)
    #expect(raw.contains("<pdfaid:part>3</pdfaid:part>") || raw.contains("pdfaid:part=\"3\""))
    let text = try ExternalTool.run("pdftotext", [out, "-"]).output
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
    if ExternalTool.path("qpdf") != nil {
      for file in files { #expect(try ExternalTool.run("qpdf", ["--check", exhibits + "/" + file]).status == 0) }
    }
  }

  @Test("a broken chain is shown as broken in the timeline, not hidden", .enabled(if: ExternalTool.path("pdftotext") != nil))
  func brokenChain() throws {
    let folder = DemoFolder.folder + "/broken"
    try? FileManager.default.removeItem(atPath: folder)
    try FileManager.default.copyItem(atPath: DemoFolder.folder + "/claim", toPath: folder)
    let path = folder + "/claim.json"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try text.replacingOccurrences(of: "he asked for time until the end of June", with: "he promised to pay in full")
      .write(toFile: path, atomically: true, encoding: .utf8)
    let out = folder + "/packet.pdf"
    let run = settle(["packet", path, "-o", out] + asOf)
    #expect(run.code == 0, "\(run.err)")
    let extracted = try ExternalTool.run("pdftotext", [out, "-"]).output
    #expect(extracted.contains("CHAIN BROKEN at event 4"))
    #expect(extracted.contains("BROKEN: recomputed"))
  }

  @Test("every example claim packs as PDF/A that qpdf accepts", .enabled(if: ExternalTool.path("qpdf") != nil))
  func examples() throws {
    for folder in Paths.exampleFolders() {
      let out = FileManager.default.temporaryDirectory.path + "/settle-packet-example-\(UUID().uuidString).pdf"
      defer { try? FileManager.default.removeItem(atPath: out) }
      let run = settle(["packet", folder + "/claim.json", "-o", out, "--as-of", "2026-11-01"])
      #expect(run.code == 0, "\(folder): \(run.err)")
      #expect(try ExternalTool.run("qpdf", ["--check", out]).status == 0, "\(folder)")
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
