/// Writes a whole PDF file: header, indirect objects, cross-reference data and trailer.
///
/// Objects are numbered by `allocateRef()` in call order. In compressed mode, non-stream objects
/// are packed into object streams and the file ends with a cross-reference stream (PDF 1.5+);
/// otherwise each object is written plainly and a classic `xref` table follows.
///
/// Complexity: every write appends to one growing buffer; `finish` is linear in the file size.
public struct PDFFileWriter {
  /// How the file is serialized.
  public let settings: PDFSettings
  private var bytes: [UInt8] = []
  private var nextNumber = 1
  private var entries: [CrossReferenceEntry] = [.free]
  // Pending non-stream objects for the next object stream (compressed mode only).
  private var pendingBody: [UInt8] = []
  private var pendingObjects: [(number: Int, offset: Int)] = []
  private let compressor: FlateCompressor

  enum CrossReferenceEntry {
    case free
    case offset(Int)
    case compressed(stream: Int, index: Int)
  }

  /// Starts a file with the header `%PDF-<version>` and a binary comment line (PDF/A requires
  /// four bytes above 127 there).
  public init(settings: PDFSettings = PDFSettings(), version: String = "1.7", reservingCapacity capacity: Int = 1 << 16) {
    self.settings = settings
    compressor = FlateCompressor(level: settings.compressionLevel)
    bytes.reserveCapacity(capacity)
    PDFSyntax.appendASCII("%PDF-", to: &bytes)
    bytes.append(contentsOf: Array(version.utf8))
    bytes.append(0x0A)
    bytes.append(contentsOf: [0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A])
  }

  /// Every byte written so far: the header and the objects written out (objects still waiting
  /// for an object stream are not). The body `finish` hands to `makeIdentifier` starts with
  /// these bytes, so a caller may hash them early (e.g. on another thread).
  public var writtenBytes: [UInt8] { bytes }

  /// Reserves the next object number.
  public mutating func allocateRef() -> PDFRef {
    defer { nextNumber += 1 }
    return PDFRef(nextNumber)
  }

  /// The number of objects allocated so far.
  public var allocatedCount: Int { nextNumber - 1 }

  /// Writes a non-stream object whose value `body` writes.
  public mutating func writeObject(_ ref: PDFRef, _ body: (inout PDFValueWriter) -> Void) {
    if settings.isCompressed {
      let offset = pendingBody.count
      var value = PDFValueWriter(bytes: [], level: 0, isPretty: settings.isPretty)
      swap(&value.bytes, &pendingBody)
      body(&value)
      swap(&value.bytes, &pendingBody)
      pendingBody.append(0x0A)
      pendingObjects.append((ref.number, offset))
      if pendingObjects.count >= settings.objectsPerStream { flushObjectStream() }
    } else {
      beginObject(ref)
      var value = PDFValueWriter(bytes: [], level: 0, isPretty: settings.isPretty)
      swap(&value.bytes, &bytes)
      body(&value)
      swap(&value.bytes, &bytes)
      PDFSyntax.appendASCII("\nendobj\n", to: &bytes)
    }
  }

  /// Writes a dictionary object.
  public mutating func writeDictionary(_ ref: PDFRef, _ body: (inout PDFDictionaryWriter) -> Void) {
    writeObject(ref) { $0.dictionary(body) }
  }

  /// Writes a stream object: `body` writes the stream dictionary's own entries; `/Length` and
  /// `/Filter` are added here.
  public mutating func writeStream(
    _ ref: PDFRef, data: [UInt8], filter: PDFStreamFilter = .automatic,
    _ body: (inout PDFDictionaryWriter) -> Void = { _ in }
  ) {
    var payload = data
    var filterName: String?
    switch filter {
    case .automatic:
      if settings.isCompressed, let compressed = compress(data),
        compressed.count < data.count
      {
        payload = compressed
        filterName = "FlateDecode"
      }
    case .none: break
    case .encoded(let name): filterName = name
    }
    beginObject(ref)
    var dictionary = PDFDictionaryWriter(bytes: [], level: 0, isPretty: settings.isPretty)
    swap(&dictionary.bytes, &bytes)
    dictionary.begin()
    body(&dictionary)
    if let filterName { dictionary.set("Filter", name: filterName) }
    dictionary.set("Length", integer: payload.count)
    dictionary.end()
    swap(&dictionary.bytes, &bytes)
    PDFSyntax.appendASCII("\nstream\n", to: &bytes)
    bytes.append(contentsOf: payload)
    PDFSyntax.appendASCII("\nendstream\nendobj\n", to: &bytes)
  }

