import Foundation
import SettleClaim
import SettleModel
import SettleReport
import Typeset

/// `settle batch DIR --jobs N [--shard K/N] [--out DIR] [--copy filing|archive]`: a packet for
/// every claim under DIR, in parallel.
public enum BatchCommand: Command {
  public static let name = "batch"
  public static let abstract = "Write a packet for every claim under a folder, in parallel"
  public static let discussion = """
    Finds every claim.json below DIR (at any depth, in sorted path order) and writes its packet to \
    <claim folder>/packet.pdf, or to OUT/<claim id>.pdf with --out OUT. --jobs N runs N packets at a time \
    (default: the number of processors). A claim that fails is reported and the others go on; the exit \
    code is 1 if any failed.

    --shard K/N makes only the claims whose index modulo N is K (K from 0). --shard N takes K from \
    JOB_COMPLETION_INDEX, as set by a Kubernetes indexed job, so a fleet splits a large run with no \
    coordinator.
    """
  public static let arguments = [ArgumentSpec("DIR", help: "The folder to search for claim.json files")]
  public static let options: [OptionSpec] = [
    .value("--jobs", short: "-j", "N", help: "Packets made at the same time (default: processors)"),
    .value("--shard", "K/N", help: "Make only shard K of N (N alone: K from JOB_COMPLETION_INDEX)"),
    .value("--out", "DIR", help: "Write OUT/<claim id>.pdf instead of beside each claim"),
    .value("--copy", "COPY", help: "filing (default) or archive", allowed: ["filing", "archive"]),
  ]

  public static func run(_ arguments: ParsedArguments, _ io: inout CommandIO) throws(CommandFailure) {
    let root = arguments.positionals[0]
    let jobs = try arguments.integer("--jobs", in: 1...256) ?? max(1, ProcessInfo.processInfo.activeProcessorCount)
    let shard = try Shard.parse(arguments.value("--shard"), environment: io.environment)
    let outFolder = arguments.value("--out")
    let copy = PacketCopy(rawValue: arguments.value("--copy") ?? "filing") ?? .filing
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
      throw .invalidInput("settle batch: \(root): not a folder")
    }
    let all = findClaims(under: root)
    let claims = all.enumerated().filter { shard.contains($0.offset) }.map(\.element)
    if let outFolder {
      do { try FileManagerDirectories.create(outFolder) } catch { throw .io("settle batch: \(outFolder): \(error)") }
    }
    let fontBook: FontBook
    do { fontBook = try FontBook.standard() } catch { throw .io("settle batch: fonts: \(error)") }

    let asOf = io.asOf
    // The packets share headings, labels and wording: set once, their lines serve every packet.
    let memo = LayoutMemo()
    let state = BatchState(count: claims.count)
    let group = DispatchGroup()
    keepsFreedMemory()
    // Files are written on a queue of their own, so the workers make the
    // next packet meanwhile; at most `backlog` packets wait there.
    let writer = DispatchQueue(label: "settle.batch.writer")
    let backlog = DispatchSemaphore(value: 2 * jobs)
    let workers = min(jobs, max(1, claims.count))
    for _ in 0..<workers {
      DispatchQueue.global().async(group: group) {
        while let index = state.next() {
          let path = claims[index]
          let make = {
            makePacket(
              claimPath: path, asOf: asOf, copy: copy, outFolder: outFolder, fontBook: fontBook, layoutMemo: memo,
              reserve: state.reserve)
          }
          // With several workers the cores are already busy with whole packets: each packet's own
          // parallel steps run on its worker's thread (same output, no hand-offs between workers).
          switch workers > 1 ? ParallelWork.serially(make) : make() {
          case .failure(let failure): state.finish(index, .failure(failure.message))
          case .success(let written):
            backlog.wait()
            writer.async(group: group) {
              state.finish(index, write(written))
              backlog.signal()
            }
          }
        }
      }
    }
    var lastReported = -1
    while group.wait(timeout: .now() + .milliseconds(500)) == .timedOut {
      let done = state.doneCount
      if done != lastReported {
        io.printError("settle batch: \(done)/\(claims.count) packets")
        lastReported = done
      }
    }
    let results = state.results
    var failures = 0
    var pages = 0
    for (index, result) in results.enumerated() {
      switch result {
      case .success(let count)?: pages += count
      case .failure(let message)?:
        failures += 1
        io.printError("settle batch: \(claims[index]): \(message)")
      case nil:
        failures += 1
      }
    }
    let shardText = shard.count > 1 ? " (shard \(shard.index)/\(shard.count) of \(all.count) claims)" : ""
    io.print("settle batch: \(claims.count - failures) of \(claims.count) packets written, \(pages) pages, \(failures) failed\(shardText)")
    if failures > 0 { throw .invalidInput("settle batch: \(failures) of \(claims.count) claims failed") }
  }

  /// Every `claim.json` below `root`, sorted by path.
  static func findClaims(under root: String) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
    var found: [String] = []
    while let item = enumerator.nextObject() as? String {
      if item == "claim.json" || item.hasSuffix("/claim.json") {
        found.append(root.hasSuffix("/") ? root + item : root + "/" + item)
      }
    }
    return found.sorted()
  }

  /// One packet, assembled and rendered, and the file it goes to (reserved with `reserve`); or
  /// the failure's message.
  static func makePacket(
    claimPath: String, asOf: CivilDate, copy: PacketCopy, outFolder: String?, fontBook: FontBook,
    layoutMemo: LayoutMemo? = nil, reserve: (String) -> Bool = { _ in true }
  ) -> Result<BatchPacket, BatchFailure> {
    do {
      let packet = try PacketAssembly.packet(
        claimPath: claimPath, asOf: asOf, options: PacketOptions(copy: copy), diagnostics: { _ in })
      let rendered = try PacketCommand.render(packet, fontBook: fontBook, layoutMemo: layoutMemo)
      let folder = (claimPath as NSString).deletingLastPathComponent
      let target = outFolder.map { $0 + "/" + safeFileName(packet.claim.id) + ".pdf" } ?? (folder.isEmpty ? "packet.pdf" : folder + "/packet.pdf")
      guard reserve(target) else {
        return .failure(BatchFailure(message: "\(target): another claim in this batch writes the same file (same claim id)"))
      }
      return .success(BatchPacket(target: target, bytes: rendered.bytes, pageCount: rendered.layout.pages.count))
    } catch {
      return .failure(BatchFailure(message: error.description))
    }
  }

  /// Writes a made packet to its file; its page count or the failure's message.
  static func write(_ packet: BatchPacket) -> BatchResult {
    // A packet is made again from its claim, so the write does not wait for the disk (`CommandIO.writeOutput`).
    do { try AtomicFile.write(packet.bytes, to: packet.target, flushes: false) } catch {
      return .failure(error.description)
    }
    return .success(packet.pageCount)
  }

  /// Lets the C allocator keep freed memory for the next packet instead of returning it to the
  /// system (and faulting it in again, page by page): a batch allocates and frees the same large
  /// buffers hundreds of times. The thresholds only bound what is kept; the output is unchanged.
  static func keepsFreedMemory() {
    #if os(Linux)
      // glibc's <malloc.h>: M_TRIM_THRESHOLD is -1, M_MMAP_THRESHOLD is -3 (32 MiB is its largest
      // mmap threshold on 64-bit systems).
      _ = glibcMallocOption(-3, 32 << 20)
      _ = glibcMallocOption(-1, 256 << 20)
    #endif
  }

  /// A claim id made safe as a file name (letters, digits, `-`, `_`, `.`; others become `_`).
  static func safeFileName(_ id: String) -> String {
    let mapped = id.unicodeScalars.map { scalar -> Character in
      scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar))
        ? Character(scalar) : "_"
    }
    let name = String(mapped)
    return name.isEmpty || name.hasPrefix(".") ? "_" + name : name
  }
}

