import Crypt
import PDFWriter
import TypesetCore
import TypesetLayout
import TypesetText

/// Writes one document: scan, check, subset fonts, then pages, resources, navigation, metadata.
struct DocumentWriter {
  let document: LaidOutDocument
  let options: PDFRenderOptions
  var scan: DocumentScan
  var file: PDFFileWriter
  var fonts: [EmbeddedFont] = []
  var resources = ResourceRegistry()
  var pageRefs: [PDFRef] = []
  var imports = ImportWriter()

  /// The largest page side PDF allows (ISO 32000-1 Annex C: 14,400 units).
  static let maximumPageSide = Length.pt(14_400)

  init(document: LaidOutDocument, options: PDFRenderOptions) throws(PDFRenderError) {
    try self.init(document: document, options: options, scan: nil)
  }

  /// - Parameter scan: the document's `DocumentScan` when the caller made it already (nil: made here).
  init(document: LaidOutDocument, options: PDFRenderOptions, scan earlierScan: DocumentScan?) throws(PDFRenderError) {
    self.document = document
    self.options = options
    guard !document.pages.isEmpty else { throw .noPages }
    for (index, page) in document.pages.enumerated() {
      let s = page.size
      guard s.width > .zero, s.height > .zero, s.width <= Self.maximumPageSide, s.height <= Self.maximumPageSide else {
        throw .invalidPageSize(page: index)
      }
    }
    if let earlierScan { scan = earlierScan } else { scan = try DocumentScan(document) }
    for name in scan.linkedAnchors where scan.anchors[name] == nil { throw .undefinedAnchor(name) }
    try Self.checkOutline(document.outline, anchors: scan)
    var seenNames = Set<String>()
    for attachment in options.attachments {
      guard !attachment.fileName.isEmpty else { throw .invalidAttachment(fileName: "", reason: "empty file name") }
      guard seenNames.insert(attachment.fileName).inserted else {
        throw .invalidAttachment(fileName: attachment.fileName, reason: "file name used twice")
      }
    }
    let problems = ConformanceChecker.problems(scan: scan, options: options)
    if !problems.isEmpty { throw .conformance(problems) }
    let settings = PDFSettings(isPretty: !options.isCompressed, isCompressed: options.isCompressed)
    file = PDFFileWriter(settings: settings, version: "1.7", reservingCapacity: 4096 + document.pages.count * 4096)
  }

  private static func checkOutline(_ entries: [OutlineEntry], anchors: DocumentScan) throws(PDFRenderError) {
    for entry in entries {
      if anchors.anchors[entry.anchor] == nil { throw .undefinedAnchor(entry.anchor) }
      try checkOutline(entry.children, anchors: anchors)
    }
  }

