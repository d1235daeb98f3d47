/// Reads the cross-reference data of a file and loads its indirect objects on demand.
///
/// Used only while a `PDFDocument` is being opened (the class is never shared across threads).
/// Repairs files the way mainstream readers do: offsets relative to a late `%PDF-` header,
/// wrong offsets (checked against the `n g obj` found there), and missing or unreadable
/// cross-reference data (rebuilt by scanning the whole file for `n g obj`).
final class ObjectLoader {
  let bytes: [UInt8]
  let budget: ReadBudget
  /// Byte offset of `%PDF-`; offsets may be relative to it.
  private(set) var headerOffset = 0
  private(set) var headerVersion = "1.4"
  private(set) var entries: [Int: XRefEntry] = [:]
  private(set) var trailer = PDFDictionary()
  private(set) var wasReconstructed = false
  private(set) var security: StandardSecurityHandler?
  private var encryptObjectNumber: Int?
  private var cache: [Int: PDFObject] = [:]
  private var loading: Set<Int> = []
  private var scanTable: [Int: Int]?
  private var objectStreams: [Int: ObjectStreamIndex] = [:]
  private var failedObjectStreams: Set<Int> = []

  init(bytes: [UInt8], budget: ReadBudget) {
    self.bytes = bytes
    self.budget = budget
  }

  private var limits: PDFReadLimits { budget.limits }

  // MARK: - Opening

  /// Finds the header, reads (or rebuilds) the cross-reference data and sets up decryption.
  func open() throws(PDFReadError) {
    readHeader()
    var usable = false
    do {
      if let start = findStartXRef() {
        try readXRefChain(from: start)
        usable = trailer["Root"] != nil && !entries.isEmpty
      }
    } catch let error {
      if !error.isRecoverable { throw error }
    }
    if !usable { try reconstruct() }
    try setUpSecurity()
    if wasReconstructed { try addObjectStreamMembersFromScan() }
    if catalogReference() == nil && !wasReconstructed {
      try reconstruct()
      try setUpSecurity()
      try addObjectStreamMembersFromScan()
    }
    if catalogReference() == nil {
      try findCatalogByType()
    }
  }

  private func readHeader() {
    let window = min(bytes.count, 1024 * 64)
    if let at = bytes.firstIndex(of: Array("%PDF-".utf8), from: 0, to: window) {
      headerOffset = at
      var version = ""
      var i = at + 5
      while i < bytes.count, version.count < 8, ByteClass.isDigit(bytes[i]) || bytes[i] == 0x2e {
        version.append(Character(Unicode.Scalar(bytes[i])))
        i += 1
      }
      if !version.isEmpty { headerVersion = version }
    }
  }

  /// Whether the file starts like a PDF (a `%PDF-` header in the first 64 KiB).
  var hasHeader: Bool { bytes.firstIndex(of: Array("%PDF-".utf8), from: 0, to: min(bytes.count, 1024 * 64)) != nil }

  private func findStartXRef() -> Int? {
    guard let at = bytes.lastIndex(of: Array("startxref".utf8)) else { return nil }
    var parser = ObjectParser(bytes: bytes, position: at + 9, budget: budget)
    parser.skipWhitespace()
    return parser.readUnsigned()
  }

  /// The catalog reference from the trailer, if it points at a dictionary.
  func catalogReference() -> PDFReference? {
    guard let ref = trailer["Root"]?.referenceValue else { return nil }
    guard let catalog = try? object(ref.number).dictionaryValue, catalog["Pages"] != nil else { return nil }
    return ref
  }

  // MARK: - Cross-reference sections

