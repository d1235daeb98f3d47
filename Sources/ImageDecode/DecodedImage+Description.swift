extension DecodedImage: CustomStringConvertible {
  /// A one-line summary, e.g. `png 32×32 rgb+alpha` or `jpeg 2×1 rgb exif 8 (shown 1×2)`.
  public var description: String {
    let colour = [1: "gray", 3: "rgb", 4: "cmyk"][components] ?? "\(components) components"
    var text = "\(format) \(width)×\(height) \(colour)"
    if alpha != nil { text += "+alpha" }
    if orientation != .up { text += " exif \(orientation.rawValue) (shown \(displayWidth)×\(displayHeight))" }
    return text
  }
}
