import Crypt
import PDFReader
import Testing

/// Hostile or broken files must fail with a specific error (or open), never crash or hang.
@Suite struct CraftedInputTests {
  @Test func minimalDocumentOpens() throws {
    let document = try PDFDocument(data: PDFBuilder.onePage().build())
    #expect(document.pageCount == 1)
    #expect(document.version == "1.7")
    let page = document.page(at: 0)
    #expect(page.mediaBox == PDFRectangle(points: 0, 0, 595, 842))
    #expect(page.cropBox == page.mediaBox)
    #expect(page.rotation == 0)
    #expect(String(decoding: page.contents, as: UTF8.self) == "BT /F1 12 Tf 72 720 Td (Hello) Tj ET")
    #expect(!document.isEncrypted && !document.isSigned && !document.wasRepaired)
  }

  @Test(arguments: [(-90, 270), (450, 90), (540, 180), (45, 0), (-720, 0)])
  func rotationIsNormalised(rotate: Int, expected: Int) throws {
    let document = try PDFDocument(data: PDFBuilder.onePage(pageExtra: "/Rotate \(rotate)").build())
    #expect(document.page(at: 0).rotation == expected)
  }

  @Test func cropBoxIsClippedToMediaBox() throws {
    let document = try PDFDocument(data: PDFBuilder.onePage(pageExtra: "/CropBox [-50 100 300 1000]").build())
    #expect(document.page(at: 0).cropBox == PDFRectangle(points: 0, 100, 300, 842))
  }

  @Test func deepNestingIsRefused() {
    let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
    var builder = PDFBuilder.onePage()
    builder.add(5, deep)
    builder.add(1, "<< /Type /Catalog /Pages 2 0 R /Deep 5 0 R >>")
    builder.objects.removeFirst()
    #expect(throws: PDFReadError.nestingTooDeep(limit: 256)) { try PDFDocument(data: builder.build()) }
  }

  @Test func hugeLengthFallsBackToEndstream() throws {
    var builder = PDFBuilder.onePage()
    builder.objects.removeLast()
    builder.addStream(4, "", Array("BT ET".utf8), length: "999999999999")
    let document = try PDFDocument(data: builder.build())
    #expect(document.page(at: 0).contents == Array("BT ET".utf8))
  }

  @Test func wrongLengthIsCorrected() throws {
    var builder = PDFBuilder.onePage()
    builder.objects.removeLast()
    builder.addStream(4, "", Array("q 1 0 0 1 0 0 cm Q".utf8), length: "3")
    #expect(try PDFDocument(data: builder.build()).page(at: 0).contents == Array("q 1 0 0 1 0 0 cm Q".utf8))
  }

  @Test func flateBombIsStopped() {
    var builder = PDFBuilder.onePage()
    builder.objects.removeLast()
    builder.addStream(4, "/Filter /FlateDecode", PDFBuilder.deflate([UInt8](repeating: 0x20, count: 20_000_000)))
    let limits = PDFReadLimits(maxDepth: 256, maxObjects: 1000, maxStreamBytes: 1 << 20, maxTotalDecodedBytes: 1 << 30, maxWork: 10_000_000)
    #expect(throws: PDFReadError.streamTooLarge(limit: 1 << 20)) { try PDFDocument(data: builder.build(), limits: limits) }
  }

  @Test func totalDecodedSizeIsLimited() {
    var builder = PDFBuilder()
    builder.add(1, "<< /Type /Catalog /Pages 2 0 R >>")
    builder.add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    builder.add(3, "<< /Type /Page /Parent 2 0 R /Contents [4 0 R 5 0 R 6 0 R] >>")
    for n in 4...6 { builder.addStream(n, "/Filter /FlateDecode", PDFBuilder.deflate([UInt8](repeating: 0x20, count: 600_000))) }
    let limits = PDFReadLimits(maxDepth: 256, maxObjects: 1000, maxStreamBytes: 1 << 20, maxTotalDecodedBytes: 1_500_000, maxWork: 10_000_000)
    #expect(throws: PDFReadError.totalDecodedSizeExceeded(limit: 1_500_000)) { try PDFDocument(data: builder.build(), limits: limits) }
  }

  @Test func cyclicPrevChainTerminates() throws {
    // The trailer's /Prev points at its own xref section.
    let plain = PDFBuilder.onePage().build()
    let text = String(decoding: plain, as: UTF8.self)
    let xref = try #require(text.range(of: "xref\n0 ")).lowerBound.utf16Offset(in: text)
    var builder = PDFBuilder.onePage()
    builder.trailerExtra = "/Prev \(xref)"
    let document = try PDFDocument(data: builder.build())
    #expect(document.pageCount == 1)
  }

  @Test func cyclicPageTreeIsRefused() {
    var builder = PDFBuilder()
    builder.add(1, "<< /Type /Catalog /Pages 2 0 R >>")
    builder.add(2, "<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>")
    builder.add(3, "<< /Type /Page /Parent 2 0 R >>")
    builder.add(5, "<< /Type /Pages /Kids [2 0 R] /Count 1 >>")
    #expect(throws: PDFReadError.malformed("the page tree refers back to its own node 2 0 R")) { try PDFDocument(data: builder.build()) }
  }

