import SettleCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Output goes through write(2), never stdio; flushing stdio anyway costs nothing. `_exit` skips
// the C and C++ exit handlers of the linked libraries (Foundation, ICU), about 0.5 ms of a
// 20-row statement, which leave nothing on disk or in the terminal.
let status = SettleCLI.main(Array(CommandLine.arguments.dropFirst()))
fflush(nil)
_exit(status)
