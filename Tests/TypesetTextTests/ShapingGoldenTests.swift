import SettleTestSupport
import Testing
import TypesetCore

@testable import TypesetText

/// Readable dumps of shaping results under `Golden/shaping/`.
@Suite struct ShapingGoldenTests {
  @Test(arguments: [
    ("latin.txt", "Müller Café — office AV 1,234.56"),
    ("arabic-mixed.txt", "Customer: شركة النور (ID 42)"),
    ("hebrew.txt", "שלום כהן 2024"),
  ])
  func shapingDump(_ name: String, _ text: String) {
    GoldenFile.check(Fixtures.shape(text).debugText, folder: "shaping", name: name)
  }

  @Test func tabularDump() {
    let p = Fixtures.shaper.shape([
      StyledSpan("Balance ", style: TextStyle(font: FontStyle(isBold: true))),
      StyledSpan("10,071.50", style: TextStyle(features: [.tabularNumbers])),
    ])
    GoldenFile.check(p.debugText, folder: "shaping", name: "spans-tnum.txt")
  }
}
