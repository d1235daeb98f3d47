import PDFReader
import PDFWriter
import TypesetCore
import TypesetLayout

/// Writes imported pages and images for `DocumentWriter`: one Form XObject per source page
/// (written on first use), its annotations' appearances, and the deep copies of their resources,
/// one `ObjectCopier` per source file so shared objects are copied once.
struct ImportWriter {
  private var copiers: [String: ObjectCopier] = [:]
  private var copierOrder: [String] = []
  /// Per page identifier: the page form's resource name and the annotation forms' names.
  private var forms: [String: (page: String, annotations: [(name: String, placement: AffineTransform)])] = [:]
  private var images: [String: String] = [:]
  private var nextForm = 1
  private let fonts = StandardFontReplacement()

  /// Whether `page` is a kind this writer can draw.
  static func supports(_ page: any EmbeddedPage) -> Bool { page is ImportedPage || page is ImportedImage }

  /// The content-stream bytes drawing `item` with its box's top-left at `origin` on a page
  /// `pageHeight` tall, writing the objects it needs on first use.
  mutating func content(
    for item: EmbeddedPageItem, at origin: Point, pageHeight: Length,
    file: inout PDFFileWriter, resources: inout ResourceRegistry
  ) -> [UInt8] {
    let width = Double(item.size.width.microPoints) / 1e6
    let height = Double(item.size.height.microPoints) / 1e6
    let left = Double(origin.x.microPoints) / 1e6
    let bottom = Double(pageHeight.microPoints - origin.y.microPoints - item.size.height.microPoints) / 1e6
    var out: [UInt8] = []
    if let image = item.page as? ImportedImage {
      let name: String
      if let known = images[image.image.id] {
        name = known
      } else {
        let ref = file.allocateRef()
        name = "Fm\(nextForm)"
        nextForm += 1
        ImageEncoder.write(image.image, ref: ref, to: &file)
        resources.addXObject(name: name, ref: ref)
        images[image.image.id] = name
      }
      let placement = image.orientationTransform.then(AffineTransform(a: width, b: 0, c: 0, d: height, e: left, f: bottom))
      Self.append("q\n", to: &out)
      Self.append(placement, to: &out)
      Self.append("/\(name) Do\nQ\n", to: &out)
      return out
    }
    guard let page = item.page as? ImportedPage else { return out }
    let source = page.source
    let entry = forms[page.identifier] ?? writeForm(page, file: &file, resources: &resources)
    forms[page.identifier] = entry
    let crop = source.page.cropBox
    let x0 = Double(crop.lowerLeftX) / 1e6, y0 = Double(crop.lowerLeftY) / 1e6
    let x1 = Double(crop.upperRightX) / 1e6, y1 = Double(crop.upperRightY) / 1e6
    let display = page.displaySize
    let sx = width / max(Double(display.width.microPoints) / 1e6, 1e-6)
    let sy = height / max(Double(display.height.microPoints) / 1e6, 1e-6)
    let placement = AffineTransform.displaying(x0: x0, y0: y0, x1: x1, y1: y1, rotation: source.page.rotation)
      .then(AffineTransform(a: sx, b: 0, c: 0, d: sy, e: left, f: bottom))
    Self.append("q\n", to: &out)
    Self.append(placement, to: &out)
    var clip: [UInt8] = []
    for v in [x0, y0, x1 - x0, y1 - y0] { ObjectCopier.appendReal(v, to: &clip); clip.append(0x20) }
    out.append(contentsOf: clip)
    Self.append("re W n\n/\(entry.page) Do\n", to: &out)
    for annotation in entry.annotations {
      Self.append("q\n", to: &out)
      Self.append(annotation.placement, to: &out)
      Self.append("/\(annotation.name) Do\nQ\n", to: &out)
    }
    Self.append("Q\n", to: &out)
    return out
  }

