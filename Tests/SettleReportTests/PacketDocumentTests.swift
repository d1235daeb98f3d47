import Foundation
import SettleModel
import SettleReport
import SettleTestSupport
import Testing
import Typeset

/// The text of a frame's glyph runs, one run per line, in drawing order.
func frameText(_ frame: Frame) -> String {
  var out: [String] = []
  func walk(_ frame: Frame) {
    for positioned in frame.items {
      switch positioned.item {
      case .text(let run): out.append(run.glyphs.map(\.text).joined())
      case .group(let inner): walk(inner)
      default: break
      }
    }
  }
  walk(frame)
  return out.joined(separator: "\n")
}

@Suite("Packet: parts, exhibits, Bates numbers, outline")
struct PacketDocumentTests {
  @Test("every part and every exhibit has a bookmark; the exhibits are children of one entry")
  func outline() throws {
    let packet = try PacketFixture.packet(exhibitCount: 3)
    let laidOut = packet.layout(fontBook: PacketFixture.fonts).document
    let titles = laidOut.outline.map(\.title)
    #expect(titles == ["Cover", "Collection report", "Statement of account", "Exhibit index", "Declaration of account", "Proof of pre-filing demand", "Exhibits", "Timeline appendix"])
    let exhibits = laidOut.outline.first { $0.title == "Exhibits" }
    #expect(exhibits?.children.map(\.title) == ["Exhibit 1: Evidence 1", "Exhibit 2: Evidence 2", "Exhibit 3: Evidence 3"])
    #expect(exhibits?.isOpen == true)
  }

  @Test("each exhibit's stamp is on the page the index names, and the index prints that range")
  func stampOnIndexedPage() throws {
    let packet = try PacketFixture.packet(exhibitCount: 2)
    let rendered = try packet.render(fontBook: PacketFixture.fonts)
    let pages = rendered.layout.pages
    guard let indexPage = rendered.references.pageNumber(of: PacketPart.exhibitIndex.anchor) else {
      Issue.record("no index anchor")
      return
    }
    let indexText = frameText(pages[indexPage - 1].frame)
    for exhibit in packet.exhibits {
      let range = try #require(packet.pageRange(of: exhibit, references: rendered.references))
      #expect(range.count == exhibit.pages.count + 1)
      #expect(indexText.contains("\(range.lowerBound)–\(range.upperBound)"))
      #expect(indexText.contains(packet.batesNumber(ofPage: range.lowerBound)))
      #expect(indexText.contains(exhibit.sha256))
      let first = frameText(pages[range.lowerBound - 1].frame)
      #expect(first.contains("EXHIBIT \(exhibit.number) · page 1 of \(range.count)"))
      let last = frameText(pages[range.upperBound - 1].frame)
      #expect(last.contains("EXHIBIT \(exhibit.number) · page \(range.count) of \(range.count)"))
      #expect(pages[range.lowerBound - 1].label == "EX\(exhibit.number)-1")
    }
  }

  @Test("every page has its consecutive page number and Bates number")
  func batesSequential() throws {
    let packet = try PacketFixture.packet(exhibitCount: 1)
    let pages = packet.layout(fontBook: PacketFixture.fonts).document.pages
    #expect(pages.count > 8)
    for (index, page) in pages.enumerated() {
      let text = frameText(page.frame)
      #expect(text.contains("Page \(index + 1) of \(pages.count)"))
      #expect(text.contains(String(format: "TST-%06d", index + 1)))
    }
  }

  @Test("Bates prefix from the creditor's name, as the exhibits module makes it; numbers have six digits")
  func batesPrefix() throws {
    #expect(PacketDocument.defaultBatesPrefix(for: "Harbor Supply Co.") == "HARBOR")
    #expect(PacketDocument.defaultBatesPrefix(for: "Müller Café GmbH") == "MULLER")
    #expect(PacketDocument.defaultBatesPrefix(for: "株式会社") == "EXH")
    let packet = try PacketFixture.packet(exhibitCount: 0, options: PacketOptions(firstBatesNumber: 41))
    #expect(packet.batesPrefix == "HARBOR")
    #expect(packet.batesNumber(ofPage: 1) == "HARBOR-000041")
  }

  @Test("the filing copy masks the account number on every page; the archive copy shows it")
  func masking() throws {
    let filing = try PacketFixture.packet(exhibitCount: 0)
    let filingText = filing.layout(fontBook: PacketFixture.fonts).document.pages.map { frameText($0.frame) }.joined()
    #expect(!filingText.contains("HS-0048-2173"))
    #expect(filingText.contains("2173"))
    let archive = try PacketFixture.packet(exhibitCount: 0, options: PacketOptions(copy: .archive))
    let archivePages = archive.layout(fontBook: PacketFixture.fonts).document.pages.map { frameText($0.frame) }
    #expect(archivePages[0].contains("HS-0048-2173"))
    // Every part of the archive copy, the statement included, prints the number in full.
    let masked = AccountNumber("HS-0048-2173").masked
    #expect(filingText.contains(masked))
    #expect(!archivePages.joined().contains(masked))
    #expect(archivePages.filter { $0.contains("Statement of account") && $0.contains("HS-0048-2173") }.count >= 1)
  }

