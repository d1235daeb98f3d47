import PDFWriter
import TypesetLayout

/// Image XObjects: JPEG passed through as DCTDecode; decoded samples Flate-compressed, with PNG
/// row predictors (ISO 32000-1 §7.4.4.4) when that is smaller; alpha as a soft mask.
enum ImageEncoder {
  /// Checks that an image's data matches its declared size and format.
  static func validate(_ image: RasterImage) throws(PDFRenderError) {
    let w = image.pixelWidth, h = image.pixelHeight
    guard w > 0, h > 0, w <= 1 << 16, h <= 1 << 16 else {
      throw .invalidImage(id: image.id, reason: "size \(w)×\(h) out of range")
    }
    switch image.encoding {
    case .jpeg(let data, let components, _):
      guard data.count >= 4, data[0] == 0xFF, data[1] == 0xD8 else { throw .invalidImage(id: image.id, reason: "not JPEG data") }
      guard [1, 3, 4].contains(components) else { throw .invalidImage(id: image.id, reason: "\(components) JPEG components") }
    case .samples(let pixels, let components, let alpha):
      guard components == 1 || components == 3 else { throw .invalidImage(id: image.id, reason: "\(components) components per pixel") }
      guard pixels.count == w * h * components else {
        throw .invalidImage(id: image.id, reason: "\(pixels.count) sample bytes for \(w)×\(h)×\(components)")
      }
      if let alpha, alpha.count != w * h {
        throw .invalidImage(id: image.id, reason: "\(alpha.count) alpha bytes for \(w)×\(h)")
      }
    }
  }

  static func colorSpace(components: Int) -> String {
    switch components {
    case 1: return "DeviceGray"
    case 4: return "DeviceCMYK"
    default: return "DeviceRGB"
    }
  }

  /// Writes the image (and its soft mask) as object `ref`.
  static func write(_ image: RasterImage, ref: PDFRef, to file: inout PDFFileWriter) {
    switch image.encoding {
    case .jpeg(let data, let components, let invertCMYK):
      file.writeStream(ref, data: data, filter: .encoded(name: "DCTDecode")) { d in
        d.set("Type", name: "XObject")
        d.set("Subtype", name: "Image")
        d.set("Width", integer: image.pixelWidth)
        d.set("Height", integer: image.pixelHeight)
        d.set("ColorSpace", name: colorSpace(components: components))
        d.set("BitsPerComponent", integer: 8)
        if components == 4 && invertCMYK { d.set("Decode", numbers: [1, 0, 1, 0, 1, 0, 1, 0]) }
      }
    case .samples(let pixels, let components, let alpha):
      var mask: PDFRef?
      if let alpha {
        let maskRef = file.allocateRef()
        writeSamples(alpha, components: 1, width: image.pixelWidth, height: image.pixelHeight, ref: maskRef, softMask: nil, to: &file)
        mask = maskRef
      }
      writeSamples(pixels, components: components, width: image.pixelWidth, height: image.pixelHeight, ref: ref, softMask: mask, to: &file)
    }
  }

  private static func writeSamples(
    _ samples: [UInt8], components: Int, width: Int, height: Int, ref: PDFRef, softMask: PDFRef?, to file: inout PDFFileWriter
  ) {
    var data = samples
    var filter = PDFStreamFilter.none
    var predicted = false
    if file.settings.isCompressed, let plain = file.compress(samples) {
      data = plain
      filter = .encoded(name: "FlateDecode")
      if let withPredictor = file.compress(predict(samples, components: components, width: width, height: height)),
        withPredictor.count < plain.count
      {
        data = withPredictor
        predicted = true
      }
    }
    file.writeStream(ref, data: data, filter: filter) { d in
      d.set("Type", name: "XObject")
      d.set("Subtype", name: "Image")
      d.set("Width", integer: width)
      d.set("Height", integer: height)
      d.set("ColorSpace", name: colorSpace(components: components))
      d.set("BitsPerComponent", integer: 8)
      if let softMask { d.set("SMask", reference: softMask) }
      if predicted {
        d.dictionary("DecodeParms") { p in
          p.set("Predictor", integer: 15)
          p.set("Colors", integer: components)
          p.set("BitsPerComponent", integer: 8)
          p.set("Columns", integer: width)
        }
      }
    }
  }

  /// PNG-filters each row with whichever of Up and Paeth gives the smallest sum of absolute
  /// residuals (the usual libpng heuristic), prefixing the filter type byte.
  static func predict(_ samples: [UInt8], components: Int, width: Int, height: Int) -> [UInt8] {
    let stride = width * components
    var out = [UInt8](repeating: 0, count: height * (stride + 1))
    var up = [UInt8](repeating: 0, count: stride)
    var paeth = [UInt8](repeating: 0, count: stride)
    samples.withUnsafeBufferPointer { s in
      for y in 0..<height {
        let row = y * stride
        var upCost = 0, paethCost = 0
        for x in 0..<stride {
          let current = s[row + x]
          let above = y > 0 ? s[row - stride + x] : 0
          let left = x >= components ? s[row + x - components] : 0
          let upperLeft = (y > 0 && x >= components) ? s[row - stride + x - components] : 0
          up[x] = current &- above
          paeth[x] = current &- paethPredictor(left, above, upperLeft)
          upCost += Int(Int8(bitPattern: up[x]).magnitude)
          paethCost += Int(Int8(bitPattern: paeth[x]).magnitude)
        }
        let base = y * (stride + 1)
        if upCost <= paethCost {
          out[base] = 2
          for x in 0..<stride { out[base + 1 + x] = up[x] }
        } else {
          out[base] = 4
          for x in 0..<stride { out[base + 1 + x] = paeth[x] }
        }
      }
    }
    return out
  }

  @inline(__always) static func paethPredictor(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt8 {
    let p = Int(a) + Int(b) - Int(c)
    let pa = abs(p - Int(a)), pb = abs(p - Int(b)), pc = abs(p - Int(c))
    if pa <= pb && pa <= pc { return a }
    return pb <= pc ? b : c
  }
}
