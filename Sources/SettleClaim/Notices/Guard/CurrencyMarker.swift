/// A currency symbol or code as it appears next to an amount in a notice.
public struct CurrencyMarker: Sendable, Equatable {
  /// The symbol or code, e.g. `$`, `€` or `USD`.
  public var text: String
  /// Whether it is written before the number (`$12.00`) rather than after (`12,00 €`).
  public var isBeforeAmount: Bool

  /// Creates a marker.
  public init(_ text: String, isBeforeAmount: Bool) {
    self.text = text
    self.isBeforeAmount = isBeforeAmount
  }
}
