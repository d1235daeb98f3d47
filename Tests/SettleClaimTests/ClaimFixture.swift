import Foundation

@testable import SettleClaim

/// A temporary claim folder holding a valid claim and small real invoice files; tests edit the text.
struct ClaimFixture {
  let folder: String
  var claimPath: String { folder + "/claim.json" }

  /// A minimal valid USD claim; `{INVOICE}` files exist in the folder.
  static let validClaim = """
    {
      "schema": "settle.claim/1",
      "id": "CLM-1",
      "currency": "USD",
      "creditor": {"name": "Acme", "contact": "Ann", "email": "a@x.example", "phone": "1", "address": ["1 Main St"]},
      "customer": {"contactName": "Bob", "email": "b@x.example", "phone": "2", "address": ["2 Oak St"], "accountNumber": "AC-12345"},
      "purpose": "customerCollection",
      "narrative": "Goods delivered.",
      "terms": {"netDays": 30, "lateFee": {"flat": "25.00"}, "interest": {"annualPercent": "12"}},
      "charges": [
        {"id": "INV-1", "date": "2026-01-10", "dueDate": "2026-02-09", "description": "Widgets", "amount": "100.00", "invoice": "inv1.pdf"},
        {"id": "INV-2", "date": "2026-02-10", "description": "Gadgets", "amount": "50.00", "invoice": "inv2.png"}
      ],
      "payments": [{"date": "2026-03-01", "amount": "40.00", "method": "check", "appliesTo": "INV-1"}],
      "credits": [{"date": "2026-03-05", "amount": "5.00", "reason": "Discount"}],
      "events": []
    }
    """

  static let minimalPDF: [UInt8] = {
    var s = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    s += "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    s += "xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n"
    s += "trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n110\n%%EOF\n"
    return Array(s.utf8)
  }()

  static let minimalPNG: [UInt8] =
    [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8) + [
      0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0, 0x3A, 0x7E, 0x9B, 0x55,
    ]
    + [0, 0, 0, 10] + Array("IDAT".utf8) + [
      0x78, 0x9C, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01, 0x73, 0x75, 0x01, 0x18,
    ]
    + [0, 0, 0, 0] + Array("IEND".utf8) + [0xAE, 0x42, 0x60, 0x82]

  init(claim: String = ClaimFixture.validClaim) throws {
    let base = FileManager.default.temporaryDirectory.path + "/settle-claim-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    folder = base
    try write("inv1.pdf", ClaimFixture.minimalPDF)
    try write("inv2.png", ClaimFixture.minimalPNG)
    try write("claim.json", Array(claim.utf8))
  }

  func write(_ name: String, _ bytes: [UInt8]) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name))
  }

  func read(_ name: String = "claim.json") throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
  }

  /// Loads the claim with `old` replaced by `new` in the valid text.
  static func load(replacing old: String, with new: String, allowsOutside: Bool = false) throws -> LoadedClaim {
    precondition(validClaim.contains(old), "fixture text not found: \(old)")
    let fixture = try ClaimFixture(claim: validClaim.replacingOccurrences(of: old, with: new))
    defer { fixture.remove() }
    return ClaimFile.load(fixture.claimPath, allowsOutside: allowsOutside)
  }

  func remove() { try? FileManager.default.removeItem(atPath: folder) }
}
