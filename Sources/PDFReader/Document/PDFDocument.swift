/// A PDF file opened for reading: objects, pages and metadata (ISO 32000-1/-2).
///
/// Opening parses the cross-reference data (repairing it when needed), decrypts files that open
/// with the empty user password, loads every indirect object, walks the page tree and decodes
/// page contents, all under `PDFReadLimits`. The result is an immutable value.
///
/// ```swift
/// let document = try PDFDocument(data: bytes)
/// let page = document.page(at: 0)
/// print(page.cropBox, page.rotation)
/// ```
public struct PDFDocument: Sendable {
  /// The PDF version: the header's, or the catalog's /Version when that is later.
  public let version: String
  /// The trailer dictionary (merged over all revisions, newest first; rebuilt for repaired files).
  public let trailer: PDFDictionary
  /// The document catalog.
  public let catalog: PDFDictionary
  /// The document information dictionary, if any.
  public let info: PDFDictionary?
  /// Whether the file was encrypted (and decrypted with the empty user password).
  public let isEncrypted: Bool
  /// Whether the file was damaged and its cross-reference data had to be rebuilt by scanning.
  public let wasRepaired: Bool
  /// Whether the document carries a digital signature (AcroForm /SigFlags bit 1, or a signed /Sig field).
  public let isSigned: Bool
  /// The files in the catalog's /EmbeddedFiles name tree, in tree order.
  public let embeddedFiles: [PDFEmbeddedFile]
  /// The pages in document order.
  public let pages: [PDFPage]
  /// The limits the document was opened with (also used by `decodedStreamData(_:)`).
  public let limits: PDFReadLimits
  private let objects: [Int: PDFObject]

  /// Opens a PDF file.
  ///
  /// - Parameters:
  ///   - data: the whole file.
  ///   - limits: resource limits for untrusted input.
  /// - Throws: `PDFReadError`: `notAPDF`, `malformed` (no catalog or page tree), `passwordRequired`,
  ///   `unsupportedEncryption`, or a limit case.
  /// - Complexity: O(file size + decoded page contents).
  public init(data: [UInt8], limits: PDFReadLimits = .default) throws(PDFReadError) {
    let budget = ReadBudget(limits: limits)
    let loader = ObjectLoader(bytes: data, budget: budget)
    try loader.open()
    guard let rootRef = loader.catalogReference() else {
      if !loader.hasHeader && loader.knownObjectNumbers.isEmpty { throw .notAPDF }
      throw .malformed("no document catalog with a page tree")
    }
    guard let catalog = try loader.objectOrNull(rootRef.number).dictionaryValue else {
      throw .malformed("the document catalog is not a dictionary")
    }
    // Load every object so the document is an immutable value.
    var objects: [Int: PDFObject] = [:]
    for number in loader.knownObjectNumbers {
      let object = try loader.objectOrNull(number)
      if !object.isNull { objects[number] = object }
    }
    self.objects = objects
    self.catalog = catalog
    self.limits = limits
    self.trailer = loader.trailer
    self.isEncrypted = loader.isEncrypted
    self.wasRepaired = loader.wasReconstructed
    self.info = try loader.resolve(loader.trailer["Info"] ?? .null).dictionaryValue
    var version = loader.headerVersion
    if let catalogVersion = try loader.resolve(catalog["Version"] ?? .null).nameValue,
      PDFDocument.versionNumber(catalogVersion) > PDFDocument.versionNumber(version)
    {
      version = catalogVersion
    }
    self.version = version
    let walker = PageTreeWalker(loader: loader, budget: budget)
    self.pages = try walker.pages(root: catalog["Pages"] ?? .null)
    self.isSigned = try PDFDocument.hasSignature(catalog: catalog, loader: loader)
    self.embeddedFiles = try PDFDocument.embeddedFiles(catalog: catalog, loader: loader)
  }

  /// Opens `data` and reports its page count, or the error that prevents reading it.
  public static func inspect(data: [UInt8], limits: PDFReadLimits = .default) -> PDFInspection {
    do {
      let document = try PDFDocument(data: data, limits: limits)
      return .readable(pageCount: document.pageCount, isEncrypted: document.isEncrypted)
    } catch {
      return .unreadable(error)
    }
  }

  /// The number of pages.
  public var pageCount: Int { pages.count }

  /// The page at `index` (0-based).
  /// - Precondition: `0 <= index < pageCount`.
  public func page(at index: Int) -> PDFPage {
    precondition(pages.indices.contains(index), "page index \(index) out of range 0..<\(pages.count)")
    return pages[index]
  }

