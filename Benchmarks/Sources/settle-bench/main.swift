// settle-bench: times the release `settle statement` and `settle check` as whole processes on
// generated claims of growing size. See Benchmarks/README.md.
import Glibc
import SettleClaim
import SettleModel
import SettleReport
import Typeset

// `settle-bench import FILE.pdf [RUNS]`: the exhibit importer's benchmark (ImportBenchmark.swift).
if CommandLine.arguments.dropFirst().first == "import" {
  ImportBenchmark.run(Array(CommandLine.arguments.dropFirst(2)))
  exit(0)
}

/// The command line: `settle-bench [--runs N] [--sizes 20,1000,20000] [--settle PATH]`.
struct BenchOptions {
  var runs = 7
  var sizes = [20, 1_000, 20_000]
  var settle: String

  init(_ arguments: [String]) {
    let exe = (try? Self.selfPath()) ?? (arguments.first ?? "settle-bench")
    settle = (exe.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")) + "/settle"
    var index = 1
    while index < arguments.count {
      let value = index + 1 < arguments.count ? arguments[index + 1] : ""
      switch arguments[index] {
      case "--runs": runs = max(1, Int(value) ?? runs); index += 1
      case "--sizes": sizes = value.split(separator: ",").compactMap { Int($0) }; index += 1
      case "--settle": settle = value; index += 1
      default:
        print("usage: settle-bench [--runs N] [--sizes 20,1000,20000] [--settle PATH]")
        exit(2)
      }
      index += 1
    }
  }

  static func selfPath() throws -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard count > 0 else { return CommandLine.arguments[0] }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}

/// Medians and peaks of several runs of one command.
struct Measurement {
  var medianSeconds: Double
  var medianCPUSeconds: Double
  var peakKiB: Int

