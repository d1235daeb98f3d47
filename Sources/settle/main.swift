import SettleCLI

#if canImport(Glibc)
import Glibc
#endif

exit(SettleCLI.main(Array(CommandLine.arguments.dropFirst())))
