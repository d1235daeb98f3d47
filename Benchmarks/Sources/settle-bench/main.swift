// settle-bench: see Benchmarks/README.md.
print("settle-bench")
if CommandLine.arguments.dropFirst().first == "import" { ImportBenchmark.run(Array(CommandLine.arguments.dropFirst(2))) }
