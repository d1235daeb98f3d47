/// Walks the page tree (ISO 32000-1 §7.7.3) applying inherited attributes.
struct PageTreeWalker {
  let loader: ObjectLoader
  let budget: ReadBudget

  /// Attributes a page inherits from its ancestors.
  private struct Inherited {
    var mediaBox: PDFRectangle?
    var cropBox: PDFRectangle?
    var rotation: Int64?
    var resources: PDFDictionary?
  }

  /// All pages under `root`.
  /// - Throws: `malformed` when the tree refers back to one of its own nodes or has no pages.
  func pages(root: PDFObject) throws(PDFReadError) -> [PDFPage] {
    guard try loader.resolve(root).dictionaryValue != nil else { throw .malformed("the catalog has no /Pages dictionary") }
    var pages: [PDFPage] = []
    var onPath: Set<Int> = []
    var seen: Set<Int> = []
    try walk(root, inherited: Inherited(), depth: 0, onPath: &onPath, seen: &seen, into: &pages)
    guard !pages.isEmpty else { throw .malformed("the page tree has no pages") }
    return pages
  }

  private func walk(
    _ nodeObject: PDFObject, inherited: Inherited, depth: Int, onPath: inout Set<Int>, seen: inout Set<Int>, into pages: inout [PDFPage]
  ) throws(PDFReadError) {
    guard depth <= budget.limits.maxDepth else { throw .nestingTooDeep(limit: budget.limits.maxDepth) }
    try budget.charge()
    let ref = nodeObject.referenceValue
    if let ref {
      guard !onPath.contains(ref.number) else { throw .malformed("the page tree refers back to its own node \(ref.number) 0 R") }
      guard seen.insert(ref.number).inserted else { return }  // the same page listed twice: keep the first
    }
    guard let node = try loader.resolve(nodeObject).dictionaryValue else { return }
    var attributes = inherited
    if let box = try rectangle(node["MediaBox"]) { attributes.mediaBox = box }
    if let box = try rectangle(node["CropBox"]) { attributes.cropBox = box }
    if let rotate = try loader.resolve(node["Rotate"] ?? .null).integerValue { attributes.rotation = rotate }
    if let resources = try loader.resolve(node["Resources"] ?? .null).dictionaryValue { attributes.resources = resources }

    let kids = try loader.resolve(node["Kids"] ?? .null).arrayValue
    if node.type == "Pages" || (node.type != "Page" && kids != nil) {
      if let ref { onPath.insert(ref.number) }
      for kid in kids ?? [] {
        try walk(kid, inherited: attributes, depth: depth + 1, onPath: &onPath, seen: &seen, into: &pages)
      }
      if let ref { onPath.remove(ref.number) }
      return
    }
    pages.append(try makePage(node, reference: ref, attributes: attributes, index: pages.count))
  }

  private func makePage(_ node: PDFDictionary, reference: PDFReference?, attributes: Inherited, index: Int) throws(PDFReadError) -> PDFPage {
    let mediaBox = attributes.mediaBox ?? .letter
    let cropBox = attributes.cropBox.flatMap { $0.intersection(mediaBox) } ?? mediaBox
    var rotation = Int((attributes.rotation ?? 0) % 360)
    if rotation < 0 { rotation += 360 }
    if rotation % 90 != 0 { rotation = 0 }
    var contents: [UInt8] = []
    let contentObject = try loader.resolve(node["Contents"] ?? .null)
    let parts: [PDFObject] = contentObject.arrayValue ?? [contentObject]
    for part in parts.prefix(100_000) {
      guard case .stream(let stream) = try loader.resolve(part) else { continue }
      do {
        let decoded = try StreamDecoder.decode(stream, resolve: { loader.resolveShallow($0) }, budget: budget)
        if !contents.isEmpty { contents.append(0x0a) }
        contents += decoded.bytes
      } catch let error {
        if !error.isRecoverable { throw error }  // a damaged content stream is skipped, as viewers do
      }
    }
    var annotations: [PDFDictionary] = []
    for annotation in try loader.resolve(node["Annots"] ?? .null).arrayValue ?? [] {
      try budget.charge()
      if let dictionary = try loader.resolve(annotation).dictionaryValue { annotations.append(dictionary) }
    }
    return PDFPage(
      index: index, reference: reference, dictionary: node, mediaBox: mediaBox, cropBox: cropBox, rotation: rotation,
      resources: attributes.resources ?? PDFDictionary(), contents: contents, annotations: annotations)
  }

  /// A box from an array of four numbers, or `nil` when absent, malformed or empty.
  private func rectangle(_ object: PDFObject?) throws(PDFReadError) -> PDFRectangle? {
    guard let object, let items = try loader.resolve(object).arrayValue, items.count == 4 else { return nil }
    var values: [Double] = []
    for item in items {
      guard let v = try loader.resolve(item).numberValue else { return nil }
      values.append(v)
    }
    let box = PDFRectangle(points: values[0], values[1], values[2], values[3])
    guard box.width > 0, box.height > 0 else { return nil }
    return box
  }
}
