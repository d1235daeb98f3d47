import Foundation
import Testing

@testable import SettleCLI
import SettleClaim
import SettleModel

@Suite("settle add")
struct AddCommandTests {
  @Test("each kind of entry is added as a text edit that keeps the rest of the file, and the claim checks clean")
  func addsEachKind() throws {
    let claim = try TemporaryClaim()
    defer { claim.remove() }
    let scans = claim.folder + "/../" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: scans, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scans) }
    try FileManager.default.copyItem(atPath: claim.folder + "/signed-order.pdf", toPath: scans + "/delivery note.pdf")

    var text = try claim.text()
    let steps: [([String], String)] = [
      (
        [
          "charge", claim.folder, "--id", "INV-1004", "--date", "2026-08-03", "--description",
          "Café tables, 4 × „Bistro“", "--amount",
          "1,020.00",
          "--invoice", claim.folder + "/invoices/INV-1001.pdf",
        ], "added charge INV-1004 (1020.00 USD) as $.charges[3]"
      ),
      (
        [
          "payment", claim.claim, "--date", "2026-09-01", "--amount", "$200", "--method", "card", "--appliesTo",
          "INV-1004",
        ],
        "added payment of 200.00 USD on 2026-09-01 as $.payments[2]"
      ),
      (
        ["credit", claim.folder, "--date", "2026-09-02", "--amount", "20", "--reason", "Late delivery"],
        "added credit of 20.00 USD on 2026-09-02 as $.credits[1]"
      ),
      (
        [
          "exhibit", claim.folder, "--title", "Delivery note, signed", "--file", scans + "/delivery note.pdf", "--date",
          "2026-08-03",
        ],
        "added exhibit \"Delivery note, signed\" as $.exhibits[1]; copied the file to exhibits/Delivery-note-signed.pdf"
      ),
    ]
    for (arguments, said) in steps {
      let run = settle(["add"] + arguments)
      #expect(run.code == 0, "\(run.err)")
      #expect(run.out.contains(said), "\(run.out)")
      let after = try claim.text()
      // Only an insertion: the old text is a prefix plus a suffix of the new.
      let common = zip(text.utf8, after.utf8).prefix { $0 == $1 }.count
      let tail = zip(text.utf8.reversed(), after.utf8.reversed()).prefix { $0 == $1 }.count
      #expect(common + tail >= text.utf8.count, "\(arguments[0]) only inserted text")
      text = after
    }
    #expect(
      text.contains("\"dueDate\": \"2026-09-02\""), "a charge without --dueDate is due date + net days, written out")
    #expect(FileManager.default.fileExists(atPath: claim.folder + "/exhibits/Delivery-note-signed.pdf"))
    let check = settle(["check", claim.folder, "--as-of", "2026-11-22"])
    #expect(check.code == 0, "\(check.err)")
  }

  @Test(
    "command-line mistakes exit 2 with a clear message and change nothing",
    arguments: [
      (
        ["chrage", "CLAIM", "--id", "X"],
        "'chrage' is not something to add; expected charge, payment, credit, exhibit; did you mean 'charge'?"
      ),
      (
        ["charge", "CLAIM", "--id", "INV-9", "--date", "2026-07-01", "--description", "x", "--ammount", "5"],
        "unknown option '--ammount'; did you mean '--amount'?"
      ),
      (
        ["payment", "CLAIM", "--date", "2026-07-01", "--amount", "5", "--method", "cash", "--invoice", "a.pdf"],
        "a payment has no field \"invoice\""
      ),
      (["credit", "CLAIM", "--date", "2026-07-01", "--amount", "5"], "a credit needs \"reason\""),
      (
        ["charge", "CLAIM", "--id", "INV-9", "--date", "2026-07-01", "--description", "x", "--amount", "12.345"],
        "--amount: \"12.345\" has 3 decimals; USD allows at most 2"
      ),
      (
        ["payment", "CLAIM", "--date", "2026-06-31", "--amount", "5", "--method", "cash"],
        "--date: \"2026-06-31\": June 2026 has no day 31"
      ),
      (
        ["exhibit", "CLAIM", "--title", "Photo", "--file", "missing.jpg"], "--file: file \"missing.jpg\" does not exist"
      ),
      (["charge"], "missing CLAIM"),
    ])
  func usageErrors(_ arguments: [String], _ message: String) throws {
    let claim = try TemporaryClaim()
    defer { claim.remove() }
    let before = try claim.text()
    let run = settle(["add"] + arguments.map { $0 == "CLAIM" ? claim.folder : $0 })
    #expect(run.code == 2)
    #expect(run.err.contains(message), "\(run.err)")
    #expect(try claim.text() == before)
    #expect(!FileManager.default.fileExists(atPath: claim.folder + "/exhibits"))
  }

  @Test(
    "an entry that would make the claim fail its check exits 1, names the file and path, and changes nothing",
    arguments: [
      (
        [
          "charge", "CLAIM", "--id", "INV-1002", "--date", "2026-07-01", "--description", "x", "--amount", "5",
          "--invoice", "INVOICE",
        ],
        "error: $.charges[3].id: charge id \"INV-1002\" is used twice"
      ),
      (
        ["payment", "CLAIM", "--date", "2026-07-01", "--amount", "5", "--method", "cash", "--appliesTo", "INV-1009"],
        "error: $.payments[2].appliesTo: appliesTo \"INV-1009\" names no charge; did you mean 'INV-1001'?"
      ),
      (
        [
          "charge", "CLAIM", "--id", "INV-9", "--date", "2026-07-01", "--dueDate", "2026-06-01", "--description", "x",
          "--amount", "5",
        ],
        "error: $.charges[3].dueDate: due date 2026-06-01 is before the charge's date 2026-07-01"
      ),
    ])
  func rejectedEntries(_ arguments: [String], _ message: String) throws {
    let claim = try TemporaryClaim()
    defer { claim.remove() }
    let before = try claim.text()
    let invoices = try FileManager.default.contentsOfDirectory(atPath: claim.folder + "/invoices").sorted()
    let other = FileManager.default.temporaryDirectory.path + "/settle-add-" + UUID().uuidString + ".pdf"
    try Data(
      Array("%PDF-1.4\n% other\n".utf8)
        + Array(try Data(contentsOf: URL(fileURLWithPath: claim.folder + "/signed-order.pdf")))
    )
    .write(to: URL(fileURLWithPath: other))
    defer { try? FileManager.default.removeItem(atPath: other) }
    let run = settle(["add"] + arguments.map { $0 == "CLAIM" ? claim.folder : $0 == "INVOICE" ? other : $0 })
    #expect(run.code == 1)
    #expect(run.err.contains(claim.claim + ": " + message), "\(run.err)")
    #expect(run.err.contains("nothing was added"))
    #expect(try claim.text() == before)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: claim.folder + "/invoices").sorted() == invoices,
      "no copy left behind")
  }

  @Test("a claim with errors is refused, with its problems")
  func brokenClaim() throws {
    let claim = try TemporaryClaim()
    defer { claim.remove() }
    try claim.replace("\"amount\": \"1250.00\"", with: "\"amount\": 1250.00")
    let before = try claim.text()
    let run = settle(["add", "credit", claim.folder, "--date", "2026-09-02", "--amount", "20", "--reason", "x"])
    #expect(run.code == 1)
    #expect(run.err.contains("$.charges[0].amount: found the number 1250.00"))
    #expect(try claim.text() == before)
  }

  @Test("concurrent settle add processes lose no entry")
  func concurrentAdds() throws {
    guard let binary = Paths.settleBinary() else { return }
    let claim = try TemporaryClaim()
    defer { claim.remove() }
    let writers = 4
    let each = 8
    let processes = try (0..<writers).map { w -> Process in
      let p = Process()
      p.executableURL = URL(fileURLWithPath: "/bin/sh")
      let commands = (0..<each).map { i in
        "\(binary) add payment '\(claim.folder)' --date 2026-09-\(String(format: "%02d", w + 10)) --amount \(w + 1).\(String(format: "%02d", i)) --method cash --reference W\(w)-\(i) >/dev/null || exit 1"
      }
      p.arguments = ["-c", commands.joined(separator: "\n")]
      try p.run()
      return p
    }
    for p in processes {
      p.waitUntilExit()
      #expect(p.terminationStatus == 0)
    }
    let loaded = ClaimFile.load(claim.claim)
    let parsed = try #require(loaded.claim, "\(loaded.diagnostics)")
    let references = Set(parsed.payments.compactMap(\.reference))
    for w in 0..<writers {
      for i in 0..<each { #expect(references.contains("W\(w)-\(i)")) }
    }
    #expect(parsed.payments.count == 2 + writers * each)
  }

  @Test("help lists each kind's fields")
  func help() {
    let run = settle(["add", "--help"])
    #expect(run.code == 0)
    #expect(run.out.hasPrefix("USAGE: settle add KIND CLAIM [--id ID]"))
    #expect(
      run.out.replacingOccurrences(of: "\n", with: " ").contains(
        "a payment takes --date, --amount and --method, and optionally --reference"))
  }
}
