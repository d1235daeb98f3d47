#if canImport(Glibc)
  import Glibc
#endif
import Synchronization
import Testing

@testable import TypesetLayout

@Suite struct ParallelWorkTests {
  @Test func mapKeepsIndexOrder() {
    let squares = ParallelWork.map(100) { $0 * $0 }
    #expect(squares == (0..<100).map { $0 * $0 })
    #expect(ParallelWork.map(0) { $0 }.isEmpty)
    #expect(ParallelWork.map(1) { $0 + 7 } == [7])
  }

  @Test func seriallyRunsEveryPieceOnTheCallingThreadAndThenRestoresTheWidth() {
    let caller = pthread_self()
    let threads = Mutex<[pthread_t]>([])
    let squares = ParallelWork.serially { () -> [Int] in
      #expect(ParallelWork.currentWidth == 1)
      #expect(ParallelWork.ranges(of: 20_000, minimumSize: 500).count == 1)
      #expect(ParallelWork.pieceSize(for: 20, preferred: 500, minimum: 8) == 500)
      return ParallelWork.map(64) { index in
        threads.withLock { $0.append(pthread_self()) }
        return index * index
      }
    }
    #expect(squares == (0..<64).map { $0 * $0 })
    #expect(threads.withLock { $0.allSatisfy { pthread_equal($0, caller) != 0 } })
    #expect(ParallelWork.currentWidth == ParallelWork.width)
    // Nested calls keep the mark until the outermost one returns.
    ParallelWork.serially {
      ParallelWork.serially {}
      #expect(ParallelWork.currentWidth == 1)
    }
    #expect(ParallelWork.currentWidth == ParallelWork.width)
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

  @Test func shortWorkIsStillSplitOverEveryThread() {
    let width = ParallelWork.width
    #expect(ParallelWork.pieceSize(for: 20_000, preferred: 500, minimum: 8) == 500)
    #expect(ParallelWork.pieceSize(for: 500 * width, preferred: 500, minimum: 8) == 500)
    #expect(ParallelWork.pieceSize(for: 20, preferred: Int.max, minimum: 8) == Int.max)
    if width > 1 {
      #expect(ParallelWork.pieceSize(for: 20, preferred: 500, minimum: 8) == max(8, 20 / width))
      #expect(ParallelWork.pieceSize(for: 3, preferred: 500, minimum: 8) == 8)
      let size = ParallelWork.pieceSize(for: 20, preferred: 500, minimum: 8)
      #expect(ParallelWork.ranges(of: 20, minimumSize: size).count == min(width, 20 / 8))
    } else {
      #expect(ParallelWork.pieceSize(for: 20, preferred: 500, minimum: 8) == 500)
    }
  }

  @Test func startedWorkGivesItsResult() {
    let pending = ParallelWork.start { (0..<1_000).reduce(0, +) }
    #expect(pending.value() == 499_500)
    #expect(pending.value() == 499_500)  // a second call does not wait forever
  }

  @Test func warmUpRunsTheWorkOnAnotherThread() async {
    let done = Mutex(false)
    ParallelWork.warmUp { done.withLock { $0 = true } }
    for _ in 0..<2_000 where !(done.withLock { $0 }) { try? await Task.sleep(for: .milliseconds(1)) }
    #expect(done.withLock { $0 } == (ParallelWork.width > 1))
  }
}
