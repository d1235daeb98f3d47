// settle-bench: see Benchmarks/README.md.
print("settle-bench")
