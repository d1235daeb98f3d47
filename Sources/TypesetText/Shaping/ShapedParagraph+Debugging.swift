extension ShapedParagraph {
  /// A readable, deterministic dump of the shaping result, one line per run and per glyph:
  /// font, level, range, glyph ids, clusters, advances, offsets and cluster text. Used for golden
  /// files and when debugging layout.
  public var debugText: String {
    var lines: [String] = []
    lines.append("text: \(text)")
    lines.append("base level: \(baseLevel)")
    for run in runs {
      var head = "run \(run.range.lowerBound)..<\(run.range.upperBound) level \(run.bidiLevel)"
      head += " font \(run.font.postScriptName) size \(run.style.size) width \(run.width)"
      if !run.style.features.isEmpty {
        head += " features \(run.style.features.map(\.description).joined(separator: ","))"
      }
      lines.append(head)
      for (i, g) in run.glyphs.enumerated() {
        var line = "  gid \(g.id) cluster \(g.cluster) advance \(g.advance)"
        if g.xOffset != .zero || g.yOffset != .zero { line += " offset \(g.xOffset),\(g.yOffset)" }
        let cluster = clusterText(of: i, in: run)
        if !cluster.isEmpty { line += " text " + ShapedParagraph.escaped(cluster) }
        lines.append(line)
      }
    }
    for m in missingGlyphs { lines.append("missing: \(m.message)") }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `s` in quotes, with controls and spaces shown as `U+XXXX`.
  static func escaped(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      if scalar.value < 0x21 || (0x7F...0xA0).contains(scalar.value) || ScriptLookup.isIgnorable(scalar.value) {
        out += "<" + MissingGlyph.codePointName(scalar) + ">"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
