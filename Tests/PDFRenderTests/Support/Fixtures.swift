import Foundation
import PDFRender
import SettleTestSupport
import TypesetCore
import TypesetLayout
import TypesetText

/// Fixture fonts and hand-built documents for the renderer tests.
enum Fixtures {
  /// The repository root, found from this file's path.
  static let repositoryRoot: String = RepositoryRoot.url.path

  static func font(_ name: String) throws -> Font {
    try Font(path: repositoryRoot + "/Fonts/" + name)
  }

  static let regular: Font = { try! font("NotoSans-Regular.ttf") }()
  static let bold: Font = { try! font("NotoSans-Bold.ttf") }()
  static let hebrew: Font = { try! font("NotoSansHebrew-Regular.ttf") }()
  static let arabic: Font = { try! font("NotoSansArabic-Regular.ttf") }()

  /// Glyphs for `text` one scalar at a time (no shaping), each carrying its character.
  static func glyphs(_ text: String, font: Font, size: Length) -> [PlacedGlyph] {
    var x = Length.zero
    var out: [PlacedGlyph] = []
    for scalar in text.unicodeScalars {
      let id = font.glyph(for: scalar) ?? 0
      let advance = font.length(fontUnits: font.advance(of: id), size: size)
      out.append(PlacedGlyph(id: id, x: x, advance: advance, text: String(scalar)))
      x += advance
    }
    return out
  }

  /// A text item for `text` set left to right.
  static func text(_ text: String, font: Font = regular, size: Length = .pt(10), color: Color = .black) -> TextItem {
    TextItem(font: font, size: size, color: color, glyphs: glyphs(text, font: font, size: size))
  }

  /// A right-to-left item: glyphs in visual order (logical reversed), `actualText` logical.
  static func rightToLeft(_ logical: String, font: Font, size: Length = .pt(12)) -> TextItem {
    let visual = String(String.UnicodeScalarView(logical.unicodeScalars.reversed()))
    return TextItem(font: font, size: size, glyphs: glyphs(visual, font: font, size: size), actualText: logical)
  }

  static let a4 = Size(width: .pt(595.28), height: .pt(841.89))

  static func metadata(title: String = "Statement") -> DocumentMetadata {
    DocumentMetadata(title: title, author: "Acme Ltd", subject: "Account statement", keywords: ["statement", "account"],
                     creator: "Settle tests", language: "en-US", creationDate: 1_784_073_600)
  }

  /// One page with `items` placed at the given positions.
  static func page(_ items: [(FrameItem, Point)], size: Size = a4, label: String? = nil) -> LaidOutPage {
    var frame = Frame(size: size)
    for (item, at) in items { frame.push(item, at: at) }
    return LaidOutPage(size: size, frame: frame, label: label)
  }

  static func point(_ x: Double, _ y: Double) -> Point { Point(x: .pt(x), y: .pt(y)) }

  /// A statement-like page: a header, `rows` table rows of six cells, rules between rows.
  static func statementPage(rows: Int, firstRow: Int = 0, size: Size = a4) -> LaidOutPage {
    var frame = Frame(size: size)
    frame.push(.text(text("Statement of account", font: bold, size: .pt(16))), at: point(56, 70))
    frame.push(.anchor("page-\(firstRow)"), at: point(56, 56))
    let headers = ["Date", "Invoice", "Description", "Debit", "Credit", "Balance"]
    let columns: [Double] = [56, 120, 190, 360, 430, 500]
    for (i, h) in headers.enumerated() { frame.push(.text(text(h, font: bold, size: .pt(9))), at: point(columns[i], 100)) }
    for r in 0..<rows {
      let y = 118 + Double(r) * 15
      let n = firstRow + r
      let cells = [
        "2026-\(String(format: "%02d", n % 12 + 1))-\(String(format: "%02d", n % 28 + 1))", "INV-\(10000 + n)",
        n % 3 == 0 ? "Office supplies" : (n % 3 == 1 ? "Consulting, March" : "Late fee"),
        "\(n * 7 % 1000).\(String(format: "%02d", n % 100))", n % 4 == 0 ? "50.00" : "", "\(12345 + n * 3).\(String(format: "%02d", n % 100))",
      ]
      for (i, c) in cells.enumerated() where !c.isEmpty {
        frame.push(.text(text(c, size: .pt(9))), at: point(columns[i], y))
      }
      frame.push(.shape(ShapeItem(.line(to: point(480, 0)), stroke: Stroke(color: Color(hex: 0xCCCCCC), thickness: .pt(0.5)))), at: point(56, y + 4))
    }
    return LaidOutPage(size: size, frame: frame)
  }
}

extension Fixtures {
  /// "office" with the ffi ligature glyph (U+FB03's glyph) carrying the text "ffi".
  static func officeWithLigature(size: Length = .pt(10)) -> TextItem? {
    let font = regular
    guard let ffi = font.glyph(for: "\u{FB03}"), let o = font.glyph(for: "o"), let c = font.glyph(for: "c"), let e = font.glyph(for: "e")
    else { return nil }
    var x = Length.zero
    var glyphs: [PlacedGlyph] = []
    for (id, text) in [(o, "o"), (ffi, "ffi"), (c, "c"), (e, "e")] {
      let advance = font.length(fontUnits: font.advance(of: id), size: size)
      glyphs.append(PlacedGlyph(id: id, x: x, advance: advance, text: text))
      x += advance
    }
    return TextItem(font: font, size: size, glyphs: glyphs)
  }

  /// Renders and returns the bytes as text (binary streams decode lossily; structure is ASCII).
  static func renderText(_ document: LaidOutDocument, _ options: PDFRenderOptions = PDFRenderOptions(isCompressed: false)) throws -> String {
    String(decoding: try PDFRenderer.render(document, options: options), as: UTF8.self)
  }

  /// Removes the bidi control characters poppler wraps RTL lines in.
  static func withoutBidiControls(_ s: String) -> String {
    String(String.UnicodeScalarView(s.unicodeScalars.filter { !(0x202A...0x202E).contains($0.value) && !(0x2066...0x2069).contains($0.value) && $0.value != 0x200F && $0.value != 0x200E }))
  }
}
