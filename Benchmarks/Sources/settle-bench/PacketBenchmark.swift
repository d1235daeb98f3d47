import Foundation

/// Packet benchmarks (issue 5): a 3,000-line claim with 15 invoice exhibits (goal < 300 ms, whole
/// process), and `settle batch` over 500 one-page claims on 2 jobs (goal ≥ 200 packets/s).
///
/// The invoice PDFs come from `settle demo`, so the benchmark needs no files of its own.
/// - Returns: the targets missed, as lines for the summary.
func runPacketBenchmarks(settle: String, workDirectory: String, asOfText: String, runs: Int) -> [String] {
  var failures: [String] = []
  let demo = workDirectory + "/packet-demo"
  guard ProcessRun.run(settle, ["demo", "-o", demo, "--as-of", "2026-07-15"])?.status == 0 else {
    return ["packet: settle demo failed"]
  }
  let invoice = demo + "/claim/invoices/INV-2014.pdf"

  // 1. One large packet.
  var generator = ClaimGenerator()
  var json = generator.claimJSON(rows: 3_000)
  let folder = workDirectory + "/packet-3000"
  try? FileManager.default.createDirectory(atPath: folder + "/invoices", withIntermediateDirectories: true)
  for index in 0..<15 {
    let id = "INV-\(100_000 + index)"
    guard json.contains(#""id":"\#(id)""#) else { continue }
    try? FileManager.default.copyItem(atPath: invoice, toPath: folder + "/invoices/\(id).pdf")
    json = json.replacingOccurrences(of: #""id":"\#(id)""#, with: #""id":"\#(id)","invoice":"invoices/\#(id).pdf""#)
  }
  guard writeFile(json, to: folder + "/claim.json") else { return ["packet: cannot write the claim"] }
  let output = workDirectory + "/packet-3000.pdf"
  if let measured = Measurement.of(runs: runs, settle, ["packet", folder, "-o", output, "--as-of", asOfText]) {
    let ms = measured.medianSeconds * 1000
    print(
      "settle packet, 3,000 rows and 15 invoice exhibits: \(fixed(ms, 1)) ms median, \(fixed(Double(measured.peakKiB) / 1024, 1)) MiB peak, \(fileSize(output)) bytes (goal < 300 ms)"
    )
    if ms > 300 { failures.append("settle packet 3,000 rows: \(fixed(ms, 1)) ms > 300 ms") }
  } else {
    failures.append("settle packet failed on the 3,000-row claim")
  }

  // 2. A batch of 500 one-page claims.
  let batch = workDirectory + "/packet-batch"
  for index in 0..<500 {
    let claimFolder = batch + "/c\(index)"
    try? FileManager.default.createDirectory(atPath: claimFolder, withIntermediateDirectories: true)
    var small = ClaimGenerator()
    let text = small.claimJSON(rows: 4).replacingOccurrences(of: "\"BENCH-4\"", with: "\"BATCH-\(index)\"")
    guard writeFile(text, to: claimFolder + "/claim.json") else { return failures + ["packet: cannot write batch claims"] }
  }
  let start = Date()
  let status = ProcessRun.run(settle, ["batch", batch, "--jobs", "2", "--out", workDirectory + "/packet-batch-out", "--as-of", asOfText])?.status
  let seconds = Date().timeIntervalSince(start)
  let rate = seconds > 0 ? 500 / seconds : 0
  print("settle batch, 500 claims, 2 jobs: \(fixed(seconds, 2)) s, \(fixed(rate, 1)) packets/s (goal ≥ 200)")
  if status != 0 { failures.append("settle batch exited \(status.map(String.init) ?? "?")") }
  if rate < 200 { failures.append("settle batch: \(fixed(rate, 1)) packets/s < 200") }
  return failures
}