  private func readXRefChain(from start: Int) throws(PDFReadError) {
    var queue = [start]
    var visited: Set<Int> = []
    var isFirst = true
    while !queue.isEmpty {
      let offset = queue.removeFirst()
      guard visited.insert(offset).inserted else { continue }  // cyclic /Prev chain: stop following
      guard visited.count <= 4096 else { break }
      let section: PDFDictionary
      do {
        section = try readXRefSection(at: offset)
      } catch let error {
        if isFirst || !error.isRecoverable { throw error }
        continue  // a broken older section: keep what the newer ones said
      }
      isFirst = false
      for (key, value) in section.entries where trailer[key] == nil && key != "Prev" && key != "XRefStm" {
        trailer[key] = value
      }
      var next: [Int] = []
      if let stm = section["XRefStm"]?.integerValue, stm >= 0 { next.append(Int(stm)) }
      queue.insert(contentsOf: next, at: 0)
      if let prev = section["Prev"]?.integerValue, prev >= 0 { queue.append(Int(prev)) }
    }
  }

  /// Reads the section at `offset` (trying it relative to the header too); returns its trailer dictionary.
  private func readXRefSection(at offset: Int) throws(PDFReadError) -> PDFDictionary {
    var candidates = [offset]
    if headerOffset > 0 { candidates.append(offset + headerOffset) }
    var lastError = PDFReadError.malformed("no cross-reference section at byte \(offset)")
    for candidate in candidates where candidate >= 0 && candidate < bytes.count {
      var parser = ObjectParser(bytes: bytes, position: candidate, budget: budget)
      parser.skipWhitespace()
      if parser.consumeKeyword("xref") {
        return try readClassicSection(parser)
      }
      do {
        return try readXRefStream(at: candidate)
      } catch let error {
        if !error.isRecoverable { throw error }
        lastError = error
      }
    }
    throw lastError
  }

  private func readClassicSection(_ start: ObjectParser) throws(PDFReadError) -> PDFDictionary {
    var parser = start
    var newEntries: [Int: XRefEntry] = [:]
    while true {
      parser.skipWhitespace()
      if parser.consumeKeyword("trailer") { break }
      guard let first = parser.readUnsigned() else { throw .malformed("bad cross-reference subsection at byte \(parser.position)") }
      parser.skipWhitespace()
      guard let count = parser.readUnsigned() else { throw .malformed("bad cross-reference subsection at byte \(parser.position)") }
      for i in 0..<count {
        try budget.charge()
        parser.skipWhitespace()
        guard let offset = parser.readUnsigned() else { throw .malformed("bad cross-reference entry at byte \(parser.position)") }
        parser.skipWhitespace()
        guard parser.readUnsigned() != nil else { throw .malformed("bad cross-reference entry at byte \(parser.position)") }
        parser.skipWhitespace()
        let kind = parser.readToken()
        let number = first + i
        guard kind.count == 1 else { throw .malformed("bad cross-reference entry type at byte \(parser.position)") }
        if kind.first == 0x6e, number > 0, offset > 0, newEntries[number] == nil {
          newEntries[number] = .offset(offset)
        }
      }
    }
    let dictionary = try parser.parseObject().dictionaryValue
    guard let dictionary else { throw .malformed("trailer is not a dictionary at byte \(parser.position)") }
    try merge(newEntries)
    return dictionary
  }

