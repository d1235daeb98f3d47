/// Options every command accepts.
public enum GlobalOptions {
  /// `--as-of DATE`.
  public static let asOf = OptionSpec.value(
    "--as-of", "DATE",
    help:
      "Compute balances, aging and interest as of DATE (YYYY-MM-DD); default SOURCE_DATE_EPOCH's date, else today (UTC)"
  )
  /// `--help`.
  public static let help = OptionSpec.flag("--help", short: "-h", help: "Show this help")
  /// `--version`.
  public static let version = OptionSpec.flag("--version", help: "Show the version")

  /// All three, in help order.
  public static let all = [asOf, help, version]
}
