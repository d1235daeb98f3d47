import TypesetCore

@testable import TypesetText

/// Shared fonts and shaper for the tests (loaded once per process).
enum Fixtures {
  static let book: FontBook = {
    do { return try FontBook.standard() } catch { fatalError("fonts: \(error)") }
  }()
  static let shaper = Shaper(fontBook: book)
  static let body = TextStyle()

  /// Whether Noto Sans CJK (or WenQuanYi) is installed, so CJK tests can run.
  static let hasCJK = !book.systemFallbacks.isEmpty

  static func shape(_ text: String, style: TextStyle = body, direction: ParagraphDirection = .auto) -> ShapedParagraph {
    shaper.shape(text, style: style, direction: direction)
  }

  /// The UTF-8 offset of the first occurrence of `needle` in `text`.
  static func offset(of needle: String, in text: String) -> Int? {
    let hay = Array(text.utf8)
    let n = Array(needle.utf8)
    guard n.count <= hay.count else { return nil }
    for i in 0...(hay.count - n.count) where Array(hay[i..<i + n.count]) == n { return i }
    return nil
  }
}
