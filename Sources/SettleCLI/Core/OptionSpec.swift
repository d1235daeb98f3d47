/// One `--option` a command accepts; the parser and the help text are both made from these.
public struct OptionSpec: Sendable, Hashable {
  /// The long name including dashes, e.g. `--installments`.
  public var name: String
  /// An optional one-letter alias including the dash, e.g. `-o`.
  public var shortName: String?
  /// The value's placeholder (`N`, `DATE`), or nil for a flag that takes no value.
  public var valueName: String?
  /// One line of help.
  public var help: String
  /// The only values accepted, when the option is a choice (checked by the parser, with suggestions).
  public var allowedValues: [String]?

  /// A flag: present or absent, no value.
  public static func flag(_ name: String, short: String? = nil, help: String) -> OptionSpec {
    OptionSpec(name: name, shortName: short, valueName: nil, help: help, allowedValues: nil)
  }

  /// An option that takes a value (`--name VALUE` or `--name=VALUE`).
  public static func value(
    _ name: String, short: String? = nil, _ valueName: String, help: String, allowed: [String]? = nil
  ) -> OptionSpec {
    OptionSpec(name: name, shortName: short, valueName: valueName, help: help, allowedValues: allowed)
  }

  /// Whether the option takes a value.
  public var takesValue: Bool { valueName != nil }
}
