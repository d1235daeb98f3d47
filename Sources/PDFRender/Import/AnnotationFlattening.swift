import PDFReader

/// An annotation appearance to draw over an imported page (ISO 32000-1 §12.5.5).
struct FlattenedAnnotation {
  /// The appearance stream (a Form XObject) in the source file.
  var appearance: PDFReference
  /// Maps the appearance's form space (after its own /Matrix) onto the annotation's /Rect,
  /// in the source page's user space.
  var placement: AffineTransform
}

/// Chooses which annotations of an imported page are flattened.
///
/// Kept: annotations whose /F has Print (bit 3) and neither Hidden (bit 2) nor NoView-only
/// relevance, with a normal appearance (/AP /N, picking /AS among states), including form
/// widgets. Dropped: signature fields (the copy invalidates them), Popup and Link annotations
/// (Links draw nothing), annotations without an appearance.
enum AnnotationFlattening {
  static func printable(_ page: PDFPage, in document: PDFDocument) -> [FlattenedAnnotation] {
    var result: [FlattenedAnnotation] = []
    for annotation in page.annotations.prefix(10_000) {
      let subtype = annotation["Subtype"]?.nameValue ?? ""
      if subtype == "Popup" || subtype == "Link" { continue }
      let flags = document.resolve(annotation["F"] ?? .null).integerValue ?? 0
      guard flags & 4 != 0, flags & 2 == 0 else { continue }
      if subtype == "Widget", fieldType(annotation, document) == "Sig" { continue }
      guard let ap = document.resolve(annotation["AP"] ?? .null).dictionaryValue, let normal = ap["N"] else { continue }
      var appearanceRef = normal.referenceValue
      if appearanceRef == nil || document.resolve(normal).streamValue == nil {
        // A dictionary of appearance states: pick /AS.
        guard let states = document.resolve(normal).dictionaryValue,
          let state = document.resolve(annotation["AS"] ?? .null).nameValue,
          let chosen = states[state]?.referenceValue
        else { continue }
        appearanceRef = chosen
      }
      guard let ref = appearanceRef, let stream = document.resolve(ref).streamValue else { continue }
      guard let rect = numbers(document.resolve(annotation["Rect"] ?? .null), document), rect.count == 4,
        let bbox = numbers(document.resolve(stream.dictionary["BBox"] ?? .null), document), bbox.count == 4
      else { continue }
      let matrixNumbers = numbers(document.resolve(stream.dictionary["Matrix"] ?? .null), document) ?? []
      let matrix = matrixNumbers.count == 6 ? AffineTransform(matrixNumbers) : .identity
      let box = matrix.boundingBox(x0: bbox[0], y0: bbox[1], x1: bbox[2], y1: bbox[3])
      let rx0 = min(rect[0], rect[2]), rx1 = max(rect[0], rect[2])
      let ry0 = min(rect[1], rect[3]), ry1 = max(rect[1], rect[3])
      let bw = box.x1 - box.x0, bh = box.y1 - box.y0
      guard bw > 1e-9, bh > 1e-9, rx1 > rx0, ry1 > ry0 else { continue }
      // A maps the transformed BBox onto the Rect; the form's own /Matrix is applied by Do.
      let a = AffineTransform(
        a: (rx1 - rx0) / bw, b: 0, c: 0, d: (ry1 - ry0) / bh,
        e: rx0 - box.x0 * (rx1 - rx0) / bw, f: ry0 - box.y0 * (ry1 - ry0) / bh)
      result.append(FlattenedAnnotation(appearance: ref, placement: a))
    }
    return result
  }

  /// The field type /FT of a widget, inherited through /Parent (at most 32 levels).
  private static func fieldType(_ annotation: PDFDictionary, _ document: PDFDocument) -> String? {
    var current: PDFDictionary? = annotation
    var hops = 0
    while let field = current, hops < 32 {
      if let ft = document.resolve(field["FT"] ?? .null).nameValue { return ft }
      current = document.resolve(field["Parent"] ?? .null).dictionaryValue
      hops += 1
    }
    return nil
  }

  static func numbers(_ object: PDFObject, _ document: PDFDocument) -> [Double]? {
    guard let items = object.arrayValue else { return nil }
    var values: [Double] = []
    for item in items {
      guard let v = document.resolve(item).numberValue, v.isFinite else { return nil }
      values.append(v)
    }
    return values
  }
}
