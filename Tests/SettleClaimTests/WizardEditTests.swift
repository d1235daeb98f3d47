import Foundation
import SettleModel
import SettleTestSupport
import Testing

@testable import SettleClaim

@Suite("Claim edits for settle add")
struct WizardEditTests {
  static func draft(_ kind: ClaimItemKind, _ fields: [String: String]) -> ItemDraft {
    ItemDraft(kind: kind, fields: fields)
  }

  /// The entries of `WizardAnswers.full` as `settle add` fields (files relative to the fixture's base).
  static let fullEntries: [ItemDraft] = [
    draft(
      .charge,
      [
        "id": "INV-1001", "date": "2026-03-02", "description": "Espresso beans „Hafenblend“, 40 kg",
        "amount": "$1,180.00",
        "invoice": "scans/inv-1001.pdf",
      ]),
    draft(
      .charge,
      [
        "id": "INV-1002", "date": "2026-04-01", "dueDate": "2026-05-01", "description": "Frother service",
        "amount": "236.81",
        "invoice": "scans/inv-1002.png",
      ]),
    draft(
      .charge,
      [
        "id": "INV-1003", "date": "2026-05-01", "description": "Beans, 40 kg", "amount": "1180",
        "invoice": "scans/inv-1003.jpg",
      ]),
    draft(
      .payment,
      [
        "date": "2026-06-10", "amount": "500.00", "method": "bank transfer", "reference": "TX-77",
        "appliesTo": "INV-1001",
      ]),
  ]

