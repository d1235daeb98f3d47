import Testing

@testable import TypesetLayout

@Suite struct ParallelWorkTests {
  @Test func mapKeepsIndexOrder() {
    let squares = ParallelWork.map(100) { $0 * $0 }
    #expect(squares == (0..<100).map { $0 * $0 })
    #expect(ParallelWork.map(0) { $0 }.isEmpty)
    #expect(ParallelWork.map(1) { $0 + 7 } == [7])
  }

  @Test func rangesCoverEveryIndexOnceInOrder() {
    for (count, minimum) in [(0, 10), (1, 10), (9, 10), (10, 10), (1_000, 250), (1_001, 250), (20_000, 500), (7, 1)] {
      let ranges = ParallelWork.ranges(of: count, minimumSize: minimum)
      #expect(ranges.flatMap { Array($0) } == Array(0..<count), "count \(count)")
      #expect(ranges.allSatisfy { !$0.isEmpty })
      #expect(ranges.count <= max(1, ParallelWork.width * 4))
      if ranges.count > 1 { #expect(ranges.allSatisfy { $0.count >= minimum }) }
    }
    #expect(ParallelWork.ranges(of: 5_000, minimumSize: Int.max).count == 1)
  }
}
