import PDFReader

/// Walks what imported pages draw (resources and annotation appearances) and lists what would
/// break PDF/A-2b, marking what the copy repairs.
enum ImportAudit {
  /// Most objects visited per file; beyond this the walk stops (the copy itself is bounded by
  /// the reader's limits).
  static let maximumVisits = 200_000

  static func findings(_ document: PDFDocument) -> [ImportFinding] {
    var result: [ImportFinding] = []
    if document.isEncrypted { result.append(ImportFinding(objectNumber: nil, kind: .encryption, isRepaired: true)) }
    if !document.embeddedFiles.isEmpty { result.append(ImportFinding(objectNumber: nil, kind: .embeddedFiles, isRepaired: true)) }
    if document.isSigned { result.append(ImportFinding(objectNumber: nil, kind: .signature, isRepaired: true)) }
    var seen: Set<Int> = []
    var reported: Set<String> = []
    var stack: [(object: PDFObject, number: Int?, depth: Int)] = []
    for page in document.pages {
      stack.append((.dictionary(page.resources), nil, 0))
      for annotation in AnnotationFlattening.printable(page, in: document) {
        stack.append((.reference(annotation.appearance), nil, 0))
      }
    }
    var visits = 0
    func report(_ number: Int?, _ kind: ImportFinding.Kind, repaired: Bool) {
      let key = "\(number ?? -1)|\(kind)"
      if reported.insert(key).inserted { result.append(ImportFinding(objectNumber: number, kind: kind, isRepaired: repaired)) }
    }
    while let (object, number, depth) = stack.popLast() {
      visits += 1
      if visits > maximumVisits || depth > document.limits.maxDepth { break }
      switch object {
      case .reference(let ref):
        guard seen.insert(ref.number).inserted else { continue }
        let target = document.resolve(ref)
        if let type = target.dictionaryValue?.type, type == "Page" || type == "Pages" { continue }
        stack.append((target, ref.number, depth + 1))
      case .array(let items):
        for item in items { stack.append((item, number, depth + 1)) }
      case .dictionary(let d):
        inspect(d, number: number, document: document, report: report)
        for (key, value) in d.entries where key != "Parent" && key != "P" { stack.append((value, number, depth + 1)) }
      case .stream(let s):
        inspect(s.dictionary, number: number, document: document, report: report)
        let filters = document.resolve(s.dictionary["Filter"] ?? .null)
        let names = filters.nameValue.map { [$0] } ?? (filters.arrayValue ?? []).compactMap(\.nameValue)
        if names.contains("LZWDecode") || names.contains("LZW") { report(number, .lzwCompression, repaired: true) }
        for (key, value) in s.dictionary.entries where key != "Parent" && key != "P" { stack.append((value, number, depth + 1)) }
      default:
        break
      }
    }
    return result
  }

  private static func inspect(
    _ d: PDFDictionary, number: Int?, document: PDFDocument,
    report: (Int?, ImportFinding.Kind, Bool) -> Void
  ) {
    let type = d.type
    let subtype = d["Subtype"]?.nameValue
    if type == "Font" || (type == nil && d["BaseFont"] != nil) {
      if let subtype, subtype != "Type3", subtype != "Type0" {
        let descriptor = document.resolve(d["FontDescriptor"] ?? .null).dictionaryValue
        let embedded = descriptor.map { $0["FontFile"] != nil || $0["FontFile2"] != nil || $0["FontFile3"] != nil } ?? false
        if !embedded {
          let name = d["BaseFont"]?.nameValue ?? "(unnamed)"
          report(number, .fontNotEmbedded(name), StandardFontReplacement.canReplace(d, in: document))
        }
      }
    }
    if subtype == "Image" || subtype == "PS" {
      if subtype == "PS" || d["Alternates"] != nil { report(number, .postScriptOrAlternates, false) }
      if document.resolve(d["ColorSpace"] ?? .null).nameValue == "DeviceCMYK" { report(number, .deviceCMYK, false) }
    }
    if type == "ExtGState" || d["TR"] != nil {
      if let tr = d["TR"], tr.nameValue != "Default" { report(number, .transferFunction, false) }
    }
  }
}
