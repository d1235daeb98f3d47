import Foundation
import Typeset

/// `settle-bench import FILE.pdf [RUNS]`: opens FILE, imports every page and renders a document
/// of them (one output page per imported page, at its own size); prints each run and the median.
enum ImportBenchmark {
  static func run(_ arguments: [String]) {
    guard let path = arguments.first, let data = FileManager.default.contents(atPath: path) else {
      print("usage: settle-bench import FILE.pdf [RUNS]")
      return
    }
    let runs = max(1, arguments.dropFirst().first.flatMap { Int($0) } ?? 9)
    let bytes = [UInt8](data)
    var times: [Double] = []
    var openTimes: [Double] = []
    var cpuTimes: [Double] = []
    var outputSize = 0
    var pageCount = 0
    let clock = ContinuousClock()
    for _ in 0..<runs {
      let start = clock.now
      let cpuStart = cpuMilliseconds()
      do {
        let imported = try ImportedDocument(data: bytes)
        openTimes.append(milliseconds(clock.now - start))
        let pages = imported.pages.map { page -> LaidOutPage in
          var frame = Frame(size: page.displaySize)
          frame.push(.embeddedPage(EmbeddedPageItem(page: page, size: page.displaySize)), at: .zero)
          return LaidOutPage(size: page.displaySize, frame: frame)
        }
        let pdf = try PDFRenderer.render(
          LaidOutDocument(pages: pages, metadata: DocumentMetadata(title: "Import benchmark", creationDate: 0)),
          options: PDFRenderOptions())
        outputSize = pdf.count
        pageCount = pages.count
      } catch {
        print("import failed: \(error)")
        return
      }
      times.append(milliseconds(clock.now - start))
      cpuTimes.append(cpuMilliseconds() - cpuStart)
    }
    let sorted = times.sorted()
    let median = sorted[sorted.count / 2]
    print("import \(path): \(pageCount) pages, \(bytes.count) bytes in, \(outputSize) bytes out")
    print("runs (ms): " + times.map { String(Int($0.rounded())) }.joined(separator: " "))
    print("median: \(Int(median.rounded())) ms (opening the file: \(Int(openTimes.sorted()[openTimes.count / 2].rounded())) ms)")
    // On a shared machine wall time includes waiting for a core; CPU time does not.
    print("median CPU time (user + system): \(Int(cpuTimes.sorted()[cpuTimes.count / 2].rounded())) ms")
  }

  /// User plus system CPU time of this process so far, in milliseconds.
  private static func cpuMilliseconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func ms(_ t: timeval) -> Double { Double(t.tv_sec) * 1000 + Double(t.tv_usec) / 1000 }
    return ms(usage.ru_utime) + ms(usage.ru_stime)
  }

  private static func milliseconds(_ d: Duration) -> Double {
    Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
  }
}
