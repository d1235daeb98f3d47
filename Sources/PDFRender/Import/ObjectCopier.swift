import PDFReader
import PDFWriter

/// Deep-copies objects of one source file into the output file.
///
/// Each source object is copied at most once (a reference map from source object number to
/// output reference), so resources shared by several pages are written once and reference
/// cycles end. References to page-tree nodes are cut (written as `null`), as are the keys that
/// tie an object to the source's page tree or structure tree (/Parent, /StructParent(s),
/// /PieceInfo). LZW-compressed streams are re-encoded with Flate (PDF/A forbids LZW).
struct ObjectCopier {
  let document: PDFDocument
  /// Writes embedded replacements for non-embedded standard fonts (shared by all source files).
  let fonts: StandardFontReplacement
  private var map: [Int: PDFRef] = [:]
  private var pending: [Int] = []
  private var nextPending = 0

  /// Keys dropped from every copied dictionary.
  static let droppedKeys: Set<String> = ["Parent", "StructParent", "StructParents", "PieceInfo"]

  init(document: PDFDocument, fonts: StandardFontReplacement) {
    self.document = document
    self.fonts = fonts
  }

  /// The number of source objects copied (or queued) so far.
  var copiedCount: Int { map.count }

  /// The output reference for source object `ref`, queuing it for copying on first use; nil
  /// when the object is missing or a page-tree node.
  mutating func reference(for ref: PDFReference, file: inout PDFFileWriter) -> PDFRef? {
    if let known = map[ref.number] { return known }
    let target = document.resolve(ref)
    if target.isNull { return nil }
    if let type = target.dictionaryValue?.type, type == "Page" || type == "Pages" || type == "Catalog" { return nil }
    let out = file.allocateRef()
    map[ref.number] = out
    pending.append(ref.number)
    return out
  }

  /// Appends `object` in PDF syntax, mapping references (queuing their targets).
  mutating func serialize(_ object: PDFObject, into bytes: inout [UInt8], file: inout PDFFileWriter, depth: Int = 0) {
    guard depth <= document.limits.maxDepth else { PDFSyntax.appendASCII("null", to: &bytes); return }
    switch object {
    case .null, .stream:
      PDFSyntax.appendASCII("null", to: &bytes)
    case .boolean(let v):
      if v { PDFSyntax.appendASCII("true", to: &bytes) } else { PDFSyntax.appendASCII("false", to: &bytes) }
    case .integer(let v):
      PDFSyntax.appendInteger(v, to: &bytes)
    case .real(let v):
      Self.appendReal(v, to: &bytes)
    case .string(let s):
      PDFSyntax.appendLiteralString(s, to: &bytes)
    case .name(let n):
      PDFSyntax.appendName(n, to: &bytes)
    case .array(let items):
      bytes.append(0x5B)
      for (i, item) in items.enumerated() {
        if i > 0 { bytes.append(0x20) }
        serialize(item, into: &bytes, file: &file, depth: depth + 1)
      }
      bytes.append(0x5D)
    case .dictionary(let d):
      if d.type == "Font", StandardFontReplacement.canReplace(d, in: document) {
        // A direct font dictionary: its replacement becomes a new indirect object.
        let ref = file.allocateRef()
        let toUnicode = copiedToUnicode(of: d, file: &file)
        fonts.write(d, as: ref, document: document, toUnicode: toUnicode, file: &file)
        PDFSyntax.appendInteger(Int64(ref.number), to: &bytes)
        PDFSyntax.appendASCII(" 0 R", to: &bytes)
      } else {
        serialize(d, skipping: [], into: &bytes, file: &file, depth: depth)
      }
    case .reference(let ref):
      if let out = reference(for: ref, file: &file) {
        PDFSyntax.appendInteger(Int64(out.number), to: &bytes)
        PDFSyntax.appendASCII(" 0 R", to: &bytes)
      } else {
        PDFSyntax.appendASCII("null", to: &bytes)
      }
    }
  }