  @Test("settle new with everything equals settle new with nothing plus settle add, byte for byte")
  func newEqualsNewPlusAdd() throws {
    let whole = try WizardFixture()
    defer { whole.remove() }
    _ = try ClaimFolder.write(try whole.run(WizardAnswers.full.lines).0.get())

    let grown = try WizardFixture()
    defer { grown.remove() }
    _ = try ClaimFolder.write(try grown.run(WizardAnswers.empty.lines).0.get())
    let before = try grown.read(grown.claimPath)
    #expect(before != (try whole.read(whole.claimPath)))
    for (i, entry) in WizardEditTests.fullEntries.enumerated() {
      let added = try ClaimEdit.append(entry, toClaimAt: grown.target, workingDirectory: grown.base)
      #expect(added.index == (i < 3 ? i : 0))
    }
    #expect(try grown.read(grown.claimPath) == (try whole.read(whole.claimPath)))
    for name in ["INV-1001.pdf", "INV-1002.png", "INV-1003.jpg"] {
      #expect(
        try grown.read(grown.target + "/invoices/" + name) == (try whole.read(whole.target + "/invoices/" + name)))
    }
    #expect(ClaimFile.load(grown.claimPath).diagnostics.isEmpty)
  }

  @Test("appending items in any interleaving gives the bytes of formatting the whole claim")
  func appendOrderProperty() throws {
    var random = SplitMix64(seed: 0x5E77_1E)
    for round in 0..<200 {
      let claim = RandomClaim.make(&random)
      var empty = claim
      empty.charges = []
      empty.payments = []
      empty.credits = []
      empty.exhibits = []
      var bytes = Array(ClaimFormatter.text(of: empty).utf8)
      // Interleave the four lists randomly, keeping each list's own order.
      var queues: [[ClaimItem]] = [
        claim.charges.map(ClaimItem.charge), claim.payments.map(ClaimItem.payment), claim.credits.map(ClaimItem.credit),
        claim.exhibits.map(ClaimItem.exhibit),
      ]
      while queues.contains(where: { !$0.isEmpty }) {
        let nonEmpty = queues.indices.filter { !queues[$0].isEmpty }
        let pick = nonEmpty[Int(random.next() % UInt64(nonEmpty.count))]
        bytes = try ClaimEdit.appending(queues[pick].removeFirst(), to: bytes).bytes
      }
      let expected = ClaimFormatter.text(of: claim)
      #expect(String(decoding: bytes, as: UTF8.self) == expected, "round \(round)")
      if String(decoding: bytes, as: UTF8.self) != expected { break }
      // And the text reads back as the same claim.
      let loaded = ClaimFile.decode(bytes, file: "claim.json", folder: "/nonexistent", allowsOutside: true)
      #expect(
        loaded.diagnostics.allSatisfy { $0.kind == .fileMissing || $0.kind == .noCharges },
        "\(loaded.diagnostics.prefix(3))")
    }
  }

  @Test("every example claim survives encode, format and decode unchanged")
  func examplesRoundTrip() throws {
    let examples = RepositoryRoot.url.appendingPathComponent("Examples").path
    let names = try FileManager.default.contentsOfDirectory(atPath: examples).sorted().filter {
      FileManager.default.fileExists(atPath: examples + "/" + $0 + "/claim.json")
    }
    #expect(names.count >= 4)
    for name in names {
      let folder = examples + "/" + name
      let original = try #require(ClaimFile.load(folder + "/claim.json").claim, "\(name) loads")
      let text = ClaimFormatter.text(of: original)
      let again = ClaimFile.decode(Array(text.utf8), file: "claim.json", folder: folder)
      #expect(again.claim == original, "\(name)")
      #expect(ClaimFormatter.text(of: try #require(again.claim)) == text, "formatting is stable")
    }
  }

  @Test("the formatter puts short scalar lists on one line and long ones one element per line")
  func formatterLayout() throws {
    let short = JSONValue.makeObject([
      ("address", .makeArray([.string("1 Main St"), .string("Springfield")])),
      ("lateFee", .makeObject([("flat", .string("25.00"))])),
    ])
    #expect(
      ClaimFormatter.text(of: .makeObject([("creditor", short)])) == """
        {
          "creditor": {
            "address": ["1 Main St", "Springfield"],
            "lateFee": { "flat": "25.00" }
          }
        }

        """)
    let long = JSONValue.makeArray((1...4).map { .string("Line number \($0) of a rather long postal address") })
    #expect(
      ClaimFormatter.text(of: .makeObject([("address", long)])) == """
        {
          "address": [
            "Line number 1 of a rather long postal address",
            "Line number 2 of a rather long postal address",
            "Line number 3 of a rather long postal address",
            "Line number 4 of a rather long postal address"
          ]
        }

        """)
    #expect(
      ClaimFormatter.text(of: .makeObject([("charges", .makeArray([])), ("x", .makeObject([]))]))
        == "{\n  \"charges\": [],\n  \"x\": {}\n}\n")
    // Escapes are JSONWriter's minimal ones.
    #expect(
      ClaimFormatter.text(of: .makeObject([("s", .string("a\"b\\c\nd\u{1}é"))]))
        == "{\n  \"s\": \"a\\\"b\\\\c\\nd\\u0001é\"\n}\n")
  }

  @Test("a missing list is inserted at its schema place, in the file's style")
  func insertsMissingListInPlace() throws {
    let multiLine =
      "{\r\n\t\"schema\": \"settle.claim/1\",\r\n\t\"charges\": [],\r\n\t\"jurisdiction\": \"US\"\r\n}\r\n"
    let payment = ClaimItem.payment(
      Payment(
        date: try CivilDate(parsing: "2026-06-10"), amount: Money(minorUnits: 500, currency: .usd), method: "cash"))
    let edited = String(decoding: try ClaimEdit.appending(payment, to: Array(multiLine.utf8)).bytes, as: UTF8.self)
    #expect(
      edited == """
        {\r
        \t"schema": "settle.claim/1",\r
        \t"charges": [],\r
        \t"payments": [\r
        \t\t{\r
        \t\t\t"date": "2026-06-10",\r
        \t\t\t"amount": "5.00",\r
        \t\t\t"method": "cash"\r
        \t\t}\r
        \t],\r
        \t"jurisdiction": "US"\r
        }\r

        """)
    let inline = #"{"schema": "settle.claim/1", "charges": [], "jurisdiction": "US"}"#
    let inlineEdited = String(decoding: try ClaimEdit.appending(payment, to: Array(inline.utf8)).bytes, as: UTF8.self)
    #expect(
      inlineEdited
        == #"{"schema": "settle.claim/1", "charges": [], "payments": [ { "date": "2026-06-10", "amount": "5.00", "method": "cash" } ], "jurisdiction": "US"}"#
    )
    // No member precedes "payments" in the schema order: it goes first.
    let noPredecessor = #"{"jurisdiction": "US"}"#
    let first = String(decoding: try ClaimEdit.appending(payment, to: Array(noPredecessor.utf8)).bytes, as: UTF8.self)
    #expect(
      first == #"{"payments": [ { "date": "2026-06-10", "amount": "5.00", "method": "cash" } ], "jurisdiction": "US"}"#)
    #expect(throws: JSONEditError.self) {
      try JSONTextEdit.insertingMember(
        "jurisdiction", .string("US"), intoObjectAt: .root, memberOrder: ClaimSchema.claim,
        in: Array(noPredecessor.utf8))
    }
    #expect(throws: JSONEditError.self) { try ClaimEdit.appending(payment, to: Array(#"{"payments": {}}"#.utf8)) }
  }

  @Test("settle add refuses a wrong entry and leaves the claim and the folder as they were")
  func refusals() throws {
    let fixture = try WizardFixture()
    defer { fixture.remove() }
    _ = try ClaimFolder.write(try fixture.run(WizardAnswers.full.lines).0.get())
    let before = try fixture.read(fixture.claimPath)
    let invoices = try FileManager.default.contentsOfDirectory(atPath: fixture.target + "/invoices").sorted()
    let cases: [(ItemDraft, (ClaimEditError) -> Bool)] = [
      (
        Self.draft(
          .charge,
          [
            "id": "INV-1001", "date": "2026-07-01", "description": "Again", "amount": "10",
            "invoice": "scans/notes.txt",
          ]),
        { if case .invalidField("invoice", let p) = $0 { p.message.contains("text file") } else { false } }
      ),
      (
        Self.draft(
          .charge,
          [
            "id": "INV-1001", "date": "2026-07-01", "description": "Again", "amount": "10",
            "invoice": "scans/other.pdf",
          ]),
        {
          if case .rejected(let d) = $0 {
            d.contains { $0.kind == .duplicateChargeID && $0.location == nil }
          } else {
            false
          }
        }
      ),
      (
        Self.draft(
          .charge, ["id": "INV-9", "date": "2026-07-01", "dueDate": "2026-06-01", "description": "x", "amount": "10"]),
        { if case .rejected(let d) = $0 { d.contains { $0.kind == .dueDateBeforeDate } } else { false } }
      ),
      (
        Self.draft(.charge, ["id": "INV-9", "date": "2026-07-01", "description": "x", "amount": "12.345"]),
        {
          if case .invalidField("amount", let p) = $0 {
            p.message == "\"12.345\" has 3 decimals; USD allows at most 2"
          } else {
            false
          }
        }
      ),
      (
        Self.draft(.payment, ["date": "2026-07-01", "amount": "10", "method": "cash", "appliesTo": "INV-1010"]),
        { if case .rejected(let d) = $0 { d.contains { $0.kind == .unknownChargeReference } } else { false } }
      ),
      (
        Self.draft(.payment, ["date": "2026-07-01", "amount": "10", "method": "cash", "invoice": "x.pdf"]),
        { if case .unknownField(.payment, "invoice", _) = $0 { true } else { false } }
      ),
      (
        Self.draft(.credit, ["date": "2026-07-01", "amount": "10", "reson": "typo"]),
        { if case .unknownField(.credit, "reson", "reason") = $0 { true } else { false } }
      ),
      (
        Self.draft(.credit, ["date": "2026-07-01", "amount": "10"]),
        { if case .missingField(.credit, "reason") = $0 { true } else { false } }
      ),
      (
        Self.draft(.exhibit, ["title": "Signed order", "file": "scans/missing.pdf"]),
        { if case .invalidField("file", let p) = $0 { p.kind == .fileMissing } else { false } }
      ),
      (
        Self.draft(.payment, ["date": "2026-02-29", "amount": "10", "method": "cash"]),
        {
          if case .invalidField("date", let p) = $0 { p.message.contains("February 2026 has no day 29") } else { false }
        }
      ),
    ]
    try fixture.write("scans/other.pdf", ClaimFixture.minimalPDF + Array("% other\n".utf8))
    for (index, (draft, matches)) in cases.enumerated() {
      do {
        _ = try ClaimEdit.append(draft, toClaimAt: fixture.claimPath, workingDirectory: fixture.base)
        Issue.record("case \(index) was accepted")
      } catch {
        #expect(matches(error), "case \(index): \(error)")
      }
      #expect(try fixture.read(fixture.claimPath) == before, "case \(index) left the claim as it was")
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: fixture.target + "/invoices").sorted() == invoices,
        "case \(index) left no copy"
      )
    }
  }

  @Test("a claim with errors is refused before anything is added")
  func refusesBrokenClaim() throws {
    let fixture = try ClaimFixture(
      claim: ClaimFixture.validClaim.replacingOccurrences(of: "\"100.00\"", with: "100.00"))
    defer { fixture.remove() }
    let before = try fixture.read()
    #expect {
      try ClaimEdit.append(
        Self.draft(.credit, ["date": "2026-07-01", "amount": "1", "reason": "x"]), toClaimAt: fixture.claimPath,
        workingDirectory: fixture.folder)
    } throws: { error in
      guard case ClaimEditError.invalidClaim(let d) = error else { return false }
      return d.contains { $0.kind == .numberForAmount }
    }
    #expect(try fixture.read() == before)
  }

  @Test("adding to a hand-written claim keeps every other byte")
  func keepsHandFormatting() throws {
    let fixture = try ClaimFixture()
    defer { fixture.remove() }
    let before = String(decoding: try fixture.read(), as: UTF8.self)
    let added = try ClaimEdit.append(
      Self.draft(.exhibit, ["title": "Signed order", "file": "inv1.pdf", "date": "2026-01-05"]),
      toClaimAt: fixture.claimPath,
      workingDirectory: fixture.folder)
    #expect(added.copiedFile == nil, "a file inside the claim's folder is referred to where it is")
    let after = String(decoding: try fixture.read(), as: UTF8.self)
    let inserted =
      ",\n  \"exhibits\": [\n    {\n      \"title\": \"Signed order\",\n      \"file\": \"inv1.pdf\",\n      \"date\": \"2026-01-05\"\n    }\n  ]"
    // "exhibits" comes after "credits" in the schema, so it goes right after the credits list.
    let anchor = try #require(before.range(of: #""reason": "Discount"}]"#))
    #expect(after == String(before[..<anchor.upperBound]) + inserted + String(before[anchor.upperBound...]))
    #expect(ClaimFile.load(fixture.claimPath).errors.isEmpty)
  }

  @Test("copied files are named after the item, reused when identical, numbered when different")
  func evidenceNames() throws {
    #expect(EvidenceImport.fileName(for: "INV/2026:01") == "INV-2026-01")
    #expect(EvidenceImport.fileName(for: "../../etc/passwd") == "etc-passwd")
    #expect(EvidenceImport.fileName(for: "فاتورة ١٢") == "فاتورة-١٢")
    #expect(EvidenceImport.fileName(for: "   ") == "file")
    #expect(EvidenceImport.fileName(for: String(repeating: "x", count: 100)).count == 64)

    let fixture = try WizardFixture()
    defer { fixture.remove() }
    let pdf = try FieldCheck(currency: .usd).evidenceFile(
      "scans/inv-1001.pdf", workingDirectory: fixture.base, at: .root
    ).get()
    let first = EvidenceImport.plan(pdf, name: "INV 1", subfolder: "invoices", claimFolder: fixture.target)
    #expect(first.relativePath == "invoices/INV-1.pdf" && first.needsCopy)
    try FileManager.default.createDirectory(atPath: fixture.target, withIntermediateDirectories: true)
    #expect(try first.perform(claimFolder: fixture.target))
    let same = EvidenceImport.plan(pdf, name: "INV 1", subfolder: "invoices", claimFolder: fixture.target)
    #expect(same.relativePath == "invoices/INV-1.pdf" && !same.needsCopy)
    let other = try FieldCheck(currency: .usd).evidenceFile(
      "scans/inv-1002.png", workingDirectory: fixture.base, at: .root
    ).get()
    #expect(
      EvidenceImport.plan(other, name: "INV 1", subfolder: "invoices", claimFolder: fixture.target).relativePath
        == "invoices/INV-1.png")
    try fixture.write("claim/invoices/INV-1.png", Array("different".utf8))
    #expect(
      EvidenceImport.plan(other, name: "INV 1", subfolder: "invoices", claimFolder: fixture.target).relativePath
        == "invoices/INV-1-2.png")
    #expect(
      EvidenceImport.plan(
        other, name: "INV 1", subfolder: "invoices", claimFolder: fixture.target, reserved: ["invoices/INV-1-2.png"]
      )
      .relativePath
        == "invoices/INV-1-3.png")
    let inside = try FieldCheck(currency: .usd).evidenceFile(
      "claim/invoices/INV-1.pdf", workingDirectory: fixture.base, at: .root
    ).get()
    let kept = EvidenceImport.plan(inside, name: "whatever", subfolder: "invoices", claimFolder: fixture.target)
    #expect(kept.relativePath == "invoices/INV-1.pdf" && !kept.needsCopy)
    first.undo(claimFolder: fixture.target)
    #expect(!fixture.exists(fixture.target + "/invoices/INV-1.pdf"))
  }
}