  @Test("a broken or missing chain is printed as such, with the recomputed head")
  func brokenChain() throws {
    let at = Instant(secondsSinceEpoch: 1_790_000_000, offsetMinutes: -420)
    let entries = [
      TimelineEntry(event: Event(at: at, kind: .noticeSent, channel: "letter", summary: "Mailed", chain: "aa"), status: .verified),
      TimelineEntry(
        event: Event(at: at, kind: .callLogged, channel: "phone", summary: "Called", chain: "bb"),
        status: .broken(expected: String(repeating: "c", count: 64))),
    ]
    var packet = try PacketFixture.packet(timeline: entries, exhibitCount: 0)
    packet.chainHead = String(repeating: "d", count: 64)
    let pages = packet.layout(fontBook: PacketFixture.fonts).document.pages
    let text = pages.map { frameText($0.frame) }.joined(separator: "\n")
    #expect(text.contains("CHAIN BROKEN at event 2"))
    #expect(text.contains("BROKEN: recomputed " + String(repeating: "c", count: 64)))
    #expect(text.contains(String(repeating: "d", count: 64)))
    #expect(text.contains("UTC-07:00"))
    #expect(!packet.isChainVerified)
  }

  @Test("two renders give the same bytes")
  func deterministic() throws {
    let a = try PacketFixture.packet(exhibitCount: 1).renderPDF(fontBook: PacketFixture.fonts)
    let b = try PacketFixture.packet(exhibitCount: 1).renderPDF(fontBook: PacketFixture.fonts)
    #expect(a == b)
  }

  @Test("the archive copy is PDF/A-3b with each original attached as its Source")
  func archive() throws {
    let packet = try PacketFixture.packet(exhibitCount: 2, options: PacketOptions(copy: .archive))
    #expect(packet.attachments.count == 2)
    #expect(packet.attachments.allSatisfy { $0.relationship == .source && $0.mimeType == "application/pdf" })
    #expect(Set(packet.attachments.map(\.fileName)).count == 2)
    let rendered = try packet.render(fontBook: PacketFixture.fonts)
    #expect(rendered.conformance == .pdfA3b)
    let filing = try PacketFixture.packet(exhibitCount: 2)
    #expect(filing.attachments.isEmpty)
  }

  @Test("volumes split at part boundaries, cover every page once, and stay under the limit")
  func volumes() throws {
    let packet = try PacketFixture.packet(exhibitCount: 3)
    let rendered = try packet.render(fontBook: PacketFixture.fonts)
    let limit = rendered.bytes.count * 2 / 3
    let volumes = try packet.volumes(of: rendered, maximumBytes: limit)
    #expect(volumes.count >= 2)
    #expect(volumes.first?.pages.lowerBound == 1)
    #expect(volumes.last?.pages.upperBound == rendered.layout.pages.count)
    for (a, b) in zip(volumes, volumes.dropFirst()) { #expect(a.pages.upperBound + 1 == b.pages.lowerBound) }
    for volume in volumes {
      #expect(volume.bytes.count < limit)
      #expect(volume.bytes.starts(with: Array("%PDF-".utf8)))
    }
    #expect(throws: PacketError.self) { try packet.volumes(of: rendered, maximumBytes: 1_000) }
  }

  @Test("each exhibit alone is a PDF of its own pages")
  func exhibitFiles() throws {
    let packet = try PacketFixture.packet(exhibitCount: 2)
    let rendered = try packet.render(fontBook: PacketFixture.fonts)
    let files = try packet.exhibitFiles(of: rendered)
    #expect(files.map(\.exhibit.number) == [1, 2])
    for file in files { #expect(file.bytes.starts(with: Array("%PDF-".utf8))) }
  }

  @Test("before the pages are known the exhibit index is as tall as it will be, so its exhibits do not move a page on")
  func exhibitIndexPlaceholder() throws {
    var packet = try PacketFixture.packet(exhibitCount: 15, options: PacketOptions(batesPrefix: "NORTHWIN"))
    for i in packet.exhibits.indices {
      packet.exhibits[i].title =
        "Invoice INV-\(100_000 + i): Zoë Design Studio – design hours, office signage and file preparation for print"
    }
    let layouter = DocumentLayouter(fontBook: PacketFixture.fonts)
    let result = packet.layout(fontBook: PacketFixture.fonts)
    #expect(result.passCount == 2)
    /// The exhibit index's blocks (from its outline entry to the next part's) stacked into one frame.
    func indexHeight(_ references: PageReferences) throws -> Length {
      let blocks = packet.makeDocument(references: references, layouter: layouter).blocks
      let start = try #require(
        blocks.firstIndex {
          if case .outlineEntry(let marker) = $0 { marker.anchor == PacketPart.exhibitIndex.anchor } else { false }
        })
      let end = blocks[(start + 1)...].firstIndex { if case .outlineEntry = $0 { true } else { false } } ?? blocks.endIndex
      return layouter.makeFrame(Array(blocks[start..<end]), width: .pt(468)).frame.size.height
    }
    #expect(try indexHeight(.unknown) == indexHeight(result.references))
  }

  @Test("layout of the cover and the declaration (frame dump golden)")
  func golden() throws {
    let declarant = Declarant(name: "Dana Whitfield", title: "Accounts Receivable Manager")
    let packet = try PacketFixture.packet(declarant: declarant, exhibitCount: 1)
    let result = packet.layout(fontBook: PacketFixture.fonts)
    let pages = result.document.pages
    let declaration = try #require(result.references.pageNumber(of: PacketPart.declaration.anchor))
    let dump = LaidOutDocument(pages: [pages[0], pages[declaration - 1]], metadata: result.document.metadata).debugDump()
    GoldenFile.check(dump, folder: "packet", name: "cover-and-declaration.txt")
  }
}
