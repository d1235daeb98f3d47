import Testing
import TypesetCore
@testable import TypesetText

@Suite struct FontBookTests {
  @Test func standardBookLoadsNotoFacesInChainOrder() throws {
    let book = try FontBook.standard()
    let regular = book.fallbackChain(for: FontStyle()).map(\.postScriptName)
    #expect(regular.prefix(3) == ["NotoSans-Regular", "NotoSansArabic-Regular", "NotoSansHebrew-Regular"])
    let bold = book.fallbackChain(for: FontStyle(isBold: true)).map(\.postScriptName)
    #expect(bold.prefix(3) == ["NotoSans-Bold", "NotoSansArabic-Bold", "NotoSansHebrew-Bold"])
    #expect(book.primaryFont(for: FontStyle(family: .mono)).postScriptName == "NotoSansMono-Regular")
  }
}
