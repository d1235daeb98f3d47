import SettleClaim

/// Options several commands share, so they are spelled and explained the same way everywhere.
public enum CommonOptions {
  /// `-o, --output FILE`: where to write; `-` is standard output. Read it with `ParsedArguments.value("--output")`
  /// and write with `CommandIO.writeOutput(_:to:)`, which is atomic.
  public static let output = OptionSpec.value(
    "--output", short: "-o", "FILE", help: "Where to write the output; - for standard output")
  /// `--allow-outside`: accept evidence files outside the claim's folder.
  public static let allowOutside = OptionSpec.flag(
    "--allow-outside", help: "Accept invoice and exhibit files outside the claim's folder")
  /// `--json`: machine-readable output.
  public static let json = OptionSpec.flag("--json", help: "Print JSON instead of text")
}
