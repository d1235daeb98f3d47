/// The outcome of UAX #14 at one position between two scalars.
enum LineBreakAction: Sendable, Equatable {
  /// No break here (×).
  case prohibited
  /// A break opportunity (÷).
  case allowed
  /// A required break (!).
  case mandatory
}
