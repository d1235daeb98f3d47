import Testing
import TypesetCore

@Suite struct LengthTests {
  @Test func fontUnitsRoundHalfAwayFromZero() {
    // 600 units of a 1000-unit font at 12 pt = 7.2 pt exactly.
    #expect(Length.fromFontUnits(600, size: .pt(12), unitsPerEm: 1000) == .pt(7.2))
    // 1 unit of a 2048-unit font at 10 pt = 4882.8125 µpt -> 4883.
    #expect(Length.fromFontUnits(1, size: .pt(10), unitsPerEm: 2048).microPoints == 4883)
    #expect(Length.fromFontUnits(-1, size: .pt(10), unitsPerEm: 2048).microPoints == -4883)
  }

  @Test func splitSumsExactly() {
    let parts = Length(microPoints: 1_000_003).split(into: 4)
    #expect(parts.reduce(.zero, +) == Length(microPoints: 1_000_003))
    #expect(parts.map(\.microPoints) == [250_001, 250_001, 250_001, 250_000])
  }

  @Test func numberTextHasNoExponentOrTrailingZeros() {
    #expect(NumberText.decimal(12_500_000, scale: 1_000_000, maxFractionDigits: 4) == "12.5")
    #expect(NumberText.decimal(-5, scale: 1_000_000, maxFractionDigits: 4) == "0")
    #expect(NumberText.decimal(-50, scale: 1_000_000, maxFractionDigits: 4) == "-0.0001")
    #expect(NumberText.decimal(612_000_000, scale: 1_000_000, maxFractionDigits: 4) == "612")
  }
}