  /// The object `ref` refers to (matched by object number), or `.null`.
  public func resolve(_ ref: PDFReference) -> PDFObject { objects[ref.number] ?? .null }

  /// `object` itself, or what it refers to when it is a reference (following chains up to the depth limit).
  public func resolve(_ object: PDFObject) -> PDFObject {
    var current = object
    var hops = 0
    while case .reference(let ref) = current, hops < limits.maxDepth {
      current = resolve(ref)
      hops += 1
    }
    return current.referenceValue == nil ? current : .null
  }

  /// Every object number that has an object, ascending.
  public var objectNumbers: [Int] { objects.keys.sorted() }

  /// Applies the stream's filters.
  ///
  /// Image codecs (DCT, JPX, CCITT, JBIG2) are not decoded: the result then holds the data
  /// encoded by them and lists them in `passThroughFilters`.
  /// - Throws: `unsupportedFilter`, `corruptStream`, `streamTooLarge` or `workBudgetExceeded`.
  public func decodedStreamData(_ stream: PDFStream) throws(PDFReadError) -> PDFStreamData {
    try StreamDecoder.decode(stream, resolve: { resolve($0) }, budget: ReadBudget(limits: limits), countsTowardTotal: false)
  }

  static func versionNumber(_ text: String) -> Int {
    let parts = text.split(separator: ".")
    let major = Int(parts.first ?? "") ?? 0
    let minor = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    return major * 100 + minor
  }

  private static func hasSignature(catalog: PDFDictionary, loader: ObjectLoader) throws(PDFReadError) -> Bool {
    guard let form = try loader.resolve(catalog["AcroForm"] ?? .null).dictionaryValue else { return false }
    if let flags = try loader.resolve(form["SigFlags"] ?? .null).integerValue, flags & 1 != 0 { return true }
    var stack: [(PDFObject, Int)] = (try loader.resolve(form["Fields"] ?? .null).arrayValue ?? []).map { ($0, 0) }
    var seen: Set<Int> = []
    var visited = 0
    while let (item, depth) = stack.popLast() {
      visited += 1
      guard visited <= 100_000, depth <= loader.budget.limits.maxDepth else { break }
      if let ref = item.referenceValue, !seen.insert(ref.number).inserted { continue }
      guard let field = try loader.resolve(item).dictionaryValue else { continue }
      if field["FT"]?.nameValue == "Sig", field["V"] != nil { return true }
      for kid in try loader.resolve(field["Kids"] ?? .null).arrayValue ?? [] { stack.append((kid, depth + 1)) }
    }
    return false
  }

  private static func embeddedFiles(catalog: PDFDictionary, loader: ObjectLoader) throws(PDFReadError) -> [PDFEmbeddedFile] {
    guard let names = try loader.resolve(catalog["Names"] ?? .null).dictionaryValue,
      let root = try loader.resolve(names["EmbeddedFiles"] ?? .null).dictionaryValue
    else { return [] }
    var result: [PDFEmbeddedFile] = []
    var seen: Set<Int> = []
    func walk(_ node: PDFDictionary, depth: Int) throws(PDFReadError) {
      guard depth <= loader.budget.limits.maxDepth else { throw .nestingTooDeep(limit: loader.budget.limits.maxDepth) }
      try loader.budget.charge()
      if let pairs = try loader.resolve(node["Names"] ?? .null).arrayValue {
        var i = 0
        while i + 1 < pairs.count {
          let key = try loader.resolve(pairs[i]).stringValue.map(PDFTextString.decode) ?? ""
          let spec = try loader.resolve(pairs[i + 1]).dictionaryValue
          let fileNameObject = try loader.resolve(spec?["UF"] ?? spec?["F"] ?? .null)
          let fileName = fileNameObject.stringValue.map(PDFTextString.decode) ?? key
          let ef = try loader.resolve(spec?["EF"] ?? .null).dictionaryValue
          let stream = (ef?["F"] ?? ef?["UF"])?.referenceValue
          result.append(PDFEmbeddedFile(name: key, fileName: fileName, stream: stream))
          i += 2
        }
      }
      for kid in try loader.resolve(node["Kids"] ?? .null).arrayValue ?? [] {
        if let ref = kid.referenceValue, !seen.insert(ref.number).inserted { continue }
        if let child = try loader.resolve(kid).dictionaryValue { try walk(child, depth: depth + 1) }
      }
    }
    try walk(root, depth: 0)
    return result
  }
}