  mutating func write() throws(PDFRenderError) -> [UInt8] {
    let catalog = file.allocateRef()
    let pageTree = file.allocateRef()
    let resourcesRef = file.allocateRef()

    fonts = try EmbeddedFont.make(scan.fonts)

    // Pages: contents drawn and compressed in parallel, written in order.
    let defaultSize = document.pages.first?.size ?? Size(width: .pt(612), height: .pt(792))
    let drawer = PageDrawer(
      fonts: fonts.map(DrawingFont.init), fontIndexes: scan.fontIndexes, imageIndexes: scan.imageIndexByID,
      writesBinaryStrings: options.isCompressed)
    let settings = file.settings
    let contents = drawer.contents(
      of: document.pages, skipping: scan.pagesWithEmbeddedPages,
      compressionLevel: settings.isCompressed ? settings.compressionLevel : nil)
    for (index, page) in document.pages.enumerated() {
      writePage(page, content: contents[index], drawer: drawer, pageTree: pageTree, defaultSize: defaultSize)
    }

    // The font programs are compressed on both cores before they are written one by one.
    if settings.isCompressed {
      CompressedProgramCache.shared.prepare(fonts.map(\.program), level: settings.compressionLevel)
    }

    // The file identifier hashes the whole body: the part written so far (mostly the pages) is
    // hashed on the other core while this one writes the rest.
    let firstPart = file.writtenBytes
    let firstPartHash = ParallelWork.start {
      var hasher = SHA256()
      hasher.update(firstPart)
      return hasher
    }

    // Fonts, images, shared resources.
    for font in fonts {
      let ref = file.allocateRef()
      resources.addFont(name: font.resourceName, ref: ref)
      font.write(to: &file, ref: ref)
    }
    for (index, entry) in scan.images.enumerated() {
      // Names `Im1…` were fixed by the scan (first-use order); refs are allocated as written.
      let ref = file.allocateRef()
      resources.addXObject(name: "Im\(index + 1)", ref: ref)
      ImageEncoder.write(entry.image, ref: ref, to: &file)
    }
    imports.finish(file: &file)
    resources.write(resourcesRef, to: &file)

    let pages = pageRefs
    file.writeDictionary(pageTree) { d in
      d.set("Type", name: "Pages")
      d.set("Kids", references: pages)
      d.set("Count", integer: pages.count)
      d.set("Resources", reference: resourcesRef)
      d.set("MediaBox", numbers: Self.mediaBox(defaultSize))
    }

    // Navigation.
    var destsRef: PDFRef?
    if !scan.anchors.isEmpty {
      let ref = file.allocateRef()
      writeDestinations(ref)
      destsRef = ref
    }
    var outlineRef: PDFRef?
    if !document.outline.isEmpty {
      let ref = file.allocateRef()
      OutlineWriter.write(document.outline, root: ref, to: &file)
      outlineRef = ref
    }

    // Attachments.
    var fileSpecs: [(name: String, ref: PDFRef)] = []
    for attachment in options.attachments { fileSpecs.append((attachment.fileName, writeAttachment(attachment))) }
    // Name-tree keys are byte strings in ascending order of their encoded bytes.
    fileSpecs.sort { PDFSyntax.textStringBytes($0.name).lexicographicallyPrecedes(PDFSyntax.textStringBytes($1.name)) }

    // Metadata and output intent.
    let documentID = Self.documentID(document.metadata, pageCount: document.pages.count)
    let metadataRef = file.allocateRef()
    let xmp = XMPPacket.make(document.metadata, conformance: options.conformance, documentID: documentID)
    file.writeStream(metadataRef, data: xmp, filter: .none) { d in
      d.set("Type", name: "Metadata")
      d.set("Subtype", name: "XML")
    }
    var outputIntentProfile: PDFRef?
    if options.conformance.isArchival {
      let ref = file.allocateRef()
      // The same profile in every file: its compression is remembered like a font program's.
      let profile = CompressedProgramCache.shared.payload(for: SRGBProfile.bytes, in: file)
      file.writeStream(ref, data: profile.data, filter: profile.filter) { d in d.set("N", integer: 3) }
      outputIntentProfile = ref
    }
    let info = file.allocateRef()
    writeInfo(info)

    let labels = PageLabelRange.make(document.pages.map(\.label))
    let metadata = document.metadata
    let opensOutline = options.opensOutline
    file.writeCatalog(catalog) { c in
      c.pages(pageTree)
      c.metadata(metadataRef)
      if !metadata.language.isEmpty { c.language(metadata.language) }
      if let outlineRef {
        c.outlines(outlineRef)
        if opensOutline { c.pageMode("UseOutlines") }
      }
      if !labels.isEmpty {
        c.dictionary.dictionary("PageLabels") { p in
          p.array("Nums") { a in
            for range in labels {
              a.integer(range.startIndex)
              a.dictionary { r in
                if range.isNumbered { r.set("S", name: "D") }
                if let prefix = range.prefix { r.set("P", text: prefix) }
                if range.isNumbered && range.firstNumber != 1 { r.set("St", integer: range.firstNumber) }
              }
            }
          }
        }
      }
      if destsRef != nil || !fileSpecs.isEmpty {
        c.dictionary.dictionary("Names") { n in
          if let destsRef { n.set("Dests", reference: destsRef) }
          if !fileSpecs.isEmpty {
            n.dictionary("EmbeddedFiles") { e in
              e.array("Names") { a in
                for spec in fileSpecs {
                  a.element { $0.textString(spec.name) }
                  a.reference(spec.ref)
                }
              }
            }
          }
        }
      }
      if !fileSpecs.isEmpty { c.dictionary.set("AF", references: fileSpecs.map(\.ref)) }
      if let outputIntentProfile {
        c.dictionary.array("OutputIntents") { a in
          a.dictionary { o in
            o.set("Type", name: "OutputIntent")
            o.set("S", name: "GTS_PDFA1")
            o.set("OutputConditionIdentifier", text: "sRGB IEC61966-2.1")
            o.set("RegistryName", text: "http://www.color.org")
            o.set("Info", text: "sRGB IEC61966-2.1")
            o.set("DestOutputProfile", reference: outputIntentProfile)
          }
        }
      }
    }
    return file.finish(root: catalog, info: info) { body in
      var hasher = firstPartHash.value()
      hasher.update(body[firstPart.count...])  // = SHA256.hash(body)
      return Array(hasher.finalize().prefix(16))
    }
  }