  /// Writes every object still queued by the copiers.
  mutating func finish(file: inout PDFFileWriter) {
    for id in copierOrder {
      guard var copier = copiers[id] else { continue }
      copier.flush(file: &file)
      copiers[id] = copier
    }
  }

  private mutating func writeForm(
    _ page: ImportedPage, file: inout PDFFileWriter, resources: inout ResourceRegistry
  ) -> (page: String, annotations: [(name: String, placement: AffineTransform)]) {
    let source = page.source
    let id = source.documentID
    if copiers[id] == nil {
      copiers[id] = ObjectCopier(document: source.document, fonts: fonts)
      copierOrder.append(id)
    }
    guard var copier = copiers[id] else { return ("", []) }
    let ref = file.allocateRef()
    let name = "Fm\(nextForm)"
    nextForm += 1
    resources.addXObject(name: name, ref: ref)
    var resourceBytes: [UInt8] = []
    copier.serialize(.dictionary(source.page.resources), into: &resourceBytes, file: &file)
    var groupBytes: [UInt8]?
    if let group = source.page.dictionary["Group"] {
      var bytes: [UInt8] = []
      copier.serialize(group, into: &bytes, file: &file)
      groupBytes = bytes
    }
    let crop = source.page.cropBox
    let bbox = [crop.lowerLeftX, crop.lowerLeftY, crop.upperRightX, crop.upperRightY]
      .map { PDFNumber(fixed: $0, scale: 1_000_000) }
    // A single content stream keeps its encoded bytes and filters (no re-compression); an
    // array of streams, or LZW, is written from the decoded, concatenated content.
    var data = source.page.contents
    var filter = PDFStreamFilter.automatic
    var filterEntries: [(key: String, value: [UInt8])] = []
    if let single = source.document.resolve(source.page.dictionary["Contents"] ?? .null).streamValue {
      let filters = source.document.resolve(single.dictionary["Filter"] ?? .null)
      let names = filters.nameValue.map { [$0] } ?? (filters.arrayValue ?? []).compactMap { source.document.resolve($0).nameValue }
      let passable: Set<String> = ["FlateDecode", "Fl", "ASCII85Decode", "A85", "ASCIIHexDecode", "AHx", "RunLengthDecode", "RL"]
      if !names.isEmpty, names.allSatisfy({ passable.contains($0) }) {
        data = single.encodedData
        filter = .none
        for key in ["Filter", "DecodeParms"] {
          guard let value = single.dictionary[key] else { continue }
          var bytes: [UInt8] = []
          copier.serialize(value, into: &bytes, file: &file)
          filterEntries.append((key, bytes))
        }
      }
    }
    let entries = filterEntries
    file.writeStream(ref, data: data, filter: filter) { d in
      d.set("Type", name: "XObject")
      d.set("Subtype", name: "Form")
      d.set("BBox", numbers: bbox)
      d.entry("Resources") { $0.raw(resourceBytes) }
      if let groupBytes { d.entry("Group") { $0.raw(groupBytes) } }
      for (key, value) in entries { d.entry(key) { $0.raw(value) } }
    }
    var annotations: [(name: String, placement: AffineTransform)] = []
    for annotation in AnnotationFlattening.printable(source.page, in: source.document) {
      guard let apRef = copier.reference(for: annotation.appearance, file: &file) else { continue }
      let apName = "Fm\(nextForm)"
      nextForm += 1
      resources.addXObject(name: apName, ref: apRef)
      annotations.append((apName, annotation.placement))
    }
    copiers[id] = copier
    return (name, annotations)
  }

  private static func append(_ text: String, to bytes: inout [UInt8]) { bytes.append(contentsOf: Array(text.utf8)) }

  private static func append(_ m: AffineTransform, to bytes: inout [UInt8]) {
    for v in [m.a, m.b, m.c, m.d, m.e, m.f] {
      ObjectCopier.appendReal(v, to: &bytes)
      bytes.append(0x20)
    }
    append("cm\n", to: &bytes)
  }
}
