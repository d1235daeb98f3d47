import Synchronization

/// Values handed to the pieces of a `ParallelWork.map`, each taken once by its piece, so that a
/// piece's input is freed as soon as that piece is done rather than when all are.
final class Handoff<Value: Sendable>: Sendable {
  private let slots: Mutex<[Value?]>

  init(_ values: [Value]) { slots = Mutex(values.map { $0 }) }

  /// The value for piece `index`, leaving nothing behind; nil when it was taken already.
  func take(_ index: Int) -> Value? {
    slots.withLock { slots in
      guard index >= 0, index < slots.count else { return nil }
      defer { slots[index] = nil }
      return slots[index]
    }
  }
}