  static func mediaBox(_ size: Size) -> [PDFNumber] {
    [0, 0, PDFNumber(fixed: size.width.microPoints, scale: Length.microPointsPerPoint),
     PDFNumber(fixed: size.height.microPoints, scale: Length.microPointsPerPoint)]
  }

  /// A stable document identifier for XMP (`xmpMM:DocumentID`), UUID-shaped, from the metadata.
  static func documentID(_ metadata: DocumentMetadata, pageCount: Int) -> String {
    let seed = [metadata.title, metadata.author, metadata.subject, metadata.creator, String(metadata.creationDate), String(pageCount)]
      .joined(separator: "\u{1F}")
    let h = hex(SHA256.hash(Array(seed.utf8)).prefix(16))
    let c = Array(h)
    return String(c[0..<8]) + "-" + String(c[8..<12]) + "-" + String(c[12..<16]) + "-" + String(c[16..<20]) + "-" + String(c[20..<32])
  }

  // MARK: Pages

  /// Writes a page: its content (drawn here when `content` is nil), link annotations and page
  /// object.
  private mutating func writePage(
    _ page: LaidOutPage, content: PageContent?, drawer: PageDrawer, pageTree: PDFRef, defaultSize: Size
  ) {
    let pageRef = file.allocateRef()
    pageRefs.append(pageRef)
    let contentRef = file.allocateRef()
    let drawn: PageContent
    if let content {
      drawn = content
    } else {
      var builder = PageContentBuilder(pageHeight: page.size.height, writesBinaryStrings: options.isCompressed)
      var links: [PageLink] = []
      let pageHeight = page.size.height
      drawer.draw(page.frame, offset: .zero, into: &builder, links: &links, pageHeight: pageHeight) { item, position in
        imports.content(for: item, at: position, pageHeight: pageHeight, file: &file, resources: &resources)
      }
      builder.endText()
      drawn = PageContent(stream: builder.content.bytes, isCompressed: false, links: links)
    }
    if drawn.isCompressed {
      file.writeStream(contentRef, data: drawn.stream, filter: .encoded(name: "FlateDecode"))
    } else {
      file.writeStream(contentRef, data: drawn.stream)
    }
    var annotationRefs: [PDFRef] = []
    for link in drawn.links {
      let ref = file.allocateRef()
      annotationRefs.append(ref)
      file.writeDictionary(ref) { d in
        d.set("Type", name: "Annot")
        d.set("Subtype", name: "Link")
        d.set("Rect", numbers: link.rect)
        d.set("F", integer: 4)  // Print: PDF/A requires it; links draw nothing anyway.
        d.set("Border", numbers: [0, 0, 0])
        switch link.target {
        case .anchor(let name):
          d.set("Dest", literal: Array(name.utf8))
        case .uri(let uri):
          d.dictionary("A") { a in
            a.set("S", name: "URI")
            a.set("URI", literal: Array(uri.utf8))
          }
        }
      }
    }
    let size = page.size
    file.writePage(pageRef) { p in
      p.parent(pageTree)
      if size != defaultSize { p.mediaBox(Self.mediaBox(size)) }
      p.contents(contentRef)
      if !annotationRefs.isEmpty { p.annotations(annotationRefs) }
    }
  }