  private func readXRefStream(at offset: Int) throws(PDFReadError) -> PDFDictionary {
    guard let (_, object) = try parseIndirectObject(at: offset, expected: nil, decrypting: false),
      case .stream(let stream) = object, stream.dictionary.type == "XRef"
    else { throw .malformed("no cross-reference section at byte \(offset)") }
    let dictionary = stream.dictionary
    let widths = (dictionary["W"]?.arrayValue ?? []).map { Int($0.integerValue ?? -1) }
    guard widths.count == 3, widths.allSatisfy({ (0...8).contains($0) }) else { throw .malformed("bad /W in cross-reference stream at byte \(offset)") }
    let size = Int(dictionary["Size"]?.integerValue ?? 0)
    guard size >= 0, size <= limits.maxObjects else { throw .tooManyObjects(limit: limits.maxObjects) }
    var ranges: [(Int, Int)] = []
    if let index = dictionary["Index"]?.arrayValue {
      var i = 0
      while i + 1 < index.count {
        ranges.append((Int(index[i].integerValue ?? 0), Int(index[i + 1].integerValue ?? 0)))
        i += 2
      }
    } else {
      ranges = [(0, size)]
    }
    let data = try StreamDecoder.decode(stream, resolve: { $0 }, budget: budget).bytes
    let rowWidth = widths.reduce(0, +)
    guard rowWidth > 0 else { throw .malformed("empty /W in cross-reference stream") }
    var position = 0
    var newEntries: [Int: XRefEntry] = [:]
    func field(_ width: Int, default value: Int) -> Int {
      guard width > 0 else { return value }
      var v = 0
      for _ in 0..<width {
        v = v << 8 | Int(data[position])
        position += 1
      }
      return v
    }
    outer: for (first, count) in ranges {
      guard first >= 0, count >= 0, first <= limits.maxObjects, count <= limits.maxObjects else { throw .tooManyObjects(limit: limits.maxObjects) }
      for i in 0..<count {
        guard position + rowWidth <= data.count else { break outer }
        try budget.charge()
        let type = field(widths[0], default: 1)
        let f2 = field(widths[1], default: 0)
        let f3 = field(widths[2], default: 0)
        let number = first + i
        guard number > 0, newEntries[number] == nil else { continue }
        switch type {
        case 1 where f2 > 0: newEntries[number] = .offset(f2)
        case 2: newEntries[number] = .compressed(stream: f2, index: f3)
        default: break
        }
      }
    }
    try merge(newEntries)
    return dictionary
  }

  /// Adds entries not already known (newer sections are read first, so first wins).
  private func merge(_ newEntries: [Int: XRefEntry]) throws(PDFReadError) {
    for (number, entry) in newEntries where entries[number] == nil { entries[number] = entry }
    guard entries.count <= limits.maxObjects else { throw .tooManyObjects(limit: limits.maxObjects) }
  }

  // MARK: - Reconstruction

  /// Every `n g obj` in the file (the last definition of a number wins).
  private func scan() throws(PDFReadError) -> [Int: Int] {
    if let scanTable { return scanTable }
    var table: [Int: Int] = [:]
    try budget.charge(bytes.count / 64)
    try bytes.withUnsafeBufferPointer { (b) throws(PDFReadError) in
      let n = b.count
      var i = 1
      while i + 3 <= n {
        // Look for "obj" preceded by whitespace and followed by a non-regular byte.
        guard b[i] == 0x6f, i + 2 < n, b[i + 1] == 0x62, b[i + 2] == 0x6a,
          i + 3 == n || !ByteClass.isRegular(b[i + 3]), ByteClass.isWhitespace(b[i - 1])
        else {
          i += 1
          continue
        }
        var j = i - 1
        while j >= 0 && ByteClass.isWhitespace(b[j]) { j -= 1 }
        let genEnd = j
        while j >= 0 && ByteClass.isDigit(b[j]) && genEnd - j < 5 { j -= 1 }
        guard j < genEnd, j >= 0, ByteClass.isWhitespace(b[j]) else { i += 3; continue }
        while j >= 0 && ByteClass.isWhitespace(b[j]) { j -= 1 }
        let numEnd = j
        while j >= 0 && ByteClass.isDigit(b[j]) && numEnd - j < 10 { j -= 1 }
        guard j < numEnd, j < 0 || !ByteClass.isRegular(b[j]) else { i += 3; continue }
        var number = 0
        for k in (j + 1)...numEnd { number = number * 10 + Int(b[k] - 0x30) }
        if number > 0 {
          table[number] = j + 1
          if table.count > limits.maxObjects { throw .tooManyObjects(limit: limits.maxObjects) }
        }
        i += 3
      }
    }
    scanTable = table
    return table
  }

