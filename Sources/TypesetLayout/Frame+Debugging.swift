import TypesetCore

/// A readable, deterministic text dump of frames: the golden format for layout tests.
///
/// One line per item, children indented by two spaces. Positions and sizes are in points with
/// at most three decimals (`NumberText`, never `Double` printing); nothing depends on the locale,
/// hashing or dictionary order. Text items show their glyphs' text (the cluster characters, in
/// the item's visual order) and, for right-to-left runs, the logical `actualText`.
extension Frame {
  /// The frame's items, one per line, each line prefixed by `indent` spaces.
  public func debugDump(indent: Int = 0) -> String {
    var out = ""
    appendDump(to: &out, indent: indent)
    return out
  }

  func appendDump(to out: inout String, indent: Int) {
    let pad = String(repeating: " ", count: indent)
    for positioned in items {
      let at = DebugFormat.point(positioned.position)
      switch positioned.item {
      case .group(let frame):
        out += "\(pad)group \(at) \(DebugFormat.size(frame.size))\n"
        frame.appendDump(to: &out, indent: indent + 2)
      case .text(let text):
        var line = "\(pad)text \(at) font=\(text.font.id) size=\(DebugFormat.length(text.size))"
        line += " color=\(text.color) width=\(DebugFormat.length(text.width))"
        line += " \(DebugFormat.quoted(text.glyphs.map(\.text).joined()))"
        if let actual = text.actualText { line += " actual=\(DebugFormat.quoted(actual))" }
        out += line + "\n"
      case .shape(let shape):
        var line = "\(pad)"
        switch shape.geometry {
        case .rect(let size): line += "rect \(at) \(DebugFormat.size(size))"
        case .line(let delta): line += "line \(at) -> \(DebugFormat.point(positioned.position + delta))"
        }
        if let fill = shape.fill { line += " fill=\(fill)" }
        if let stroke = shape.stroke { line += " stroke=\(stroke.color)/\(DebugFormat.length(stroke.thickness))" }
        out += line + "\n"
      case .image(let image):
        out +=
          "\(pad)image \(at) \(DebugFormat.size(image.size)) id=\(image.image.id)"
          + " px=\(image.image.pixelWidth)x\(image.image.pixelHeight)\n"
      case .link(let link):
        let target: String
        switch link.target {
        case .anchor(let name): target = "#" + name
        case .uri(let uri): target = uri
        }
        out += "\(pad)link \(at) \(DebugFormat.size(link.size)) -> \(target)\n"
      case .anchor(let name):
        out += "\(pad)anchor \(at) \(DebugFormat.quoted(name))\n"
      case .embeddedPage(let page):
        out += "\(pad)embedded-page \(at) \(DebugFormat.size(page.size)) id=\(page.page.identifier)\n"
      }
    }
  }
}

extension LaidOutDocument {
  /// Every page (size, label, items) followed by the outline, as `Frame.debugDump` lines.
  public func debugDump() -> String {
    var out = "document \(DebugFormat.quoted(metadata.title)) pages=\(pages.count)\n"
    for (index, page) in pages.enumerated() {
      out += "page \(index + 1) \(DebugFormat.size(page.size))"
      if let label = page.label { out += " label=\(DebugFormat.quoted(label))" }
      out += "\n"
      page.frame.appendDump(to: &out, indent: 2)
    }
    if !outline.isEmpty {
      out += "outline\n"
      for entry in outline { DebugFormat.appendOutline(entry, to: &out, indent: 2) }
    }
    return out
  }
}

/// Number and string formatting shared by the dumps.
enum DebugFormat {
  static func length(_ l: Length) -> String {
    NumberText.decimal(l.microPoints, scale: Length.microPointsPerPoint, maxFractionDigits: 3)
  }
  static func point(_ p: Point) -> String { "(\(length(p.x)), \(length(p.y)))" }
  static func size(_ s: Size) -> String { "\(length(s.width))x\(length(s.height))" }

  /// Double-quoted, with backslash, quote and control characters escaped.
  static func quoted(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  static func appendOutline(_ entry: OutlineEntry, to out: inout String, indent: Int) {
    out +=
      String(repeating: " ", count: indent) + "- \(quoted(entry.title)) -> #\(entry.anchor)"
      + (entry.isOpen ? " open" : "") + "\n"
    for child in entry.children { appendOutline(child, to: &out, indent: indent + 2) }
  }
}
