import Testing

@testable import TypesetText

/// Faces read on first use and pair tables made only once they pay off.
@Suite struct LazyLoadingTests {
  @Test func pairTableIsMadeOnTheWarmUpCountthRequest() {
    let tables = PairShapingTables()
    let font = Fixtures.book.chainIndices[FontStyle().index][0]
    for _ in 1..<PairShapingTables.warmUpCount {
      #expect(tables.shortcutTable(font: font, in: Fixtures.book, features: []) == nil)
    }
    let made = tables.shortcutTable(font: font, in: Fixtures.book, features: [])
    #expect(made?.isUsable == true)
    #expect(made === tables.shortcutTable(font: font, in: Fixtures.book, features: []))
    // Another feature set counts on its own.
    #expect(tables.shortcutTable(font: font, in: Fixtures.book, features: [.tabularNumbers]) == nil)
  }

  @Test func explicitTableRequestSkipsTheWarmUp() {
    let tables = PairShapingTables()
    let font = Fixtures.book.chainIndices[FontStyle(isBold: true).index][0]
    let table = tables.table(font: font, in: Fixtures.book, features: [])
    #expect(tables.shortcutTable(font: font, in: Fixtures.book, features: []) === table)
  }

  @Test func chainFacesMatchTheFilesTheyCameFrom() throws {
    let book = try FontBook(directory: Fixtures.book.font(at: 0).path.replacingSuffix("/NotoSans-Regular.ttf"))
    // The bold primary face is read on request, and the same instance is returned afterwards.
    let bold = book.primaryFont(for: FontStyle(isBold: true))
    #expect(bold.postScriptName == "NotoSans-Bold")
    #expect(bold === book.primaryFont(for: FontStyle(isBold: true)))
    #expect(book.fonts.map(\.postScriptName) == Fixtures.book.fonts.map(\.postScriptName))
    #expect(book.fonts[1] === bold)
  }
}

extension String {
  fileprivate func replacingSuffix(_ suffix: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
  }
}