/// Random claims with awkward text (quotes, backslashes, line breaks, Arabic, emoji) in every field.
enum RandomClaim {
  static let words = [
    "Acme", "Müller", "José Peña", "شركة النور", "\"quoted\"", "back\\slash", "two\nlines", "tab\there", "🍩", "x",
    "Straße 12",
  ]

  static func text(_ r: inout SplitMix64) -> String {
    (0...r.below(4)).map { _ in words[r.below(words.count)] }.joined(separator: " ")
  }

  static func date(_ r: inout SplitMix64) -> CivilDate { CivilDate(daysSinceEpoch: 20_000 + r.below(600)) }

  static func money(_ r: inout SplitMix64, _ c: Currency) -> Money {
    Money(minorUnits: Int64(1 + r.below(10_000_000)), currency: c)
  }

  static func make(_ r: inout SplitMix64) -> Claim {
    let currency = [Currency.usd, .eur, .jpy, .kwd][r.below(4)]
    let charges = (0..<r.below(5)).map { i in
      let day = date(&r)
      return Charge(
        id: "INV-\(i)-" + text(&r), date: day, dueDate: r.below(2) == 0 ? nil : day.adding(days: r.below(90)),
        description: text(&r),
        amount: money(&r, currency), invoice: r.below(2) == 0 ? nil : "invoices/\(i).pdf")
    }
    let payments = (0..<r.below(4)).map { _ in
      Payment(
        date: date(&r), amount: money(&r, currency), method: text(&r), reference: r.below(2) == 0 ? nil : text(&r),
        appliesTo: charges.first?.id)
    }
    let credits = (0..<r.below(3)).map { _ in
      Credit(date: date(&r), amount: money(&r, currency), reason: text(&r), appliesTo: nil)
    }
    let exhibits = (0..<r.below(3)).map { i in
      Exhibit(title: text(&r), file: "exhibits/\(i).pdf", date: r.below(2) == 0 ? nil : date(&r))
    }
    let address = (0..<(1 + r.below(5))).map { _ in text(&r) }
    return Claim(
      id: "CLM-" + text(&r), currency: currency,
      creditor: Creditor(name: text(&r), contact: text(&r), email: "a@b.example", phone: "1", address: address),
      customer: Customer(
        businessName: r.below(2) == 0 ? nil : text(&r), contactName: text(&r), email: "", phone: "", address: address,
        accountNumber: "A-1"),
      purpose: .customerCollection, narrative: text(&r),
      terms: Terms(netDays: r.below(60), lateFee: r.below(2) == 0 ? nil : .percent(Rate(percent: 2)), interest: nil),
      charges: charges, payments: payments, credits: credits, exhibits: exhibits, events: [], paymentPlan: nil,
      intent: Intent(),
      jurisdiction: .us, declarant: nil)
  }
}