  // MARK: Navigation and metadata

  private mutating func writeDestinations(_ ref: PDFRef) {
    let names = scan.anchors.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    let entries = names.compactMap { name -> (String, PDFRef, PDFNumber, PDFNumber)? in
      guard let target = scan.anchors[name] else { return nil }
      let height = document.pages[target.page].size.height.microPoints
      return (name, pageRefs[target.page], PageContentBuilder.position(target.position.x.microPoints),
              PageContentBuilder.position(height - target.position.y.microPoints))
    }
    file.writeDictionary(ref) { d in
      d.array("Names") { a in
        for (name, page, x, y) in entries {
          a.element { $0.literalString(Array(name.utf8)) }
          a.array { dest in
            dest.reference(page)
            dest.name("XYZ")
            dest.number(x)
            dest.number(y)
            dest.null()
          }
        }
      }
    }
  }

  private mutating func writeInfo(_ ref: PDFRef) {
    let m = document.metadata
    let date = PDFDate(secondsSince1970: m.creationDate).pdfString
    file.writeDictionary(ref) { d in
      if !m.title.isEmpty { d.set("Title", text: m.title) }
      if !m.author.isEmpty { d.set("Author", text: m.author) }
      if !m.subject.isEmpty { d.set("Subject", text: m.subject) }
      if !m.keywords.isEmpty { d.set("Keywords", text: XMPPacket.keywords(m)) }
      if !m.creator.isEmpty { d.set("Creator", text: m.creator) }
      d.set("Producer", text: XMPPacket.producer)
      d.set("CreationDate", literal: Array(date.utf8))
      d.set("ModDate", literal: Array(date.utf8))
    }
  }

  private mutating func writeAttachment(_ attachment: PDFAttachment) -> PDFRef {
    let stream = file.allocateRef()
    let spec = file.allocateRef()
    let checksum = MD5.hash(attachment.data)
    let date = PDFDate(secondsSince1970: attachment.modificationDate).pdfString
    file.writeStream(stream, data: attachment.data) { d in
      d.set("Type", name: "EmbeddedFile")
      if !attachment.mimeType.isEmpty { d.set("Subtype", name: attachment.mimeType) }
      d.dictionary("Params") { p in
        p.set("Size", integer: attachment.data.count)
        p.set("ModDate", literal: Array(date.utf8))
        p.set("CheckSum", hex: checksum)
      }
    }
    // /F must be a byte string; non-ASCII characters become "_" there and stay exact in /UF.
    let asciiName = String(attachment.fileName.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 ? Character($0) : "_" })
    file.writeDictionary(spec) { d in
      d.set("Type", name: "Filespec")
      d.set("F", literal: Array(asciiName.utf8))
      d.set("UF", text: attachment.fileName)
      if !attachment.description.isEmpty { d.set("Desc", text: attachment.description) }
      d.set("AFRelationship", name: attachment.relationship.rawValue)
      d.dictionary("EF") { ef in
        ef.set("F", reference: stream)
        ef.set("UF", reference: stream)
      }
    }
    return spec
  }
}