  /// Flate-compresses `data` with the writer's reusable stream at the configured level.
  public func compress(_ data: [UInt8]) -> [UInt8]? {
    compressor.compress(data) ?? Flate.compress(data, level: settings.compressionLevel)
  }

  private mutating func beginObject(_ ref: PDFRef) {
    record(ref.number, .offset(bytes.count))
    PDFSyntax.appendInteger(Int64(ref.number), to: &bytes)
    PDFSyntax.appendASCII(" 0 obj\n", to: &bytes)
  }

  private mutating func record(_ number: Int, _ entry: CrossReferenceEntry) {
    while entries.count <= number { entries.append(.free) }
    entries[number] = entry
  }

  private mutating func flushObjectStream() {
    guard !pendingObjects.isEmpty else { return }
    let stream = allocateRef()
    var header: [UInt8] = []
    for (index, object) in pendingObjects.enumerated() {
      if index > 0 { header.append(0x20) }
      PDFSyntax.appendInteger(Int64(object.number), to: &header)
      header.append(0x20)
      PDFSyntax.appendInteger(Int64(object.offset), to: &header)
      record(object.number, .compressed(stream: stream.number, index: index))
    }
    header.append(0x0A)
    let count = pendingObjects.count
    let first = header.count
    header.append(contentsOf: pendingBody)
    pendingBody.removeAll(keepingCapacity: true)
    pendingObjects.removeAll(keepingCapacity: true)
    writeStream(stream, data: header) { d in
      d.set("Type", name: "ObjStm")
      d.set("N", integer: count)
      d.set("First", integer: first)
    }
  }

  /// Finishes the file and returns its bytes.
  ///
  /// - Parameters:
  ///   - root: the document catalog.
  ///   - info: the document information dictionary, if any.
  ///   - makeIdentifier: given every byte written so far (all objects), returns the file
  ///     identifier written twice as `/ID` (use a content hash for reproducible output), or nil
  ///     to omit `/ID`.
  public consuming func finish(root: PDFRef, info: PDFRef?, makeIdentifier: ([UInt8]) -> [UInt8]?) -> [UInt8] {
    flushObjectStream()
    let identifier = makeIdentifier(bytes)
    if settings.isCompressed {
      writeCrossReferenceStream(root: root, info: info, identifier: identifier)
    } else {
      writeCrossReferenceTable(root: root, info: info, identifier: identifier)
    }
    return bytes
  }

  private static func writeTrailerEntries(_ d: inout PDFDictionaryWriter, size: Int, root: PDFRef, info: PDFRef?, identifier: [UInt8]?) {
    d.set("Size", integer: size)
    d.set("Root", reference: root)
    if let info { d.set("Info", reference: info) }
    if let identifier {
      d.entry("ID") { v in v.array { a in a.element { $0.hexString(identifier) }; a.element { $0.hexString(identifier) } } }
    }
  }

