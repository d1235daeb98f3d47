// SettleCLI: argument parsing and exit codes for `settle`.
public enum SettleCLI {
  /// Runs the command line and returns the process exit code.
  public static func main(_ arguments: [String]) -> Int32 { 0 }
}