  /// Rebuilds the cross-reference table and trailer from a scan of the whole file.
  private func reconstruct() throws(PDFReadError) {
    wasReconstructed = true
    let table = try scan()
    entries = table.mapValues { .offset($0) }
    cache.removeAll()
    var rebuilt = PDFDictionary()
    // Trailers, newest (last in the file) first.
    var trailers: [PDFDictionary] = []
    var searchEnd = bytes.count
    while let at = bytes.lastIndex(of: Array("trailer".utf8), before: searchEnd), trailers.count < 64 {
      var parser = ObjectParser(bytes: bytes, position: at + 7, budget: budget)
      if let dictionary = try? parser.parseObject().dictionaryValue { trailers.append(dictionary) }
      searchEnd = at
    }
    // Cross-reference stream dictionaries act as trailers too.
    for (number, offset) in table.sorted(by: { $0.value > $1.value }) where trailers.count < 128 {
      var parser = ObjectParser(bytes: bytes, position: offset, budget: budget)
      guard parser.readObjectHeader() != nil else { continue }
      parser.skipWhitespace()
      guard parser.position + 2 < bytes.count, bytes[parser.position] == 0x3c, bytes[parser.position + 1] == 0x3c else { continue }
      if let dictionary = try? parser.parseObject().dictionaryValue, dictionary.type == "XRef" {
        trailers.append(dictionary)
      }
      _ = number
    }
    for dictionary in trailers {
      for key in ["Root", "Info", "Encrypt", "ID"] where rebuilt[key] == nil {
        if let value = dictionary[key] { rebuilt[key] = value }
      }
    }
    trailer = rebuilt
  }

  /// After reconstruction: objects that live in object streams and were not found directly.
  private func addObjectStreamMembersFromScan() throws(PDFReadError) {
    guard let table = scanTable else { return }
    var added: [Int: XRefEntry] = [:]
    for (number, _) in table.sorted(by: { $0.value < $1.value }) {
      guard case .stream(let stream)? = try? object(number), stream.dictionary.type == "ObjStm" else { continue }
      guard let index = try objectStream(number) else { continue }
      for (i, member) in index.members.enumerated() where table[member.number] == nil {
        added[member.number] = .compressed(stream: number, index: i)
      }
    }
    for (number, entry) in added { entries[number] = entry }
    guard entries.count <= limits.maxObjects else { throw .tooManyObjects(limit: limits.maxObjects) }
  }

  /// Last resort: a dictionary with /Type /Catalog anywhere in the file becomes the root.
  private func findCatalogByType() throws(PDFReadError) {
    for number in entries.keys.sorted(by: >) {
      if let dictionary = try objectOrNull(number).dictionaryValue, dictionary.type == "Catalog", dictionary["Pages"] != nil {
        trailer["Root"] = .reference(PDFReference(number: number, generation: 0))
        return
      }
    }
  }

  // MARK: - Security

  private func setUpSecurity() throws(PDFReadError) {
    security = nil
    guard let encrypt = trailer["Encrypt"] else { return }
    encryptObjectNumber = encrypt.referenceValue?.number
    var dictionary: PDFDictionary
    if let ref = encrypt.referenceValue {
      guard let d = try objectOrNull(ref.number).dictionaryValue else { throw .unsupportedEncryption("unreadable /Encrypt dictionary") }
      dictionary = d
    } else if let d = encrypt.dictionaryValue {
      dictionary = d
    } else {
      return
    }
    for (key, value) in dictionary.entries {
      if let ref = value.referenceValue { dictionary[key] = try objectOrNull(ref.number) }
    }
    var firstID: [UInt8] = []
    if let id = trailer["ID"], let first = resolveShallow(id).arrayValue?.first { firstID = resolveShallow(first).stringValue ?? [] }
    security = try StandardSecurityHandler(encrypt: dictionary, firstID: firstID)
    cache.removeAll()  // anything read before decryption was set up must be read again
    objectStreams.removeAll()
    failedObjectStreams.removeAll()
  }

  /// Whether the file is encrypted.
  var isEncrypted: Bool { security != nil }