  private mutating func writeCrossReferenceTable(root: PDFRef, info: PDFRef?, identifier: [UInt8]?) {
    while entries.count < nextNumber { entries.append(.free) }
    let start = bytes.count
    PDFSyntax.appendASCII("xref\n0 ", to: &bytes)
    PDFSyntax.appendInteger(Int64(entries.count), to: &bytes)
    bytes.append(0x0A)
    for (number, entry) in entries.enumerated() {
      switch entry {
      case .offset(let offset):
        appendPadded(offset, width: 10)
        PDFSyntax.appendASCII(" 00000 n\r\n", to: &bytes)
      case .free, .compressed:
        // Compressed entries cannot occur here: object streams exist only in compressed mode.
        PDFSyntax.appendASCII("0000000000 ", to: &bytes)
        PDFSyntax.appendASCII(number == 0 ? "65535 f\r\n" : "00000 f\r\n", to: &bytes)
      }
    }
    PDFSyntax.appendASCII("trailer\n", to: &bytes)
    var d = PDFDictionaryWriter(bytes: [], level: 0, isPretty: settings.isPretty)
    swap(&d.bytes, &bytes)
    d.begin()
    Self.writeTrailerEntries(&d, size: entries.count, root: root, info: info, identifier: identifier)
    d.end()
    swap(&d.bytes, &bytes)
    PDFSyntax.appendASCII("\nstartxref\n", to: &bytes)
    PDFSyntax.appendInteger(Int64(start), to: &bytes)
    PDFSyntax.appendASCII("\n%%EOF\n", to: &bytes)
  }

  private mutating func appendPadded(_ value: Int, width: Int) {
    var digits: [UInt8] = []
    PDFSyntax.appendInteger(Int64(value), to: &digits)
    for _ in digits.count..<width { bytes.append(0x30) }
    bytes.append(contentsOf: digits)
  }

  private mutating func writeCrossReferenceStream(root: PDFRef, info: PDFRef?, identifier: [UInt8]?) {
    let xref = allocateRef()
    let start = bytes.count
    record(xref.number, .offset(start))
    while entries.count < nextNumber { entries.append(.free) }
    var offsetWidth = 1
    while (1 << (8 * offsetWidth)) <= max(start, entries.count) { offsetWidth += 1 }
    let rowLength = 1 + offsetWidth + 2
    // Rows are PNG-Up predicted (a filter-type byte per row), which makes the offsets compress well.
    var rows: [UInt8] = []
    rows.reserveCapacity(entries.count * (rowLength + 1))
    var previous = [UInt8](repeating: 0, count: rowLength)
    var row = [UInt8](repeating: 0, count: rowLength)
    for entry in entries {
      let (type, field2, field3): (UInt8, Int, Int)
      switch entry {
      case .free: (type, field2, field3) = (0, 0, 0)
      case .offset(let offset): (type, field2, field3) = (1, offset, 0)
      case .compressed(let stream, let index): (type, field2, field3) = (2, stream, index)
      }
      row[0] = type
      for i in 0..<offsetWidth { row[1 + i] = UInt8(truncatingIfNeeded: field2 >> (8 * (offsetWidth - 1 - i))) }
      row[rowLength - 2] = UInt8(truncatingIfNeeded: field3 >> 8)
      row[rowLength - 1] = UInt8(truncatingIfNeeded: field3)
      rows.append(2)
      for i in 0..<rowLength { rows.append(row[i] &- previous[i]) }
      swap(&row, &previous)
    }
    // Entry 0 is the head of the free list with generation 65535.
    rows[rowLength - 1] = 0xFF
    rows[rowLength] = 0xFF
    // Re-predict row 1 against the corrected row 0.
    if entries.count > 1 {
      let base = rowLength + 1
      rows[base + rowLength - 1] = rows[base + rowLength - 1] &- 0xFF
      rows[base + rowLength] = rows[base + rowLength] &- 0xFF
    }
    let size = entries.count
    let compressed = compress(rows)
    writeStream(xref, data: compressed ?? rows, filter: compressed == nil ? .none : .encoded(name: "FlateDecode")) { d in
      d.set("Type", name: "XRef")
      d.entry("W") { v in v.array { a in a.integer(1); a.integer(offsetWidth); a.integer(2) } }
      d.dictionary("DecodeParms") { p in p.set("Predictor", integer: 12); p.set("Columns", integer: rowLength) }
      Self.writeTrailerEntries(&d, size: size, root: root, info: info, identifier: identifier)
    }
    PDFSyntax.appendASCII("startxref\n", to: &bytes)
    PDFSyntax.appendInteger(Int64(start), to: &bytes)
    PDFSyntax.appendASCII("\n%%EOF\n", to: &bytes)
  }
}