  @Test func selfReferencingLengthDoesNotRecurse() throws {
    var builder = PDFBuilder.onePage()
    builder.objects.removeLast()
    builder.addStream(4, "", Array("BT ET".utf8), length: "4 0 R")
    #expect(try PDFDocument(data: builder.build()).page(at: 0).contents == Array("BT ET".utf8))
  }

  @Test func everyTruncationFailsCleanlyOrOpens() {
    let full = PDFBuilder.onePage().build()
    for length in stride(from: 0, to: full.count, by: 3) {
      let result = PDFDocument.inspect(data: Array(full[0..<length]))
      switch result {
      case .readable(let pages, _): #expect(pages == 1)
      case .unreadable(let error): #expect(error.isDamageOrNotPDF, "\(length): \(error)")
      }
    }
  }

  @Test func missingXRefIsReconstructed() throws {
    let full = PDFBuilder.onePage().build()
    let text = String(decoding: full, as: UTF8.self)
    let cut = try #require(text.range(of: "xref\n")).lowerBound.utf16Offset(in: text)
    let document = try PDFDocument(data: Array(full[0..<cut]) + Array("trailer << /Root 1 0 R >>\n%%EOF".utf8))
    #expect(document.wasRepaired)
    #expect(document.pageCount == 1)
  }

  @Test func workBudgetIsEnforced() {
    let many = "[" + String(repeating: "1 ", count: 50_000) + "]"
    var builder = PDFBuilder.onePage()
    builder.add(5, many)
    let limits = PDFReadLimits(maxDepth: 256, maxObjects: 1000, maxStreamBytes: 1 << 20, maxTotalDecodedBytes: 1 << 20, maxWork: 10_000)
    #expect(throws: PDFReadError.workBudgetExceeded(limit: 10_000)) { try PDFDocument(data: builder.build(), limits: limits) }
  }

  @Test func objectCountIsLimited() {
    var builder = PDFBuilder.onePage()
    for n in 5...40 { builder.add(n, "null") }
    let limits = PDFReadLimits(maxDepth: 256, maxObjects: 20, maxStreamBytes: 1 << 20, maxTotalDecodedBytes: 1 << 20, maxWork: 100_000)
    #expect(throws: PDFReadError.tooManyObjects(limit: 20)) { try PDFDocument(data: builder.build(), limits: limits) }
  }

  @Test func notAPDF() {
    #expect(throws: PDFReadError.notAPDF) { try PDFDocument(data: Array("just some text".utf8)) }
    #expect(throws: PDFReadError.notAPDF) { try PDFDocument(data: []) }
  }

  @Test func signatureAndEmbeddedFilesAreReported() throws {
    var builder = PDFBuilder()
    builder.add(1, "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R] >> /Names << /EmbeddedFiles << /Names [(b.xml) 7 0 R] >> >> >>")
    builder.add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    builder.add(3, "<< /Type /Page /Parent 2 0 R /Annots [6 0 R] >>")
    builder.add(6, "<< /FT /Sig /T (Signature1) /V << /Type /Sig >> /Subtype /Widget /Rect [0 0 0 0] >>")
    builder.add(7, "<< /Type /Filespec /F (b.xml) /UF <FEFF0062002E0078006D006C> /EF << /F 8 0 R >> >>")
    builder.addStream(8, "/Type /EmbeddedFile", Array("<x/>".utf8))
    let document = try PDFDocument(data: builder.build())
    #expect(document.isSigned)
    #expect(document.embeddedFiles == [PDFEmbeddedFile(name: "b.xml", fileName: "b.xml", stream: PDFReference(number: 8, generation: 0))])
    #expect(document.page(at: 0).annotations.first?["FT"]?.nameValue == "Sig")
  }

  /// An RC4 (R3) file whose user password is "secret": refused with a hint to decrypt it first.
  @Test func nonEmptyUserPasswordIsRefused() throws {
    let id = Array("0123456789abcdef".utf8)
    let padding: [UInt8] = [
      0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
      0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
    ]
    let password = Array("secret".utf8)
    let o = [UInt8](repeating: 0x41, count: 32)
    let p: UInt32 = 0xffff_f0c4
    var hash = MD5.hash(Array((password + padding).prefix(32)) + o + [UInt8(p & 0xff), UInt8(p >> 8 & 0xff), UInt8(p >> 16 & 0xff), UInt8(p >> 24)] + id)
    for _ in 0..<50 { hash = MD5.hash(hash) }
    var u = RC4.process(MD5.hash(padding + id), key: hash)
    for i in 1...19 { u = RC4.process(u, key: hash.map { $0 ^ UInt8(i) }) }
    u += [UInt8](repeating: 0, count: 16)
    var builder = PDFBuilder.onePage()
    builder.add(9, "<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3900 /O <\(hex(o))> /U <\(hex(u))> >>")
    builder.trailerExtra = "/Encrypt 9 0 R /ID [<\(hex(id))> <\(hex(id))>]"
    #expect(throws: PDFReadError.passwordRequired) { try PDFDocument(data: builder.build()) }
    #expect(PDFReadError.passwordRequired.description.contains("qpdf --decrypt --password="))
  }