  /// Appends a dictionary without the dropped keys and without `skipping`.
  mutating func serialize(
    _ d: PDFDictionary, skipping: Set<String>, into bytes: inout [UInt8], file: inout PDFFileWriter, depth: Int
  ) {
    PDFSyntax.appendASCII("<<", to: &bytes)
    for (key, value) in d.entries where !Self.droppedKeys.contains(key) && !skipping.contains(key) {
      PDFSyntax.appendName(key, to: &bytes)
      bytes.append(0x20)
      serialize(value, into: &bytes, file: &file, depth: depth + 1)
      bytes.append(0x20)
    }
    PDFSyntax.appendASCII(">>", to: &bytes)
  }

  /// Writes every queued object, including those queued while writing.
  mutating func flush(file: inout PDFFileWriter) {
    while nextPending < pending.count {
      let number = pending[nextPending]
      nextPending += 1
      guard let out = map[number] else { continue }
      let object = document.resolve(PDFReference(number: number, generation: 0))
      if case .stream(let stream) = object {
        writeStream(stream, as: out, file: &file)
      } else if case .dictionary(let d) = object, d.type == "Font", StandardFontReplacement.canReplace(d, in: document) {
        let toUnicode = copiedToUnicode(of: d, file: &file)
        fonts.write(d, as: out, document: document, toUnicode: toUnicode, file: &file)
      } else {
        var bytes: [UInt8] = []
        serialize(object, into: &bytes, file: &file)
        file.writeObject(out) { $0.raw(bytes) }
      }
    }
  }

  /// The serialized reference to the copy of `font`'s /ToUnicode stream, or nil when it has none.
  private mutating func copiedToUnicode(of font: PDFDictionary, file: inout PDFFileWriter) -> [UInt8]? {
    guard case .reference(let ref)? = font["ToUnicode"], case .stream = document.resolve(ref),
      let out = reference(for: ref, file: &file)
    else { return nil }
    var bytes: [UInt8] = []
    PDFSyntax.appendInteger(Int64(out.number), to: &bytes)
    PDFSyntax.appendASCII(" 0 R", to: &bytes)
    return bytes
  }

  private mutating func writeStream(_ stream: PDFStream, as out: PDFRef, file: inout PDFFileWriter) {
    let filters = document.resolve(stream.dictionary["Filter"] ?? .null)
    let names = filters.nameValue.map { [$0] } ?? (filters.arrayValue ?? []).compactMap { document.resolve($0).nameValue }
    var data = stream.encodedData
    var skipped: Set<String> = ["Length"]
    var filter = PDFStreamFilter.none
    if names.contains("LZWDecode") || names.contains("LZW"),
      let decoded = try? document.decodedStreamData(stream), decoded.passThroughFilters.isEmpty
    {
      data = decoded.bytes
      skipped.formUnion(["Filter", "DecodeParms", "DL"])
      filter = .automatic
    }
    let entries = serializedEntries(stream.dictionary, skipping: skipped, file: &file)
    file.writeStream(out, data: data, filter: filter) { d in
      for (key, value) in entries { d.entry(key) { $0.raw(value) } }
    }
  }

  /// Each entry's key and serialized value, without the dropped keys and `skipping`.
  mutating func serializedEntries(
    _ d: PDFDictionary, skipping: Set<String>, file: inout PDFFileWriter
  ) -> [(key: String, value: [UInt8])] {
    var result: [(key: String, value: [UInt8])] = []
    for (key, value) in d.entries where !Self.droppedKeys.contains(key) && !skipping.contains(key) {
      var bytes: [UInt8] = []
      serialize(value, into: &bytes, file: &file, depth: 1)
      result.append((key, bytes))
    }
    return result
  }

  /// A real number with up to 6 decimals (locale-free; PDF has no exponent syntax).
  static func appendReal(_ value: Double, to bytes: inout [UInt8]) {
    guard value.isFinite else { PDFSyntax.appendASCII("0", to: &bytes); return }
    let clamped = max(-1e12, min(1e12, value))
    PDFSyntax.appendDecimal(Int64((clamped * 1_000_000).rounded()), fractionDigits: 6, to: &bytes)
  }
}
