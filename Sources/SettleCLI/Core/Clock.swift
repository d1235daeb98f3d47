import SettleModel

/// "Today" for a run: the as-of date and the current instant, fixed once before a command runs.
///
/// This is the only place `settle` may look at the wall clock. In order of precedence:
/// 1. `--as-of DATE`: the date, and the instant DATE`T00:00:00Z`;
/// 2. `SOURCE_DATE_EPOCH` (whole seconds since 1970 UTC, for reproducible builds): its UTC date and that instant;
/// 3. the system clock: today's UTC date and the current second.
/// With 1 or 2 the same input gives byte-identical output.
public struct Clock: Sendable, Hashable {
  /// The date balances, aging and interest are computed for.
  public var asOf: CivilDate
  /// The current instant (used as the default `--at` of `settle log`).
  public var now: Instant

  /// Creates a fixed clock.
  public init(asOf: CivilDate, now: Instant) {
    self.asOf = asOf
    self.now = now
  }

  /// Resolves the clock from the command line and environment.
  /// - Parameters:
  ///   - asOfText: the `--as-of` value, if given.
  ///   - environment: the process environment (for `SOURCE_DATE_EPOCH`).
  ///   - wallClock: returns the current seconds since 1970 UTC; called only when neither of the above is set.
  /// - Throws: `CommandFailure.usage` for a malformed `--as-of` or `SOURCE_DATE_EPOCH`.
  public static func resolve(asOfText: String?, environment: [String: String], wallClock: () -> Int64)
    throws(CommandFailure) -> Clock
  {
    if let asOfText {
      switch CivilDate.parse(asOfText) {
      case .success(let d): return Clock(asOf: d, now: Instant(startOf: d))
      case .failure(let e): throw .usage("--as-of \(asOfText): \(e)")
      }
    }
    if let epochText = environment["SOURCE_DATE_EPOCH"], !epochText.isEmpty {
      guard epochText.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let seconds = Int64(epochText),
        seconds <= 253_402_300_799
      else {
        throw .usage("SOURCE_DATE_EPOCH=\(epochText): expected whole seconds since 1970-01-01T00:00:00Z")
      }
      return Clock(seconds: seconds)
    }
    return Clock(seconds: wallClock())
  }

  private init(seconds: Int64) {
    let instant = Instant(secondsSinceEpoch: seconds)
    self.init(asOf: instant.civilDate, now: instant)
  }
}
