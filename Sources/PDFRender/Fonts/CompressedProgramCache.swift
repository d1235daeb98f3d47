import PDFWriter
import Synchronization
import TypesetLayout

/// Flate-compressed font programs made earlier in this process, by program bytes and level: a
/// batch of packets embeds the same subsets again and again, and compressing them was a tenth of
/// writing a one-page packet.
///
/// Deflate at a given level is deterministic, so a remembered result is the one the writer would
/// make again. `payload(for:in:)` makes the same choice as `PDFFileWriter.writeStream` with
/// `.automatic`: compressed only when the writer compresses and the result is smaller.
final class CompressedProgramCache: Sendable {
  /// The process-wide cache the renderer uses.
  static let shared = CompressedProgramCache()

  /// At most this many programs are kept; later ones are compressed each time.
  let maximumEntries: Int
  /// At most this many compressed bytes are kept in all.
  let maximumBytes: Int

  private struct Key: Hashable {
    let program: [UInt8]
    let level: Int32

    /// Hashes the bytes as one block (the synthesized hash feeds them to the hasher one at a
    /// time, which cost more than the lookup saves for a 100 KB program).
    func hash(into hasher: inout Hasher) {
      hasher.combine(level)
      hasher.combine(program.count)
      program.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
  }

  private struct State {
    var compressed: [Key: [UInt8]?] = [:]
    var bytes = 0
  }

  private let state = Mutex(State())

  /// A cache keeping up to `maximumEntries` programs and `maximumBytes` compressed bytes.
  init(maximumEntries: Int = 256, maximumBytes: Int = 32 << 20) {
    self.maximumEntries = maximumEntries
    self.maximumBytes = maximumBytes
  }

  /// The bytes to write for `program` and their filter: what `writeStream(_:data:filter: .automatic)`
  /// would write, using a remembered compression when there is one.
  func payload(for program: [UInt8], in file: PDFFileWriter) -> (data: [UInt8], filter: PDFStreamFilter) {
    guard file.settings.isCompressed else { return (program, .none) }
    let key = Key(program: program, level: file.settings.compressionLevel)
    let compressed: [UInt8]?
    if let known = state.withLock({ $0.compressed[key] }) {
      compressed = known
    } else {
      compressed = file.compress(program)
      state.withLock { state in
        let size = program.count + (compressed?.count ?? 0)
        guard state.compressed.count < maximumEntries, state.bytes + size <= maximumBytes else { return }
        if state.compressed.updateValue(compressed, forKey: key) == nil { state.bytes += size }
      }
    }
    guard let compressed, compressed.count < program.count else { return (program, .none) }
    return (compressed, .encoded(name: "FlateDecode"))
  }

  /// Compresses those of `programs` not remembered yet at `level`, on several threads, and
  /// remembers them as far as the limits allow, so that `payload` finds them instead of
  /// compressing one after the other. Output is unchanged (`FlateCompressor` equals
  /// `Flate.compress`).
  func prepare(_ programs: [[UInt8]], level: Int32) {
    let missing = state.withLock { state in
      // A full cache would not keep them: `payload` would compress them all again.
      state.compressed.count >= maximumEntries ? [] : programs.filter { state.compressed[Key(program: $0, level: level)] == nil }
    }
    guard missing.count > 1 else { return }  // a single one is compressed where it is written
    let compressed = ParallelWork.map(missing.count) { Flate.compress(missing[$0], level: level) }
    state.withLock { state in
      for (program, result) in zip(missing, compressed) {
        let size = program.count + (result?.count ?? 0)
        guard state.compressed.count < maximumEntries, state.bytes + size <= maximumBytes else { return }
        if state.compressed.updateValue(result, forKey: Key(program: program, level: level)) == nil {
          state.bytes += size
        }
      }
    }
  }

  /// How many programs are kept.
  var count: Int { state.withLock { $0.compressed.count } }
}