  // MARK: - Objects

  /// The object with `number`, or `.null` when it cannot be read; limit errors propagate.
  func objectOrNull(_ number: Int) throws(PDFReadError) -> PDFObject {
    do {
      return try object(number)
    } catch let error {
      if error.isRecoverable { return .null }
      throw error
    }
  }

  /// Follows a reference one level (no error: unreadable is `.null`).
  func resolveShallow(_ object: PDFObject) -> PDFObject {
    guard case .reference(let ref) = object else { return object }
    return (try? self.object(ref.number)) ?? .null
  }

  /// Follows references until a direct object, bounded by the depth limit.
  func resolve(_ object: PDFObject) throws(PDFReadError) -> PDFObject {
    var current = object
    var hops = 0
    while case .reference(let ref) = current {
      hops += 1
      guard hops <= limits.maxDepth else { throw .nestingTooDeep(limit: limits.maxDepth) }
      current = try objectOrNull(ref.number)
    }
    return current
  }

  /// Loads object `number` (cached). Self-references while loading read as `.null`.
  func object(_ number: Int) throws(PDFReadError) -> PDFObject {
    if let cached = cache[number] { return cached }
    guard !loading.contains(number) else { return .null }
    guard loading.count < limits.maxDepth else { throw .nestingTooDeep(limit: limits.maxDepth) }
    loading.insert(number)
    defer { loading.remove(number) }
    var result: PDFObject? = nil
    var triedOffset: Int? = nil
    switch entries[number] {
    case .offset(let offset):
      triedOffset = offset
      result = try loadDirect(number, at: offset)
      if result == nil && headerOffset > 0 { result = try loadDirect(number, at: offset + headerOffset) }
    case .compressed(let stream, let index):
      result = try loadCompressed(number, stream: stream, index: index)
    case nil:
      break
    }
    if result == nil {
      // Wrong offset or missing entry: fall back to where a scan finds "number g obj".
      if let offset = try scan()[number], offset != triedOffset { result = try loadDirect(number, at: offset) }
    }
    let value = result ?? .null
    cache[number] = value
    return value
  }

  private func loadDirect(_ number: Int, at offset: Int) throws(PDFReadError) -> PDFObject? {
    guard offset >= 0, offset < bytes.count else { return nil }
    do {
      guard let (_, object) = try parseIndirectObject(at: offset, expected: number, decrypting: true) else { return nil }
      return object
    } catch let error {
      if error.isRecoverable { return nil }
      throw error
    }
  }

  private func loadCompressed(_ number: Int, stream: Int, index: Int) throws(PDFReadError) -> PDFObject? {
    guard stream != number, let objectStream = try objectStream(stream) else { return nil }
    var offset: Int? = nil
    if index >= 0, index < objectStream.members.count, objectStream.members[index].number == number {
      offset = objectStream.members[index].offset
    } else {
      offset = objectStream.members.first(where: { $0.number == number })?.offset
    }
    guard let offset else { return nil }
    let start = objectStream.first + offset
    guard start >= 0, start < objectStream.data.count else { return nil }
    var parser = ObjectParser(bytes: objectStream.data, position: start, budget: budget)
    do {
      return try parser.parseObject()
    } catch let error {
      if error.isRecoverable { return nil }
      throw error
    }
  }