#if os(Linux)
  /// glibc's `int mallopt(int param, int value)`, which the Glibc module does not export (it
  /// leaves out <malloc.h>); both arguments and the result are C `int`s.
  @_silgen_name("mallopt")
  private func glibcMallocOption(_ parameter: Int32, _ value: Int32) -> Int32
#endif

/// A packet made in a batch, not yet written.
struct BatchPacket: Sendable {
  /// The file it goes to.
  var target: String
  /// The PDF bytes.
  var bytes: [UInt8]
  /// Its page count.
  var pageCount: Int
}

/// Why a claim of a batch gave no packet.
struct BatchFailure: Error, Sendable {
  /// The message reported for the claim.
  var message: String
}

/// The outcome of one claim in a batch.
enum BatchResult: Sendable {
  /// Written; the packet's page count.
  case success(Int)
  /// Not written; why.
  case failure(String)
}

/// Work distribution and results shared by the batch's worker threads.
final class BatchState: @unchecked Sendable {
  private let lock = NSLock()
  private var nextIndex = 0
  private var done = 0
  private var stored: [BatchResult?]
  private var reserved: Set<String> = []

  init(count: Int) { stored = Array(repeating: nil, count: count) }

  /// The next claim index to work on, or nil when all are taken.
  func next() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard nextIndex < stored.count else { return nil }
    nextIndex += 1
    return nextIndex - 1
  }

  /// Records the result of claim `index`.
  func finish(_ index: Int, _ result: BatchResult) {
    lock.lock()
    stored[index] = result
    done += 1
    lock.unlock()
  }

  /// Claims an output path; false when another claim of the batch already did.
  func reserve(_ path: String) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    return reserved.insert(path).inserted
  }

  /// How many claims are finished.
  var doneCount: Int {
    lock.lock()
    defer { lock.unlock() }
    return done
  }

  /// The results in claim order.
  var results: [BatchResult?] {
    lock.lock()
    defer { lock.unlock() }
    return stored
  }
}

/// Which claims of a batch this run makes: those whose index modulo `count` is `index`.
struct Shard: Sendable, Hashable {
  var index: Int
  var count: Int

  /// Every claim.
  static let all = Shard(index: 0, count: 1)

  /// Whether claim number `position` (0-based, in sorted order) belongs to this shard.
  func contains(_ position: Int) -> Bool { position % count == index }

  /// Reads `--shard K/N` or `--shard N` (K from `JOB_COMPLETION_INDEX`).
  static func parse(_ text: String?, environment: [String: String]) throws(CommandFailure) -> Shard {
    guard let text else { return .all }
    let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    let index: Int?
    let count: Int?
    if parts.count == 2 {
      index = Int(parts[0])
      count = Int(parts[1])
    } else if parts.count == 1 {
      count = Int(parts[0])
      guard let value = environment["JOB_COMPLETION_INDEX"] else {
        throw .usage("settle batch: --shard \(text): give K/N, or set JOB_COMPLETION_INDEX")
      }
      guard let parsed = Int(value) else { throw .usage("settle batch: JOB_COMPLETION_INDEX=\(value): not a number") }
      index = parsed
    } else {
      index = nil
      count = nil
    }
    guard let index, let count, count >= 1, index >= 0, index < count else {
      throw .usage("settle batch: --shard \(text): expected K/N with 0 ≤ K < N")
    }
    return Shard(index: index, count: count)
  }
}
