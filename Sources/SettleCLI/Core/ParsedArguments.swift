import SettleModel

/// A command line parsed against a command's `ArgumentSpec`s and `OptionSpec`s.
public struct ParsedArguments: Sendable, Hashable {
  /// The positional arguments, in order.
  public var positionals: [String]
  /// Option values by long name (`--installments` → `["6"]`), in command-line order.
  public var values: [String: [String]]
  /// Flags that were given, by long name.
  public var flags: Set<String>

  /// Creates parsed arguments (tests build these directly).
  public init(positionals: [String] = [], values: [String: [String]] = [:], flags: Set<String> = []) {
    self.positionals = positionals
    self.values = values
    self.flags = flags
  }

  /// Whether a flag was given.
  public func isSet(_ flag: String) -> Bool { flags.contains(flag) }

  /// The option's value (the last one when given more than once), or nil.
  public func value(_ name: String) -> String? { values[name]?.last }

  /// The option's value.
  /// - Throws: `CommandFailure.usage` when it is missing.
  public func requiredValue(_ name: String) throws(CommandFailure) -> String {
    guard let v = value(name) else { throw .usage("missing \(name); see --help") }
    return v
  }

  /// The positional argument at `index`, or nil.
  public func positional(_ index: Int) -> String? { index < positionals.count ? positionals[index] : nil }

  /// The option's value as a whole number in `range`, or nil when absent.
  /// - Throws: `CommandFailure.usage` when it is not a number in range.
  public func integer(_ name: String, in range: ClosedRange<Int>) throws(CommandFailure) -> Int? {
    guard let text = value(name) else { return nil }
    guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = Int(text), range.contains(n) else {
      throw .usage("\(name) \(text): expected a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
    return n
  }

  /// The option's value as a date, or nil when absent.
  /// - Throws: `CommandFailure.usage` when it is not a valid `YYYY-MM-DD` date.
  public func date(_ name: String) throws(CommandFailure) -> CivilDate? {
    guard let text = value(name) else { return nil }
    switch CivilDate.parse(text) {
    case .success(let d): return d
    case .failure(let e): throw .usage("\(name) \(text): \(e)")
    }
  }
}
