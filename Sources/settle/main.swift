import SettleCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

exit(SettleCLI.main(Array(CommandLine.arguments.dropFirst())))
