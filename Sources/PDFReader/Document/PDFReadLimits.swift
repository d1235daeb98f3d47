/// Resource limits for reading untrusted PDF files. Each has its own `PDFReadError` case.
public struct PDFReadLimits: Sendable, Equatable {
  /// Deepest nesting of arrays/dictionaries, reference chains and page-tree levels.
  public var maxDepth: Int
  /// Most indirect objects a file may declare or contain.
  public var maxObjects: Int
  /// Most bytes one stream may decode to.
  public var maxStreamBytes: Int
  /// Most bytes all streams decoded while opening a document may add up to.
  public var maxTotalDecodedBytes: Int
  /// Most parse steps (objects parsed, xref entries, page-tree nodes, 4 KiB decode chunks).
  public var maxWork: Int

  /// Creates limits; see the properties for what each bounds.
  public init(maxDepth: Int, maxObjects: Int, maxStreamBytes: Int, maxTotalDecodedBytes: Int, maxWork: Int) {
    self.maxDepth = maxDepth
    self.maxObjects = maxObjects
    self.maxStreamBytes = maxStreamBytes
    self.maxTotalDecodedBytes = maxTotalDecodedBytes
    self.maxWork = maxWork
  }

  /// 256 levels, 1,000,000 objects, 256 MiB per stream, 512 MiB in total, 50 million steps.
  ///
  /// Real invoices stay far below these (the 117-page corpus thesis needs about 1 % of the
  /// work budget); the limits exist so a crafted file fails in bounded time and memory.
  public static let `default` = PDFReadLimits(
    maxDepth: 256, maxObjects: 1_000_000, maxStreamBytes: 256 << 20, maxTotalDecodedBytes: 512 << 20,
    maxWork: 50_000_000)
}

/// Counts work and decoded bytes against the limits while one document is read.
final class ReadBudget {
  let limits: PDFReadLimits
  private(set) var steps = 0
  private(set) var decodedBytes = 0

  init(limits: PDFReadLimits) { self.limits = limits }

  /// Charges `n` parse steps.
  @inline(__always) func charge(_ n: Int = 1) throws(PDFReadError) {
    steps += n
    if steps > limits.maxWork { throw .workBudgetExceeded(limit: limits.maxWork) }
  }

  /// Charges `n` decoded bytes to the total.
  func chargeDecoded(_ n: Int) throws(PDFReadError) {
    decodedBytes += n
    if decodedBytes > limits.maxTotalDecodedBytes { throw .totalDecodedSizeExceeded(limit: limits.maxTotalDecodedBytes) }
  }
}
