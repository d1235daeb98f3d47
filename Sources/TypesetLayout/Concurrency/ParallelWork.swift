import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs independent pieces of work on the machine's cores and hands back their results in order.
///
/// Large tables (rows set in parallel) and long documents (page content built and compressed in
/// parallel) use it. Each piece may read only `Sendable` values and must give the same result on
/// any thread, so the output never depends on scheduling: only the wall time does.
public enum ParallelWork {
  /// How many threads work at once: the processors online (at least 1, at most 8).
  public static let width: Int = {
    let online = sysconf(Int32(_SC_NPROCESSORS_ONLN))
    return Int(min(max(online, 1), 8))
  }()

  /// How many threads the work started on this thread may use: `width`, or 1 inside
  /// `serially(_:)`.
  public static var currentWidth: Int { pthread_getspecific(serialKey) == nil ? width : 1 }

  /// Runs `body` with every `ParallelWork` call it makes on this thread done here, in order, as
  /// on a machine with one processor (the output is the same either way).
  ///
  /// For callers that already keep every core busy with work of their own, such as `settle
  /// batch`'s workers, each making whole documents: splitting each document again over the same
  /// cores only adds hand-offs and waits (500 one-page packets, 2 workers: 3.4–3.8 s with
  /// nested splitting, 2.2–2.4 s without).
  public static func serially<Result>(_ body: () throws -> Result) rethrows -> Result {
    let previous = pthread_getspecific(serialKey)
    pthread_setspecific(serialKey, UnsafeRawPointer(bitPattern: 1))
    defer { pthread_setspecific(serialKey, previous) }
    return try body()
  }

  /// The thread-specific key `serially` marks its thread with (non-nil inside).
  private static let serialKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key, nil)
    return key
  }()

  /// `[body(0), …, body(count − 1)]`, the calls spread over up to `width` threads (the calling
  /// thread is one of them). With one processor or one piece, the calls run here in order.
  public static func map<Result: Sendable>(_ count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
    guard count > 1, currentWidth > 1 else { return (0..<max(count, 0)).map(body) }
    let slots = Slots<Result>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
      slots.store(body(index), at: index)
    }
    return slots.values()
  }

  /// Drops `value` on another thread, so that tearing down a large value (the tens of thousands
  /// of table rows of a long document, once laid out) does not hold up the caller. Pass the last
  /// reference (`discard(consume document)`), or the caller's copy still frees it here.
  public static func discard<Value: Sendable>(_ value: consuming Value) {
    guard currentWidth > 1 else { return }
    let last = consume value
    DispatchQueue.global().async { withExtendedLifetime(last) {} }
  }

  /// Runs `work`, which only prepares something a later step would otherwise do itself (so
  /// the output never depends on whether or when it ran), on a thread of its own and returns
  /// at once. With one processor it is skipped: the later step does the work as before.
  ///
  /// The thread is not one of Dispatch's: `map` keeps every core's worker while it runs.
  public static func warmUp(_ work: @escaping @Sendable () -> Void) {
    guard currentWidth > 1 else { return }
    let box = Unmanaged.passRetained(WarmUpWork(work)).toOpaque()
    var thread = pthread_t()
    let started = pthread_create(
      &thread, nil,
      { raw in
        guard let raw else { return nil }
        Unmanaged<WarmUpWork>.fromOpaque(raw).takeRetainedValue().work()
        return nil
      }, box)
    if started == 0 {
      pthread_detach(thread)
    } else {
      Unmanaged<WarmUpWork>.fromOpaque(box).release()
    }
  }

  /// Starts `work` on another thread and returns at once; `value()` of the result waits for
  /// it. With one processor `work` runs here first.
  public static func start<Value: Sendable>(_ work: @escaping @Sendable () -> Value) -> Pending<Value> {
    let pending = Pending<Value>()
    guard currentWidth > 1 else {
      pending.fulfil(work())
      return pending
    }
    DispatchQueue.global().async { pending.fulfil(work()) }
    return pending
  }

  /// The piece size for `ranges(of: count, minimumSize:)` when a piece of `preferred` items is
  /// what makes handing work to a thread worthwhile on a busy machine: fewer than `preferred ×
  /// width` items are still split over `width` threads, in pieces of at least `minimum` (the
  /// first rows of a short table cost the most: faces and shaping plans are set up on first use).
  public static func pieceSize(for count: Int, preferred: Int, minimum: Int) -> Int {
    // `Int.max` means "never split"; `count / width < preferred` is `count < preferred × width`.
    let width = currentWidth
    guard width > 1, preferred < Int.max, count / width < preferred else { return preferred }
    return max(minimum, count / width)
  }

  /// The ranges `0..<count` splits into for `map`: at most `width × 4` pieces (so a thread
  /// slowed by other processes leaves its share to the others) of at least `minimumSize`.
  public static func ranges(of count: Int, minimumSize: Int) -> [Range<Int>] {
    guard count > 0 else { return [] }
    let width = currentWidth
    let pieces = width > 1 ? max(1, min(width * 4, count / max(minimumSize, 1))) : 1
    var ranges: [Range<Int>] = []
    ranges.reserveCapacity(pieces)
    var start = 0
    for piece in 0..<pieces {
      let end = count * (piece + 1) / pieces
      ranges.append(start..<end)
      start = end
    }
    return ranges
  }
}

/// The results of `ParallelWork.map`, one slot per piece, filled from any thread.
private final class Slots<Value: Sendable>: Sendable {
  private let storage: Mutex<[Value?]>

  init(count: Int) { storage = Mutex([Value?](repeating: nil, count: count)) }

  func store(_ value: Value, at index: Int) {
    storage.withLock { $0[index] = value }
  }

  /// The stored values in order (every slot is filled once `concurrentPerform` returns).
  func values() -> [Value] {
    storage.withLock { $0.compactMap { $0 } }
  }
}

/// The work of one `ParallelWork.warmUp` thread, passed through `pthread_create`'s context pointer.
private final class WarmUpWork: Sendable {
  let work: @Sendable () -> Void

  init(_ work: @escaping @Sendable () -> Void) { self.work = work }
}

/// The result of work started with `ParallelWork.start`.
public final class Pending<Value: Sendable>: Sendable {
  private let result = Mutex<Value?>(nil)
  private let done = DispatchSemaphore(value: 0)

  fileprivate init() {}

  fileprivate func fulfil(_ value: Value) {
    result.withLock { $0 = value }
    done.signal()
  }

  /// The work's result, waiting for the work to finish first.
  public func value() -> Value {
    done.wait()
    done.signal()  // later calls do not wait
    guard let value = result.withLock({ $0 }) else { preconditionFailure("a fulfilled Pending holds its value") }
    return value
  }
}
