import TypesetCore
import TypesetText

@testable import TypesetLayout

/// Shared fonts and small helpers to read laid-out pages back.
enum Fixtures {
  static let fontBook: FontBook = {
    do { return try FontBook.standard() } catch { fatalError("test fonts missing: \(error)") }
  }()
  static let layouter = DocumentLayouter(fontBook: fontBook)
  static let metadata = DocumentMetadata(title: "Test", creationDate: 0)

  static func cache() -> ShapingCache { ShapingCache(shaper: Shaper(fontBook: fontBook), fontBook: fontBook) }

  /// A document on Letter paper with 72 pt margins.
  static func document(_ blocks: [Block], template: PageTemplate = PageTemplate()) -> Document {
    Document(blocks: blocks, template: template, metadata: metadata)
  }
}

/// A text item as found on a page, with its absolute position.
struct FoundText: Equatable {
  var x: Length
  var y: Length
  var width: Length
  var text: String
  var actualText: String?
}

extension Frame {
  /// Every text item, depth first, with positions made absolute.
  func texts(offset: Point = .zero) -> [FoundText] {
    var out: [FoundText] = []
    for positioned in items {
      let at = positioned.position + offset
      switch positioned.item {
      case .text(let t):
        out.append(
          FoundText(x: at.x, y: at.y, width: t.width, text: t.glyphs.map(\.text).joined(), actualText: t.actualText))
      case .group(let g): out += g.texts(offset: at)
      default: break
      }
    }
    return out
  }

  /// Text items joined per baseline, top to bottom (items on one baseline joined in x order).
  func lines() -> [String] {
    let found = texts()
    var ys: [Length] = []
    for t in found where !ys.contains(t.y) { ys.append(t.y) }
    return ys.sorted().map { y in
      found.filter { $0.y == y }.sorted { $0.x < $1.x }.map(\.text).joined(separator: " ")
    }
  }

  /// Every item, depth first, groups replaced by their contents, with positions made absolute.
  func flattened(offset: Point = .zero) -> [PositionedItem] {
    items.flatMap { positioned -> [PositionedItem] in
      let at = positioned.position + offset
      if case .group(let g) = positioned.item { return g.flattened(offset: at) }
      return [PositionedItem(position: at, item: positioned.item)]
    }
  }

  /// Anchor names with their positions.
  func anchors() -> [(String, Point)] {
    flattened().compactMap { if case .anchor(let n) = $0.item { return (n, $0.position) } else { return nil } }
  }
}

extension LayoutResult {
  /// The joined lines of page `index` (0-based).
  func lines(ofPage index: Int) -> [String] {
    document.pages.indices.contains(index) ? document.pages[index].frame.lines() : []
  }
  /// The 0-based index of the first page whose lines contain `text`.
  func page(containing text: String) -> Int? {
    document.pages.indices.first { lines(ofPage: $0).contains { $0.contains(text) } }
  }
}
