/// Why a command failed, and so which exit code `settle` returns.
///
/// Exit codes (the contract): 0 done, 1 the input is wrong, 2 the command line is wrong,
/// 3 an I/O or internal failure.
public enum CommandFailure: Error, Sendable, Hashable, CustomStringConvertible {
  /// The input (claim file, its data or files) is wrong; exit code 1. The message names the file and what is expected.
  case invalidInput(String)
  /// The command line is wrong (unknown command or option, missing or malformed value); exit code 2.
  case usage(String)
  /// Reading or writing failed, or something went wrong inside `settle`; exit code 3.
  case io(String)

  /// The process exit code for this failure.
  public var exitCode: Int32 {
    switch self {
    case .invalidInput: 1
    case .usage: 2
    case .io: 3
    }
  }

  public var description: String {
    switch self {
    case .invalidInput(let m), .usage(let m), .io(let m): m
    }
  }
}
