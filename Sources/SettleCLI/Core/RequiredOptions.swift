/// Adopted by commands with options that must be given, so usage shows them without brackets.
public protocol RequiredOptions {
  /// The long names of options the command requires.
  static var requiredOptions: [String] { get }
}