  /// The decoded index of object stream `number`, or `nil` if it is not a readable object stream.
  func objectStream(_ number: Int) throws(PDFReadError) -> ObjectStreamIndex? {
    if let cached = objectStreams[number] { return cached }
    if failedObjectStreams.contains(number) { return nil }
    failedObjectStreams.insert(number)
    guard case .stream(let stream) = try objectOrNull(number) else { return nil }
    let data: [UInt8]
    do {
      data = try StreamDecoder.decode(stream, resolve: { self.resolveShallow($0) }, budget: budget).bytes
    } catch let error {
      if error.isRecoverable { return nil }
      throw error
    }
    let count = Int(resolveShallow(stream.dictionary["N"] ?? .null).integerValue ?? 0)
    let first = Int(resolveShallow(stream.dictionary["First"] ?? .null).integerValue ?? 0)
    guard count >= 0, count <= limits.maxObjects, first >= 0, first <= data.count else { return nil }
    var parser = ObjectParser(bytes: data, position: 0, budget: budget)
    var members: [(number: Int, offset: Int)] = []
    for _ in 0..<count {
      try budget.charge()
      parser.skipWhitespace()
      guard let objectNumber = parser.readUnsigned() else { break }
      parser.skipWhitespace()
      guard let offset = parser.readUnsigned() else { break }
      members.append((objectNumber, offset))
    }
    let index = ObjectStreamIndex(data: data, first: first, members: members)
    objectStreams[number] = index
    failedObjectStreams.remove(number)
    return index
  }

  /// Parses `n g obj … endobj` at `offset`; `nil` if no object header (with the expected number) is there.
  private func parseIndirectObject(at offset: Int, expected: Int?, decrypting: Bool) throws(PDFReadError) -> (PDFReference, PDFObject)? {
    var parser = ObjectParser(bytes: bytes, position: offset, budget: budget)
    guard let ref = parser.readObjectHeader() else { return nil }
    if let expected, ref.number != expected { return nil }
    var object = try parser.parseObject()
    if case .dictionary(let dictionary) = object {
      let afterDictionary = parser.position
      parser.skipWhitespace()
      if parser.readToken().elementsEqual("stream".utf8) {
        var start = parser.position
        if start < bytes.count && bytes[start] == 0x0d { start += 1 }
        if start < bytes.count && bytes[start] == 0x0a { start += 1 }
        let data = try streamData(from: start, declaredLength: dictionary["Length"])
        object = .stream(PDFStream(dictionary: dictionary, encodedData: data))
      } else {
        parser.position = afterDictionary
      }
    }
    if decrypting, let security, ref.number != encryptObjectNumber {
      object = security.decryptObject(object, ref: ref)
    }
    return (ref, object)
  }

  /// The stream bytes from `start`: `/Length` bytes if `endstream` follows them, otherwise up to the next `endstream`.
  private func streamData(from start: Int, declaredLength: PDFObject?) throws(PDFReadError) -> [UInt8] {
    var length: Int? = nil
    if let declaredLength {
      if case .reference(let ref) = declaredLength {
        length = (try objectOrNull(ref.number)).integerValue.map { Int(clamping: $0) }
      } else {
        length = declaredLength.integerValue.map { Int(clamping: $0) }
      }
    }
    let endstream = Array("endstream".utf8)
    if let length, length >= 0, length <= bytes.count - start {
      var q = start + length
      while q < bytes.count && ByteClass.isWhitespace(bytes[q]) { q += 1 }
      if q + endstream.count <= bytes.count && bytes[q..<q + endstream.count].elementsEqual(endstream) {
        return Array(bytes[start..<start + length])
      }
    }
    guard let end = bytes.firstIndex(of: endstream, from: start) else {
      try budget.charge((bytes.count - start) / 64)
      throw .malformed("stream starting at byte \(start) has no endstream")
    }
    try budget.charge((end - start) / 64)
    var stop = end
    if stop > start && bytes[stop - 1] == 0x0a { stop -= 1 }
    if stop > start && bytes[stop - 1] == 0x0d { stop -= 1 }
    return Array(bytes[start..<stop])
  }

  /// Every object number the cross-reference data (or reconstruction) knows, ascending.
  var knownObjectNumbers: [Int] { entries.keys.sorted() }
}

extension PDFReadError {
  /// Damage a reader can work around (try another offset, rebuild, skip the object);
  /// limit and password errors are not recoverable.
  var isRecoverable: Bool {
    switch self {
    case .malformed, .corruptStream, .unsupportedFilter, .notAPDF: true
    default: false
    }
  }
}
