import Foundation
import Testing

@testable import SettleClaim

@Suite("File inspector")
struct FileInspectorTests {
  func inspect(_ fixture: ClaimFixture, _ name: String, allowsOutside: Bool = false) -> Result<
    InspectedFile, FileProblem
  > {
    FileInspector.inspect(name, claimFolder: fixture.folder, allowsOutside: allowsOutside)
  }

  @Test func acceptsPDFPNGAndJPEGByTheirBytes() throws {
    let fixture = try ClaimFixture()
    defer { fixture.remove() }
    try fixture.write("scan.dat", [0xFF, 0xD8, 0xFF, 0xE0, 0, 16] + Array("JFIF".utf8) + [0, 1, 1, 0, 0xFF, 0xD9])
    #expect(try inspect(fixture, "inv1.pdf").get().kind == .pdf)
    #expect(try inspect(fixture, "inv2.png").get().kind == .png)
    let jpeg = try inspect(fixture, "scan.dat").get()
    #expect(jpeg.kind == .jpeg)
    #expect(jpeg.byteCount == 16)
    #expect(jpeg.resolvedPath.hasSuffix("/scan.dat"))
  }

  @Test func refusesOtherTypesByBytesNotName() throws {
    let fixture = try ClaimFixture()
    defer { fixture.remove() }
    try fixture.write("invoice.pdf", [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0])
    try fixture.write("notes.png", Array("just some notes\n".utf8))
    #expect(
      inspect(fixture, "invoice.pdf")
        == .failure(.unsupportedType(path: "invoice.pdf", detected: "a ZIP archive (also .docx, .xlsx, .odt)")))
    #expect(inspect(fixture, "notes.png") == .failure(.unsupportedType(path: "notes.png", detected: "a text file")))
  }

  @Test func detectsTruncatedFiles() throws {
    let fixture = try ClaimFixture()
    defer { fixture.remove() }
    try fixture.write("cut.pdf", Array(ClaimFixture.minimalPDF.prefix(120)))
    try fixture.write("cut.png", Array(ClaimFixture.minimalPNG.prefix(40)))
    #expect(inspect(fixture, "cut.pdf") == .failure(.truncatedPDF(path: "cut.pdf")))
    #expect(inspect(fixture, "cut.png") == .failure(.truncatedPNG(path: "cut.png")))
  }

  @Test func detectsEncryptedPDF() throws {
    let fixture = try ClaimFixture()
    defer { fixture.remove() }
    var text = String(decoding: ClaimFixture.minimalPDF, as: UTF8.self)
    text = text.replacingOccurrences(of: "/Root 1 0 R >>", with: "/Root 1 0 R /Encrypt 5 0 R /ID [<01> <01>] >>")
    try fixture.write("locked.pdf", Array(text.utf8))
    #expect(inspect(fixture, "locked.pdf") == .failure(.encryptedPDF(path: "locked.pdf")))
    // The word in body text is not a trailer key.
    #expect(FileInspector.namesEncryption(Array("(/Encrypt is a word) Tj".utf8)) == false)
  }

  @Test func missingFileAndFolder() throws {
    let fixture = try ClaimFixture()
    defer { fixture.remove() }
    try FileManager.default.createDirectory(atPath: fixture.folder + "/sub", withIntermediateDirectories: true)
    #expect(inspect(fixture, "nope.pdf") == .failure(.missing(path: "nope.pdf")))
    #expect(inspect(fixture, "sub") == .failure(.unreadable(path: "sub", reason: "it is a folder")))
  }

  @Test func refusesPathsOutsideTheClaimFolder() throws {
    let fixture = try ClaimFixture()
    let outside = try ClaimFixture()
    defer {
      fixture.remove()
      outside.remove()
    }
    let dotdot = "../" + (outside.folder as NSString).lastPathComponent + "/inv1.pdf"
    guard case .failure(.outsideClaimFolder(let p, let resolved)) = inspect(fixture, dotdot) else {
      Issue.record("accepted \(dotdot)")
      return
    }
    #expect(p == dotdot)
    #expect(resolved.hasSuffix("/inv1.pdf"))
    try FileManager.default.createSymbolicLink(
      atPath: fixture.folder + "/link.pdf", withDestinationPath: outside.folder + "/inv1.pdf")
    #expect(inspect(fixture, "link.pdf").isOutside)
    #expect(inspect(fixture, outside.folder + "/inv1.pdf").isOutside)
    #expect((try? inspect(fixture, "link.pdf", allowsOutside: true).get().kind) == .pdf)
    // Inside paths with .. that stay inside are fine.
    try FileManager.default.createDirectory(atPath: fixture.folder + "/sub", withIntermediateDirectories: true)
    #expect((try? inspect(fixture, "sub/../inv1.pdf").get().kind) == .pdf)
  }

  @Test func claimReportsFileProblemsAtTheirPath() throws {
    let loaded = try ClaimFixture.load(
      replacing: "\"invoice\": \"inv2.png\"", with: "\"invoice\": \"../../etc/passwd\"")
    let d = try #require(loaded.diagnostics.first { $0.kind == .fileOutsideFolder })
    #expect(d.path?.description == "$.charges[1].invoice")
    #expect(loaded.claim == nil)
    let allowed = try ClaimFixture.load(
      replacing: "\"invoice\": \"inv2.png\"", with: "\"invoice\": \"../../etc/passwd\"", allowsOutside: true)
    #expect(allowed.diagnostics.map(\.kind) == [.fileUnsupportedType])
    let missing = try ClaimFixture.load(replacing: "\"invoice\": \"inv1.pdf\"", with: "\"invoice\": \"gone.pdf\"")
    #expect(missing.diagnostics.map(\.kind) == [.fileMissing])
    #expect(missing.diagnostics[0].description.contains("$.charges[0].invoice: file \"gone.pdf\" does not exist"))
  }

  @Test func logoMustBeAnImage() throws {
    let loaded = try ClaimFixture.load(
      replacing: "\"address\": [\"1 Main St\"]}", with: "\"address\": [\"1 Main St\"], \"logo\": \"inv1.pdf\"}")
    #expect(loaded.diagnostics.map(\.kind) == [.fileUnsupportedType])
    #expect(loaded.diagnostics[0].message == "file \"inv1.pdf\" is a PDF; expected PNG or JPEG")
  }
}

extension Result where Success == InspectedFile, Failure == FileProblem {
  var isOutside: Bool {
    if case .failure(.outsideClaimFolder) = self { return true }
    return false
  }
}