  static func of(runs: Int, _ path: String, _ arguments: [String]) -> Measurement? {
    guard let warm = ProcessRun.run(path, arguments), warm.status == 0 else { return nil }
    var times: [Double] = []
    var cpu: [Double] = []
    var peak = warm.peakKiB
    for _ in 0..<runs {
      guard let run = ProcessRun.run(path, arguments), run.status == 0 else { return nil }
      times.append(run.seconds)
      cpu.append(run.cpuSeconds)
      peak = max(peak, run.peakKiB)
    }
    times.sort()
    cpu.sort()
    return Measurement(medianSeconds: times[times.count / 2], medianCPUSeconds: cpu[cpu.count / 2], peakKiB: peak)
  }
}

func fileSize(_ path: String) -> Int {
  var info = stat()
  return stat(path, &info) == 0 ? Int(info.st_size) : -1
}

func writeFile(_ text: String, to path: String) -> Bool {
  guard let file = fopen(path, "w") else { return false }
  defer { fclose(file) }
  let bytes = Array(text.utf8)
  return fwrite(bytes, 1, bytes.count, file) == bytes.count
}

/// The statement's page count, from the same layout the command runs.
func pageCount(claimPath: String, asOf: CivilDate) -> Int {
  let loaded = ClaimFile.load(claimPath, allowsOutside: false, verifiesChain: false)
  guard let claim = loaded.claim, let ledger = try? Ledger.compute(claim, asOf: asOf), let fonts = try? FontBook.standard() else {
    return -1
  }
  return StatementDocument(claim: claim, ledger: ledger).layout(fontBook: fonts).document.pages.count
}

func pad(_ text: String, _ width: Int, right: Bool = true) -> String {
  let spaces = String(repeating: " ", count: max(0, width - text.count))
  return right ? spaces + text : text + spaces
}

func fixed(_ value: Double, _ digits: Int) -> String {
  var scale = 1.0
  for _ in 0..<digits { scale *= 10 }
  let scaled = Int((value * scale).rounded())
  let whole = scaled / Int(scale)
  var fraction = String(scaled % Int(scale))
  while fraction.count < digits { fraction = "0" + fraction }
  return digits == 0 ? String(whole) : "\(whole).\(fraction)"
}

/// Medians of three runs of two fixed single-thread workloads, in milliseconds: `alu`, 100 M
/// steps of a 64-bit LCG with a shift (which the optimizer cannot fold), and `memory`, 64 M
/// random read-modify-writes over 64 MiB. This VM runs in phases minutes apart; the memory one
/// follows them (the ALU one hardly moves), so figures are compared at similar memory times
/// (Benchmarks/README.md).
func calibration() -> (alu: Double, memory: Double) {
  func milliseconds(_ body: () -> Void) -> Double {
    var start = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    body()
    var end = timespec()
    clock_gettime(CLOCK_MONOTONIC, &end)
    return Double(end.tv_sec - start.tv_sec) * 1000 + Double(end.tv_nsec - start.tv_nsec) / 1_000_000
  }
  var sink: UInt64 = 0
  var alu: [Double] = []
  var memory: [Double] = []
  var table = [UInt32](repeating: 1, count: 16 << 20)
  for _ in 0..<3 {
    alu.append(
      milliseconds {
        var x: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ sink
        for _ in 0..<100_000_000 { x = (x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407) ^ (x >> 29) }
        sink ^= x
      })
    memory.append(
      milliseconds {
        table.withUnsafeMutableBufferPointer { t in
          var s = UInt32(truncatingIfNeeded: sink) | 1
          let mask = t.count - 1
          for _ in 0..<(64 << 20) {
            s = s &* 1_103_515_245 &+ 12_345
            t[Int(s >> 8) & mask] &+= s
          }
          sink ^= UInt64(t[Int(s >> 8) & mask])
        }
      })
  }
  if sink == 42 { print("") }  // keeps the loops' results alive
  return (alu.sorted()[1], memory.sorted()[1])
}

let options = BenchOptions(CommandLine.arguments)
guard access(options.settle, X_OK) == 0 else {
  print("settle-bench: no settle binary at \(options.settle) (build it: swift build -c release --product settle)")
  exit(3)
}
var template = Array("/tmp/settle-bench-XXXXXX".utf8CString)
guard let made = mkdtemp(&template) else {
  print("settle-bench: cannot create a temporary directory")
  exit(3)
}
let workDirectory = String(cString: made)
let asOfText = "2025-01-31"
guard case .success(let asOf) = CivilDate.parse(asOfText) else { exit(3) }

print("settle-bench: \(options.settle), \(options.runs) runs per size (median), as of \(asOfText)")
print("")
print("| rows   | median ms | cpu ms   | peak MiB | pages | bytes     | bytes/page | ms/1k rows |")
print("|-------:|----------:|---------:|---------:|------:|----------:|-----------:|-----------:|")
var perRow: [(rows: Int, seconds: Double)] = []
var failures: [String] = []
var largestClaim: String?
for rows in options.sizes {
  var generator = ClaimGenerator()
  let directory = workDirectory + "/claim-\(rows)"
  mkdir(directory, 0o755)
  guard writeFile(generator.claimJSON(rows: rows), to: directory + "/claim.json") else { exit(3) }
  let output = workDirectory + "/statement-\(rows).pdf"
  guard let measured = Measurement.of(runs: options.runs, options.settle, ["statement", directory, "-o", output, "--as-of", asOfText]) else {
    print("settle-bench: settle statement failed on \(rows) rows")
    exit(1)
  }
  let bytes = fileSize(output)
  let pages = pageCount(claimPath: directory, asOf: asOf)
  let ms = measured.medianSeconds * 1000
  let mib = Double(measured.peakKiB) / 1024
  perRow.append((rows, measured.medianSeconds))
  largestClaim = directory
  print(
    "| \(pad(String(rows), 6)) | \(pad(fixed(ms, 1), 9)) | \(pad(fixed(measured.medianCPUSeconds * 1000, 1), 8)) | \(pad(fixed(mib, 1), 8)) | \(pad(String(pages), 5)) | \(pad(String(bytes), 9)) | \(pad(String(pages > 0 ? bytes / pages : 0), 10)) | \(pad(fixed(ms * 1000 / Double(rows), 1), 10)) |"
  )
  let limit: Double? = rows <= 20 ? 15 : rows <= 1_000 ? 40 : rows <= 20_000 ? 500 : nil
  if let limit, ms > limit { failures.append("\(rows) rows: \(fixed(ms, 1)) ms > \(fixed(limit, 0)) ms") }
  if rows >= 20_000, mib > 150 { failures.append("\(rows) rows: \(fixed(mib, 1)) MiB > 150 MiB") }
  // Bytes per page is a goal for documents of many pages (../shared/bench reports it at 20,000
  // lines): a 3-page statement's bytes are mostly its embedded font subsets.
  if rows >= 1_000, pages > 0, bytes / pages > 3_500 { failures.append("\(rows) rows: \(bytes / pages) bytes/page > 3,500") }
}
if perRow.count >= 2, let small = perRow.first(where: { $0.rows >= 1_000 }), let large = perRow.last, large.rows > small.rows {
  let growth = (large.seconds / Double(large.rows)) / (small.seconds / Double(small.rows))
  print("")
  print("growth: time per row at \(large.rows) rows is \(fixed(growth, 2))× that at \(small.rows) rows (linear ≤ 1.5)")
  if growth > 1.5 { failures.append("time per row grows \(fixed(growth, 2))× from \(small.rows) to \(large.rows) rows") }
}
if let claim = largestClaim, let check = Measurement.of(runs: options.runs, options.settle, ["check", claim, "--as-of", asOfText]) {
  let ms = check.medianSeconds * 1000
  print("settle check on the \(perRow.last?.rows ?? 0)-row claim: \(fixed(ms, 1)) ms median (cpu \(fixed(check.medianCPUSeconds * 1000, 1)) ms), \(fixed(Double(check.peakKiB) / 1024, 1)) MiB peak (goal < 100 ms)")
  if ms > 100 { failures.append("settle check: \(fixed(ms, 1)) ms > 100 ms") }
}
failures += runPacketBenchmarks(settle: options.settle, workDirectory: workDirectory, asOfText: asOfText, runs: options.runs)
// Last, so that its 64 MiB never count in a measured child's peak memory.
let machine = calibration()
print("calibration: ALU loop \(fixed(machine.alu, 1)) ms, memory loop \(fixed(machine.memory, 1)) ms (compare runs at similar memory times)")
print("")
print(failures.isEmpty ? "all targets met" : "targets missed:\n  " + failures.joined(separator: "\n  "))