  @Test func publicKeySecurityIsUnsupported() {
    var builder = PDFBuilder.onePage()
    builder.add(9, "<< /Filter /Adobe.PubSec /V 4 /R 4 >>")
    builder.trailerExtra = "/Encrypt 9 0 R"
    #expect(throws: PDFReadError.unsupportedEncryption("security handler /Adobe.PubSec")) { try PDFDocument(data: builder.build()) }
  }
}

extension PDFReadError {
  var isDamageOrNotPDF: Bool {
    switch self {
    case .malformed, .notAPDF: true
    default: false
    }
  }
}

/// Files encrypted here with the empty user password, for revisions the corpus lacks.
@Suite struct CraftedEncryptionTests {
  static let padding: [UInt8] = [
    0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
    0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
  ]

  /// Revision 2, 40-bit RC4: strings (Info /Title) and streams are decrypted with per-object keys.
  @Test func rc4Revision2() throws {
    let id = Array("fedcba9876543210".utf8)
    let o = [UInt8](repeating: 0x4f, count: 32)
    let p: UInt32 = 0xffff_ffc0
    let key = Array(MD5.hash(Self.padding + o + [UInt8(p & 0xff), UInt8(p >> 8 & 0xff), UInt8(p >> 16 & 0xff), UInt8(p >> 24)] + id).prefix(5))
    let u = RC4.process(Self.padding, key: key)
    func objectKey(_ n: Int) -> [UInt8] { Array(MD5.hash(key + [UInt8(n), 0, 0, 0, 0]).prefix(10)) }
    let content = Array("BT /F1 9 Tf (secret page) Tj ET".utf8)
    var builder = PDFBuilder()
    builder.add(1, "<< /Type /Catalog /Pages 2 0 R >>")
    builder.add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    builder.add(3, "<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>")
    builder.addStream(4, "", RC4.process(content, key: objectKey(4)))
    builder.add(5, "<< /Title <\(hex(RC4.process(Array("Invoice 7".utf8), key: objectKey(5))))> >>")
    builder.add(9, "<< /Filter /Standard /V 1 /R 2 /P -64 /O <\(hex(o))> /U <\(hex(u))> >>")
    builder.trailerExtra = "/Encrypt 9 0 R /Info 5 0 R /ID [<\(hex(id))> <\(hex(id))>]"
    let document = try PDFDocument(data: builder.build())
    #expect(document.isEncrypted)
    #expect(document.page(at: 0).contents == content)
    #expect(document.info?["Title"]?.stringValue == Array("Invoice 7".utf8))
  }

  /// AES-256 (revision 6) built with the library's own primitives, /EncryptMetadata false:
  /// the page content is decrypted, the /Metadata stream is left as stored.
  @Test func aes256Revision6WithClearMetadata() throws {
    let fileKey = (0..<32).map { UInt8($0 * 7 % 256) }
    let validationSalt: [UInt8] = [1, 2, 3, 4, 5, 6, 7, 8]
    let keySalt: [UInt8] = [8, 7, 6, 5, 4, 3, 2, 1]
    let u = PDFPasswordHash.revision6(password: [], salt: validationSalt) + validationSalt + keySalt
    let ue = try AES(key: PDFPasswordHash.revision6(password: [], salt: keySalt)).encryptCBC(fileKey, iv: [UInt8](repeating: 0, count: 16))
    let iv = [UInt8](repeating: 9, count: 16)
    let content = Array("BT (aes) Tj ET".utf8)
    let padded = content + [UInt8](repeating: UInt8(16 - content.count % 16), count: 16 - content.count % 16)
    let encrypted = iv + (try AES(key: fileKey).encryptCBC(padded, iv: iv))
    let metadata = Array("<x:xmpmeta/>".utf8)
    var builder = PDFBuilder()
    builder.add(1, "<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R >>")
    builder.add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    builder.add(3, "<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>")
    builder.addStream(4, "", encrypted)
    builder.addStream(6, "/Type /Metadata /Subtype /XML", metadata)
    builder.add(
      9,
      "<< /Filter /Standard /V 5 /R 6 /Length 256 /P -4 /EncryptMetadata false /CF << /StdCF << /CFM /AESV3 /Length 32 >> >> /StmF /StdCF /StrF /StdCF /O <\(hex([UInt8](repeating: 0, count: 48)))> /U <\(hex(u))> /UE <\(hex(ue))> /OE <\(hex([UInt8](repeating: 0, count: 32)))> >>"
    )
    builder.trailerExtra = "/Encrypt 9 0 R"
    let document = try PDFDocument(data: builder.build())
    #expect(document.page(at: 0).contents == content)
    guard case .stream(let stream) = document.resolve(PDFReference(number: 6, generation: 0)) else {
      Issue.record("metadata stream missing")
      return
    }
    #expect(stream.encodedData == metadata)
  }
}
